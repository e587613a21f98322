import type { OperationsAnalyticsResponse } from '@cpc/domain';
import { OUTCOME_COUNTS, operationsCell, type TrendMetric } from '../analytics/operationsSeries';
import { regionSeries } from '../analytics/regionSeries';
import { styleSeries, type StyledRegion } from '../chart/styledRegions';
import { RegionLegend } from '../compare/RegionLegend';
import { SeriesTable } from '../compare/SeriesTable';
import { TableToggle } from '../components/TableToggle';
import { TREND_METRIC_LABELS } from '../i18n/labels';
import { useI18n } from '../i18n/useI18n';
import { RegionTrendChart } from './RegionTrendChart';

/** The counts, then the overall hit rate of the database checks. */
const METRICS: readonly TrendMetric[] = [...OUTCOME_COUNTS, 'hitRate'];

interface TrendMultiplesProps {
  data: OperationsAnalyticsResponse;
  regions: readonly StyledRegion[];
  highlighted: string | null;
  onHighlight: (region: string | null) => void;
}

/** One small chart per outcome, the regions as lines; a highlighted region stands out in every chart. */
export function TrendMultiples({ data, regions, highlighted, onHighlight }: TrendMultiplesProps) {
  const { t, format } = useI18n();
  const { series, from, to } = data;
  return (
    <>
      <RegionLegend regions={regions} highlighted={highlighted} onHighlight={onHighlight} />
      <ul className="small-multiples" data-testid="outcome-trends">
        {METRICS.map((metric) => {
          const label = t(TREND_METRIC_LABELS[metric]);
          const rate = metric === 'hitRate';
          const styled = styleSeries(
            regionSeries(series, regions, (p) => operationsCell(p, metric), from, to),
            regions,
          );
          const caption = t('outcomeTrendCaption', { metric: label, from, to });
          return (
            <li key={metric} className="small-multiple" data-metric={metric}>
              <h3>{label}</h3>
              <RegionTrendChart
                series={styled}
                highlighted={highlighted}
                label={caption}
                formatValue={rate ? format.rate : format.count}
                fractional={rate}
              />
              <TableToggle subject={caption}>
                <SeriesTable
                  series={styled}
                  caption={caption}
                  as={rate ? 'rate' : 'count'}
                  emptyText={rate ? t('noQueries') : undefined}
                />
              </TableToggle>
            </li>
          );
        })}
      </ul>
    </>
  );
}
