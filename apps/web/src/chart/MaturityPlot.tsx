import type { RefObject } from 'react';
import { CartesianGrid, ComposedChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useI18n } from '../i18n/useI18n';
import type { ChartModel } from './chartModel';
import type { StyledRegion } from './styledRegions';
import { allMembersLine, bandAreas, regionLines, useSeriesAccessors } from './maturitySeries';
import { MaturityTooltip } from './MaturityTooltip';

const CHART_HEIGHT = 400;
/**
 * ResponsiveContainer measures its parent with ResizeObserver; until then (and in environments
 * without layout, such as jsdom) it draws at this size instead of drawing nothing.
 */
const INITIAL_WIDTH = 760;
const Y_TICKS = [0, 20, 40, 60, 80, 100];
const AXIS_TEXT = { fill: '#404040', fontSize: 13 };

interface MaturityPlotProps {
  /** The element the chart downloads picture. */
  plotRef: RefObject<HTMLDivElement | null>;
  model: ChartModel;
  regions: readonly StyledRegion[];
  drawBand: boolean;
  drawAllMembers: boolean;
  highlighted: string | null;
  title: string;
}

/** The regional lines over the years, with their bands and the all-members line when asked for. */
export function MaturityPlot(props: MaturityPlotProps) {
  const { plotRef, model, regions, drawBand, drawAllMembers, highlighted, title } = props;
  const { t } = useI18n();
  // While a region is highlighted, only its band is drawn; otherwise every band, when they are drawn at all.
  const bandRegions = drawBand ? regions.filter((r) => highlighted === null || r.code === highlighted) : [];
  const accessors = useSeriesAccessors(regions);
  return (
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
                highlighted={highlighted}
                orderStatistics={model.orderStatistics}
              />
            )}
          />
          {bandAreas(bandRegions, accessors, highlighted)}
          {regionLines(regions, accessors, highlighted)}
          {drawAllMembers && allMembersLine(accessors, highlighted)}
        </ComposedChart>
      </ResponsiveContainer>
    </div>
  );
}
