import { useMemo } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { DIMENSION_DEFINITIONS, type GroupingResponse } from '@cpc/domain';
import { maturityExport, maturityQuery, type MaturityParams } from '../api/maturityQuery';
import { orderedRegions } from '../analytics/regions';
import { measureCell } from '../analytics/cells';
import { regionSeries } from '../analytics/regionSeries';
import { styleRegions, styleSeries } from '../chart/styledRegions';
import { ErrorState } from '../ui/ErrorState';
import { LoadingState } from '../ui/LoadingState';
import { useI18n } from '../i18n/useI18n';
import { RegionLegend } from './RegionLegend';
import { DimensionMultiple } from './DimensionMultiple';

interface SmallMultiplesProps {
  params: Required<Pick<MaturityParams, 'grouping' | 'from' | 'to' | 'status'>> & Pick<MaturityParams, 'methodology'>;
  grouping: GroupingResponse | undefined;
  highlighted: string | null;
  onHighlight: (region: string | null) => void;
}

/** One small line chart per dimension, all on the same 0–100 scale, the regions as lines. */
export function SmallMultiples({ params, grouping, highlighted, onHighlight }: SmallMultiplesProps) {
  const { t, localize } = useI18n();
  const query = useQuery({ ...maturityQuery(params), placeholderData: keepPreviousData });
  const regions = useMemo(
    () => styleRegions(query.data ? orderedRegions(query.data.series, grouping?.regions ?? []) : []),
    [query.data, grouping],
  );

  if (query.isError) {
    return <ErrorState error={query.error} onRetry={() => void query.refetch()} retrying={query.isFetching} />;
  }
  if (!query.data) return <LoadingState />;
  const { series, from, to } = query.data;

  return (
    <div aria-busy={query.isPlaceholderData}>
      <RegionLegend regions={regions} highlighted={highlighted} onHighlight={onHighlight} />
      <ul className="small-multiples" data-testid="small-multiples">
        {DIMENSION_DEFINITIONS.map((dimension) => {
          const label = localize(dimension.label);
          const styled = styleSeries(
            regionSeries(series, regions, (p) => measureCell(p, dimension.code), from, to),
            regions,
          );
          const caption = t('smallMultipleCaption', { dimension: label, from, to });
          return (
            <DimensionMultiple
              key={dimension.code}
              code={dimension.code}
              label={label}
              caption={caption}
              series={styled}
              from={from}
              to={to}
              highlighted={highlighted}
              source={maturityExport(params)}
            />
          );
        })}
      </ul>
    </div>
  );
}
