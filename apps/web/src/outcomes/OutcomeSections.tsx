import { useId, useMemo } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { GroupingResponse } from '@cpc/domain';
import {
  operationsAnalyticsExport,
  operationsAnalyticsQuery,
  type OperationsAnalyticsParams,
} from '../api/operationsAnalyticsQueries';
import { hasReports } from '../analytics/operationsSeries';
import { orderedRegions } from '../analytics/regions';
import { styleRegions } from '../chart/styledRegions';
import { ErrorState } from '../ui/ErrorState';
import { LoadingState } from '../ui/LoadingState';
import { useI18n } from '../i18n/useI18n';
import { DetailSection } from './DetailSection';
import { TrendMultiples } from './TrendMultiples';

interface OutcomeSectionsProps {
  params: OperationsAnalyticsParams;
  grouping: GroupingResponse | undefined;
  highlighted: string | null;
  onHighlight: (region: string | null) => void;
  detailYear: number | null;
  onDetailYear: (year: number | null) => void;
}

/** The outcomes of the period: each region over time, then the seizures and checks of a year in detail. */
export function OutcomeSections(props: OutcomeSectionsProps) {
  const { params, grouping, highlighted, onHighlight, detailYear, onDetailYear } = props;
  const { t } = useI18n();
  const trendsId = useId();
  const query = useQuery({ ...operationsAnalyticsQuery(params), placeholderData: keepPreviousData });
  const regions = useMemo(
    () => styleRegions(query.data ? orderedRegions(query.data.series, grouping?.regions ?? []) : []),
    [query.data, grouping],
  );

  if (query.isError) {
    return <ErrorState error={query.error} onRetry={() => void query.refetch()} retrying={query.isFetching} />;
  }
  if (!query.data) return <LoadingState />;
  const data = query.data;
  const source = operationsAnalyticsExport(params);
  if (!hasReports(data.series)) {
    return (
      <div className="empty-state" role="status" data-testid="outcomes-empty">
        <h2>{t('outcomesEmptyTitle')}</h2>
        <p>{t('outcomesEmptyText', { from: data.from, to: data.to })}</p>
      </div>
    );
  }

  return (
    <div aria-busy={query.isPlaceholderData}>
      <section className="analytics-section" aria-labelledby={trendsId}>
        <h2 id={trendsId}>{t('outcomeTrendsTitle', { from: data.from, to: data.to })}</h2>
        <p className="chart-description">{t('outcomeTrendsDescription')}</p>
        <TrendMultiples
          data={data}
          regions={regions}
          highlighted={highlighted}
          onHighlight={onHighlight}
          source={source}
        />
      </section>
      <DetailSection data={data} year={detailYear} onYear={onDetailYear} source={source} />
    </div>
  );
}
