import type { Ref } from 'react';
import { CartesianGrid, ResponsiveContainer, Scatter, ScatterChart, Tooltip, XAxis, YAxis } from 'recharts';
import type { ScatterGroup, ScatterPoint } from '../analytics/scatterGroups';
import type { RegionStyle } from '../chart/regionStyle';
import { LegendSwatch } from '../chart/LegendSwatch';
import { RegionSymbol } from '../chart/RegionSymbol';
import { useI18n } from '../i18n/useI18n';
import { NamedPointsLegend, pointLabels, referenceScatter, type ScatterReferencePoint } from './ScatterReference';

const HEIGHT = 380;
const INITIAL_WIDTH = 760;
const AXIS_TEXT = { fill: '#404040', fontSize: 12 };
const X_TICKS = [0, 20, 40, 60, 80, 100];

export interface StyledScatterGroup extends ScatterGroup {
  style: RegionStyle;
}

interface OutcomeScatterProps {
  groups: readonly StyledScatterGroup[];
  metricLabel: string;
  formatValue: (value: number) => string;
  label: string;
  countryName: (iso3: string) => string;
  /** The figure, for its download as a picture. */
  figureRef?: Ref<HTMLElement>;
  /**
   * A national user's view: the few points they see are named on the chart and in the key, beside their
   * region as a whole (null when its figures are withheld).
   */
  named?: { reference: ScatterReferencePoint | null };
}

function isReference(value: unknown): value is ScatterReferencePoint {
  return typeof value === 'object' && value !== null && 'reference' in value && 'regionName' in value;
}

function isScatterPoint(value: unknown): value is ScatterPoint {
  return typeof value === 'object' && value !== null && 'country' in value && 'overall' in value && 'value' in value;
}

/*
 * The axes are made by a plain function rather than a component: recharts reads them as the chart's own
 * children.
 */
function scatterAxes(overallLabel: string, formatValue: (value: number) => string) {
  return [
    <XAxis
      key="x"
      type="number"
      dataKey="overall"
      domain={[0, 100]}
      ticks={X_TICKS}
      tick={AXIS_TEXT}
      label={{ value: overallLabel, position: 'insideBottom', offset: -16, fill: '#404040' }}
    />,
    <YAxis
      key="y"
      type="number"
      dataKey="value"
      domain={[0, 'auto']}
      tickFormatter={(value: number) => formatValue(value)}
      tick={AXIS_TEXT}
      width={56}
    />,
  ];
}

/* A plain function, like the axes: the tooltip of a country's point, or of the region's reference. */
function scatterTooltip(
  metricLabel: string,
  formatValue: (value: number) => string,
  countryName: (iso3: string) => string,
) {
  return (
    <Tooltip
      cursor={{ strokeDasharray: '3 3' }}
      wrapperStyle={{ zIndex: 10 }}
      content={({ active, payload }) => {
        const point: unknown = payload[0]?.payload;
        if (active && isReference(point)) return <ReferenceTooltip point={point} metricLabel={metricLabel} />;
        if (!active || !isScatterPoint(point)) return null;
        return (
          <ScatterTooltip point={point} metricLabel={metricLabel} formatValue={formatValue} countryName={countryName} />
        );
      }}
    />
  );
}

/** Each country's overall index (across) against its outcome (up), one colour and symbol per region. */
export function OutcomeScatter(props: OutcomeScatterProps) {
  const { groups, metricLabel, formatValue, label, countryName, figureRef, named } = props;
  const { t, localize } = useI18n();
  return (
    <figure ref={figureRef} className="outcome-scatter" data-testid="outcome-scatter" aria-label={label}>
      <p className="axis-label">{metricLabel}</p>
      <ResponsiveContainer width="100%" height={HEIGHT} initialDimension={{ width: INITIAL_WIDTH, height: HEIGHT }}>
        <ScatterChart margin={{ top: 8, right: 16, bottom: 28, left: 0 }} title={label}>
          <CartesianGrid stroke="#e3e3e3" />
          {scatterAxes(t('overallIndex'), formatValue)}
          {scatterTooltip(metricLabel, formatValue, countryName)}
          {groups.map((g) => (
            <Scatter
              key={g.code}
              name={localize(g.name)}
              data={g.points}
              fill={g.style.colour}
              isAnimationActive={false}
              shape={({ cx, cy }: { cx?: number; cy?: number }) =>
                cx === undefined || cy === undefined ? null : (
                  <RegionSymbol cx={cx} cy={cy} symbol={g.style.symbol} colour={g.style.colour} hollow={false} />
                )
              }
            >
              {named && pointLabels(countryName)}
            </Scatter>
          ))}
          {named?.reference && referenceScatter(named.reference)}
        </ScatterChart>
      </ResponsiveContainer>
      {named ? (
        <NamedPointsLegend groups={groups} nameOf={countryName} reference={named.reference} />
      ) : (
        <ScatterLegend groups={groups} />
      )}
    </figure>
  );
}

interface ScatterTooltipProps {
  point: ScatterPoint;
  metricLabel: string;
  formatValue: (value: number) => string;
  countryName: (iso3: string) => string;
}

function ScatterTooltip({ point, metricLabel, formatValue, countryName }: ScatterTooltipProps) {
  const { t, format } = useI18n();
  return (
    <div className="maturity-tooltip">
      <p className="maturity-tooltip-year">{countryName(point.country)}</p>
      <p>
        {t('scatterTooltip', {
          overall: format.index(point.overall),
          metric: metricLabel,
          value: formatValue(point.value),
        })}
      </p>
    </div>
  );
}

function ReferenceTooltip({ point, metricLabel }: { point: ScatterReferencePoint; metricLabel: string }) {
  const { t, format } = useI18n();
  return (
    <div className="maturity-tooltip">
      <p>
        {t('scatterReferenceTooltip', {
          region: point.regionName,
          overall: format.index(point.overall),
          metric: metricLabel,
          value: point.valueText,
        })}
      </p>
    </div>
  );
}

/** The regions that have points, each with its colour and symbol. */
function ScatterLegend({ groups }: { groups: readonly StyledScatterGroup[] }) {
  const { localize } = useI18n();
  return (
    <ul className="inline-legend">
      {groups
        .filter((g) => g.points.length > 0)
        .map((g) => (
          <li key={g.code}>
            <LegendSwatch style={g.style} markerOnly />
            {localize(g.name)}
          </li>
        ))}
    </ul>
  );
}
