import type { OperationsAnalyticsResponse } from '@cpc/domain';
import type { ExportSource } from '../api/exportSource';
import { OUTCOME_COUNTS, operationsCell, type TrendMetric } from '../analytics/operationsSeries';
import { regionSeries } from '../analytics/regionSeries';
import { styleSeries, type StyledRegion } from '../chart/styledRegions';
import { RegionLegend } from '../compare/RegionLegend';
import { TREND_METRIC_LABELS } from '../i18n/labels';
import { useI18n } from '../i18n/useI18n';
import { RegionTrendMultiple } from './RegionTrendMultiple';

/** The counts, then the overall hit rate of the database checks. */
const METRICS: readonly TrendMetric[] = [...OUTCOME_COUNTS, 'hitRate'];

interface TrendMultiplesProps {
  data: OperationsAnalyticsResponse;
  regions: readonly StyledRegion[];
  highlighted: string | null;
  onHighlight: (region: string | null) => void;
  /** The resource the figures come from, for the download menus. */
  source: ExportSource;
}

/** One small chart per outcome, the regions as lines; a highlighted region stands out in every chart. */
export function TrendMultiples({ data, regions, highlighted, onHighlight, source }: TrendMultiplesProps) {
  const { t } = useI18n();
  const { series, from, to } = data;
  return (
    <>
      <RegionLegend regions={regions} highlighted={highlighted} onHighlight={onHighlight} />
      <ul className="small-multiples" data-testid="outcome-trends">
        {METRICS.map((metric) => {
          const label = t(TREND_METRIC_LABELS[metric]);
          return (
            <RegionTrendMultiple
              key={metric}
              name={metric}
              label={label}
              caption={t('outcomeTrendCaption', { metric: label, from, to })}
              series={styleSeries(
                regionSeries(series, regions, (p) => operationsCell(p, metric), from, to),
                regions,
              )}
              highlighted={highlighted}
              kind={metric === 'hitRate' ? 'rate' : 'count'}
              source={source}
              xTitle={t('year')}
              emptyText={metric === 'hitRate' ? t('noQueries') : undefined}
            />
          );
        })}
      </ul>
    </>
  );
}
