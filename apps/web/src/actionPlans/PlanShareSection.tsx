import { useId, useRef } from 'react';
import type { ActionsAnalyticsResponse } from '@cpc/domain';
import type { ExportSource } from '../api/exportSource';
import { regionSeries } from '../analytics/regionSeries';
import { ChartDownloadMenu } from '../chart/ChartDownloadMenu';
import { regionKey, styleSeries, type StyledRegion } from '../chart/styledRegions';
import { RegionLegend } from '../compare/RegionLegend';
import { SeriesTable } from '../compare/SeriesTable';
import { useI18n } from '../i18n/useI18n';
import { RegionTrendChart } from '../outcomes/RegionTrendChart';
import { TableToggle } from '../ui/TableToggle';
import { planShareCell } from './actionsSeries';

interface PlanShareSectionProps {
  data: ActionsAnalyticsResponse;
  regions: readonly StyledRegion[];
  highlighted: string | null;
  onHighlight: (region: string | null) => void;
  source: ExportSource;
}

/** The share of each region's members with a plan, year by year, the regions as lines. */
export function PlanShareSection({ data, regions, highlighted, onHighlight, source }: PlanShareSectionProps) {
  const { t, localize, format } = useI18n();
  const titleId = useId();
  const plotRef = useRef<HTMLDivElement>(null);
  const { from, to } = data;
  const title = t('actionsDashShareTitle');
  const series = styleSeries(regionSeries(data.series, regions, planShareCell, from, to), regions);
  return (
    <section className="analytics-section" aria-labelledby={titleId} data-testid="actions-share">
      <div className="chart-heading">
        <h2 id={titleId}>{title}</h2>
        <ChartDownloadMenu
          howToRead="chartHelpPlanShare"
          chart={plotRef}
          title={title}
          source={{ ...source, name: [...source.name, 'share'] }}
          keyEntries={regionKey(series, localize)}
          axisTitles={{ x: t('year'), y: t('actionsDashShareAxis') }}
        />
      </div>
      <RegionLegend regions={regions} highlighted={highlighted} onHighlight={onHighlight} />
      <p className="axis-label">{t('actionsDashShareAxis')}</p>
      <RegionTrendChart
        plotRef={plotRef}
        series={series}
        highlighted={highlighted}
        label={title}
        formatValue={format.percent}
        fractional
      />
      <TableToggle subject={title}>
        <SeriesTable series={series} caption={title} as="percent" />
      </TableToggle>
    </section>
  );
}
