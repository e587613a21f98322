import { useMemo } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { GroupingsResponse } from '@cpc/domain';
import { maturityQuery, type MaturityParams } from '../api/maturityQuery';
import { buildChartModel } from '../chart/chartModel';
import { styleRegions } from '../chart/styledRegions';
import { useI18n } from '../i18n/useI18n';
import { MaturityChart } from './MaturityChart';
import { CoverageTable } from './CoverageTable';
import { LoadingState } from './LoadingState';
import { EmptyState } from './EmptyState';
import { ErrorState } from './ErrorState';

interface MaturitySectionProps {
  params: MaturityParams;
  /** Fix the order and colours of the regions; null while they are still loading, empty if they failed to. */
  groupings: GroupingsResponse['groupings'] | null;
  showBand: boolean;
  showAllMembers: boolean;
}

export function MaturitySection({ params, groupings, showBand, showAllMembers }: MaturitySectionProps) {
  const { t } = useI18n();
  // Fetched while the groupings load; previous figures stay on screen while a new period loads.
  const query = useQuery({ ...maturityQuery(params), placeholderData: keepPreviousData });

  const model = useMemo(() => {
    if (!query.data || !groupings) return null;
    // Regions come from the response's own grouping: while a new grouping loads, the previous figures stay.
    const responseGrouping = query.data.grouping;
    const regions = groupings.find((g) => g.id === responseGrouping)?.regions ?? [];
    return buildChartModel(query.data, regions);
  }, [query.data, groupings]);
  const regions = useMemo(() => (model ? styleRegions(model.regions) : []), [model]);

  if (query.isError) {
    return <ErrorState error={query.error} onRetry={() => void query.refetch()} retrying={query.isFetching} />;
  }
  if (!model || !query.data) return <LoadingState />;
  if (model.latestAssessedYear === null) return <EmptyState from={query.data.from} to={query.data.to} />;

  const latestRow = model.rows.find((row) => row.year === model.latestAssessedYear);
  const updating = query.isPlaceholderData;
  return (
    <>
      <p className="update-status" role="status">
        {updating ? t('updating') : ''}
      </p>
      <MaturityChart
        model={model}
        regions={regions}
        showBand={showBand}
        showAllMembers={showAllMembers}
        updating={updating}
      />
      {latestRow && <CoverageTable row={latestRow} regions={regions} hasAllMembers={model.allMembers !== null} />}
    </>
  );
}
