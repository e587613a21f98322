import { useQueries } from '@tanstack/react-query';
import type { GroupingResponse, MapMetric, MapValue, MethodologyVersion } from '@cpc/domain';
import { mapValuesQuery } from '../api/analyticsQueries';
import type { StatusFilter } from '../url/pageState';

interface RegionValuesParams {
  grouping: GroupingResponse | undefined;
  year: number;
  metric: MapMetric;
  status: StatusFilter;
  methodology: MethodologyVersion | null;
}

export interface RegionValues {
  /** Every region's values, once all have arrived. */
  items: MapValue[] | undefined;
  /** Whether the figures were protected for a national reader. */
  protected: boolean;
  error: Error | null;
  refetch: () => void;
}

/**
 * The map's values, asked region by region (GET /api/analytics/countries/map?region=…) and put together: a
 * grouping of thousands of members never makes one large answer, and the regions arrive in parallel.
 */
export function useRegionValues({ grouping, year, metric, status, methodology }: RegionValuesParams): RegionValues {
  return useQueries({
    queries: (grouping?.regions ?? []).map((region) =>
      mapValuesQuery({ grouping: grouping?.id ?? '', year, metric, region: region.code, status, methodology }),
    ),
    combine: (results) => ({
      items:
        results.length > 0 && results.every((r) => r.data !== undefined)
          ? results.flatMap((r) => r.data.items)
          : undefined,
      protected: results.some((r) => r.data?.protected === true),
      error: results.find((r) => r.error !== null)?.error ?? null,
      refetch: () => {
        for (const r of results) if (r.error !== null) void r.refetch();
      },
    }),
  });
}
