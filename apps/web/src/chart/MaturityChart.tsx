import { ALL_REGIONS } from '@cpc/domain';
import { useId, useMemo, useRef, useState } from 'react';
import { Area, CartesianGrid, ComposedChart, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { ExportSource } from '../api/exportSource';
import { useI18n } from '../i18n/useI18n';
import { interquartileRangeOf, meanOf, type ChartModel } from './chartModel';
import { ALL_MEMBERS_DASH, ALL_MEMBERS_STYLE } from './regionStyle';
import { regionKey, type StyledRegion } from './styledRegions';
import { renderCoverageDot } from './renderCoverageDot';
import { MaturityTooltip } from './MaturityTooltip';
import { ChartDownloadMenu } from './ChartDownloadMenu';
import { ChartLegend } from './ChartLegend';

const CHART_HEIGHT = 400;
/**
 * ResponsiveContainer measures its parent with ResizeObserver; until then (and in environments
 * without layout, such as jsdom) it draws at this size instead of drawing nothing.
 */
const INITIAL_WIDTH = 760;
const Y_TICKS = [0, 20, 40, 60, 80, 100];
const AXIS_TEXT = { fill: '#404040', fontSize: 13 };
const BAND_OPACITY = 0.12;
const HIGHLIGHTED_BAND_OPACITY = 0.25;
const DIMMED_OPACITY = 0.2;

interface MaturityChartProps {
  model: ChartModel;
  regions: readonly StyledRegion[];
  showBand: boolean;
  showAllMembers: boolean;
  updating: boolean;
  title: string;
  axisLabel: string;
  /** The resource the figures come from, for the download menu. */
  source: ExportSource;
}

export function MaturityChart(props: MaturityChartProps) {
  const { model, regions, showBand, showAllMembers, updating, title, axisLabel, source } = props;
  const { t, localize } = useI18n();
  const titleId = useId();
  const descriptionId = useId();
  const plotRef = useRef<HTMLDivElement>(null);
  const [highlighted, setHighlighted] = useState<string | null>(null);
  const activeHighlight = regions.some((r) => r.code === highlighted) ? highlighted : null;
  const drawAllMembers = showAllMembers && model.allMembers !== null;
  // National users get no quartiles: no band, and no word of one in the key.
  const drawBand = showBand && model.orderStatistics;

  const accessors = useMemo(
    () =>
      new Map(
        [...regions.map((r) => r.code), ALL_REGIONS].map((code) => [
          code,
          { mean: meanOf(code), band: interquartileRangeOf(code) },
        ]),
      ),
    [regions],
  );
  const drawnCodes = [...regions.map((r) => r.code), ...(drawAllMembers ? [ALL_REGIONS] : [])];
  const bandRegions = drawBand ? regions.filter((r) => activeHighlight === null || r.code === activeHighlight) : [];

  return (
    <figure
      className="maturity-chart"
      data-testid="maturity-chart"
      data-regions={drawnCodes.join(',')}
      data-band={drawBand}
      aria-labelledby={titleId}
      aria-describedby={descriptionId}
      aria-busy={updating}
    >
      <figcaption>
        <div className="chart-heading">
          <h2 id={titleId}>{title}</h2>
          <ChartDownloadMenu
            chart={plotRef}
            title={title}
            source={source}
            keyEntries={[
              ...regionKey(regions, localize),
              ...(drawAllMembers ? [{ label: t('allMembers'), colour: ALL_MEMBERS_STYLE.colour }] : []),
            ]}
          />
        </div>
        <p id={descriptionId} className="chart-description">
          {t('chartDescription')}
        </p>
      </figcaption>
      <p className="axis-label">{axisLabel}</p>
      <div ref={plotRef} className="maturity-chart-plot">
        <ResponsiveContainer
          width="100%"
          height={CHART_HEIGHT}
          initialDimension={{ width: INITIAL_WIDTH, height: CHART_HEIGHT }}
        >
          <ComposedChart
            data={model.rows}
            margin={{ top: 8, right: 16, bottom: 8, left: 0 }}
            title={title}
            desc={t('chartDescription')}
          >
            <CartesianGrid stroke="#e3e3e3" vertical={false} />
            <XAxis dataKey="year" tick={AXIS_TEXT} tickLine={false} interval="preserveStartEnd" />
            <YAxis domain={[0, 100]} ticks={Y_TICKS} allowDataOverflow tick={AXIS_TEXT} tickLine={false} width={40} />
            <Tooltip
              cursor={{ stroke: '#595959', strokeDasharray: '3 3' }}
              wrapperStyle={{ zIndex: 10 }}
              content={({ active, label }) => (
                <MaturityTooltip
                  active={active}
                  year={label}
                  rows={model.rows}
                  regions={regions}
                  showAllMembers={drawAllMembers}
                  highlighted={activeHighlight}
                  orderStatistics={model.orderStatistics}
                />
              )}
            />
            {bandRegions.map((region) => (
              <Area
                key={`band-${region.code}`}
                className={`region-band region-band-${region.code}`}
                dataKey={accessors.get(region.code)?.band}
                stroke="none"
                fill={region.style.colour}
                fillOpacity={activeHighlight === null ? BAND_OPACITY : HIGHLIGHTED_BAND_OPACITY}
                legendType="none"
                tooltipType="none"
                activeDot={false}
                isAnimationActive={false}
              />
            ))}
            {regions.map((region) => {
              const dimmed = activeHighlight !== null && activeHighlight !== region.code;
              return (
                <Line
                  key={region.code}
                  name={region.code}
                  className={`region-line region-line-${region.code}`}
                  dataKey={accessors.get(region.code)?.mean}
                  type="linear"
                  stroke={region.style.colour}
                  strokeWidth={activeHighlight === region.code ? 3.5 : 2.5}
                  strokeOpacity={dimmed ? DIMMED_OPACITY : 1}
                  dot={renderCoverageDot(region.code, region.style, dimmed ? DIMMED_OPACITY : 1)}
                  activeDot={false}
                  isAnimationActive={false}
                />
              );
            })}
            {drawAllMembers && (
              <Line
                key={ALL_REGIONS}
                name={ALL_REGIONS}
                className="all-members-line"
                dataKey={accessors.get(ALL_REGIONS)?.mean}
                type="linear"
                stroke={ALL_MEMBERS_STYLE.colour}
                strokeWidth={2}
                strokeDasharray={ALL_MEMBERS_DASH}
                strokeOpacity={activeHighlight === null ? 1 : DIMMED_OPACITY}
                dot={renderCoverageDot(ALL_REGIONS, ALL_MEMBERS_STYLE, activeHighlight === null ? 1 : DIMMED_OPACITY)}
                activeDot={false}
                isAnimationActive={false}
              />
            )}
          </ComposedChart>
        </ResponsiveContainer>
      </div>
      <ChartLegend
        regions={regions}
        showAllMembers={drawAllMembers}
        showBand={drawBand}
        bandAvailable={model.orderStatistics}
        highlighted={activeHighlight}
        onHighlight={setHighlighted}
      />
    </figure>
  );
}
