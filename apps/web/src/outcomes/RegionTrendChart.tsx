import { useMemo, type Ref } from 'react';
import type { Localized } from '@cpc/domain';
import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { trendRows, type TrendRow } from '../analytics/operationsSeries';
import type { StyledSeries } from '../chart/SmallLineChart';
import { renderRegionDot } from '../chart/renderRegionDot';
import { useI18n } from '../i18n/useI18n';

const HEIGHT = 200;
/** Drawn at this size until ResizeObserver measures the cell (and in jsdom, which lays nothing out). */
const INITIAL_WIDTH = 320;
const AXIS_TEXT = { fill: '#404040', fontSize: 11 };
const DIMMED = 0.18;

interface RegionTrendChartProps {
  series: readonly StyledSeries[];
  /** A region drawn thicker, the others faded; null draws all alike. */
  highlighted: string | null;
  label: string;
  /** A value as the axis and the tooltip print it. */
  formatValue: (value: number) => string;
  /** Counts tick on whole numbers; rates (0–1) need fractions. */
  fractional?: boolean;
  /** The element the chart is drawn in, for its download as a picture. */
  plotRef?: Ref<HTMLDivElement>;
}

/** Each region's line, faded while another is highlighted; a plain function, as recharts reads its lines as children. */
function trendLines(
  series: RegionTrendChartProps['series'],
  highlighted: string | null,
  localize: (text: Localized) => string,
) {
  return series.map((s) => {
    const opacity = highlighted === null || highlighted === s.code ? 1 : DIMMED;
    return (
      <Line
        key={s.code}
        name={localize(s.name)}
        className={`region-line region-line-${s.code}`}
        dataKey={(row: TrendRow) => row.values[s.code] ?? null}
        type="linear"
        stroke={s.style.colour}
        strokeWidth={highlighted === s.code ? 3 : 2}
        strokeOpacity={opacity}
        dot={renderRegionDot(s.style, opacity)}
        activeDot={false}
        isAnimationActive={false}
      />
    );
  });
}

/** A small line chart of a count or rate from zero: one line per region, a gap where a figure is withheld. */
export function RegionTrendChart({
  series,
  highlighted,
  label,
  formatValue,
  fractional = false,
  plotRef,
}: RegionTrendChartProps) {
  const { localize } = useI18n();
  const rows = useMemo(() => trendRows(series), [series]);
  return (
    <div ref={plotRef} className="trend-chart" data-testid="trend-chart">
      <ResponsiveContainer width="100%" height={HEIGHT} initialDimension={{ width: INITIAL_WIDTH, height: HEIGHT }}>
        <LineChart data={rows} margin={{ top: 8, right: 12, bottom: 0, left: 0 }} title={label}>
          <CartesianGrid stroke="#e3e3e3" vertical={false} />
          <XAxis dataKey="year" tick={AXIS_TEXT} tickLine={false} interval="preserveStartEnd" />
          <YAxis
            domain={[0, 'auto']}
            allowDecimals={fractional}
            tickFormatter={(value: number) => formatValue(value)}
            tick={AXIS_TEXT}
            tickLine={false}
            width={52}
          />
          <Tooltip
            wrapperStyle={{ zIndex: 10 }}
            formatter={(value) => (typeof value === 'number' ? formatValue(value) : '—')}
          />
          {trendLines(series, highlighted, localize)}
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
