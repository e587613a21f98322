import { useMemo } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { DIMENSION_DEFINITIONS, type GroupingsResponse, type MaturityResponse } from '@cpc/domain';
import { maturityExport, maturityQuery, type MaturityParams } from '../api/maturityQuery';
import { buildChartModel } from './chartModel';
import { styleRegions } from './styledRegions';
import { useI18n } from '../i18n/useI18n';
import { MaturityChart } from './MaturityChart';
import { CoverageTable } from './CoverageTable';
import { LoadingState } from '../ui/LoadingState';
import { EmptyState } from '../ui/EmptyState';
import { ErrorState } from '../ui/ErrorState';
import { TableToggle } from '../ui/TableToggle';
import { RegionYearTable } from './RegionYearTable';

interface MaturitySectionProps {
  params: MaturityParams;
  /** Fix the order and colours of the regions; null while they are still loading, empty if they failed to. */
  groupings: GroupingsResponse['groupings'] | null;
  showBand: boolean;
  showAllMembers: boolean;
}

/** The chart's model of a response, its regions in the order and colours of the response's own grouping. */
function useMaturityModel(data: MaturityResponse | undefined, groupings: GroupingsResponse['groupings'] | null) {
  const model = useMemo(() => {
    if (!data || !groupings) return null;
    // Regions come from the response's own grouping: while a new grouping loads, the previous figures stay.
    const regions = groupings.find((g) => g.id === data.grouping)?.regions ?? [];
    return buildChartModel(data, regions);
  }, [data, groupings]);
  const regions = useMemo(() => (model ? styleRegions(model.regions) : []), [model]);
  return { model, regions };
}

/** The regions' means over the years (the overall index or a dimension), its table, and the latest coverage. */
export function MaturitySection({ params, groupings, showBand, showAllMembers }: MaturitySectionProps) {
  const { t, localize } = useI18n();
  // Fetched while the groupings load; previous figures stay on screen while a new period loads.
  const query = useQuery({ ...maturityQuery(params), placeholderData: keepPreviousData });

  const { model, regions } = useMaturityModel(query.data, groupings);

  if (query.isError) {
    return <ErrorState error={query.error} onRetry={() => void query.refetch()} retrying={query.isFetching} />;
  }
  if (!model || !query.data) return <LoadingState />;
  if (model.latestAssessedYear === null && !model.anyWithheld) {
    return <EmptyState from={query.data.from} to={query.data.to} />;
  }

  const latestRow = model.rows.find((row) => row.year === model.latestAssessedYear);
  const updating = query.isPlaceholderData;
  const dimension = DIMENSION_DEFINITIONS.find((d) => d.code === query.data.dimension);
  const title = dimension
    ? t('chartTitleDimension', { dimension: localize(dimension.label), from: query.data.from, to: query.data.to })
    : t('chartTitle', { from: query.data.from, to: query.data.to });
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
        title={title}
        source={maturityExport(params)}
        axisLabel={dimension ? t('yAxisLabelDimension', { dimension: localize(dimension.label) }) : t('yAxisLabel')}
      />
      <TableToggle subject={title} testId="region-year-panel">
        <RegionYearTable model={model} regions={regions} showAllMembers={showAllMembers} caption={title} />
      </TableToggle>
      {latestRow && (
        <CoverageTable
          row={latestRow}
          regions={regions}
          hasAllMembers={model.allMembers !== null}
          orderStatistics={model.orderStatistics}
        />
      )}
    </>
  );
}
