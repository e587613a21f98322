import { useMemo } from 'react';
import { useQueries } from '@tanstack/react-query';
import {
  laterPageOffsets,
  type GroupingResponse,
  type MapMetric,
  type MapValue,
  type MapValuesResponse,
  type MethodologyVersion,
} from '@cpc/domain';
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

interface PageResult {
  data: MapValuesResponse | undefined;
  error: Error | null;
  refetch: () => unknown;
}

/** The pages put together, once every one has arrived (none: nothing to wait for). */
function combinePages(results: PageResult[]): RegionValues {
  return {
    items: results.every((r) => r.data !== undefined) ? results.flatMap((r) => r.data?.items ?? []) : undefined,
    protected: results.some((r) => r.data?.protected === true),
    error: results.find((r) => r.error !== null)?.error ?? null,
    refetch: () => {
      for (const r of results) if (r.error !== null) void r.refetch();
    },
  };
}

/** The regions' first pages put together, with each one's answer, which says what other pages it has. */
const combineFirstPages = (results: PageResult[]) => ({
  ...combinePages(results),
  answers: results.map((r) => r.data),
});

function joinPages(firsts: RegionValues, later: RegionValues): RegionValues {
  return {
    items: firsts.items && later.items && [...firsts.items, ...later.items],
    protected: firsts.protected || later.protected,
    error: firsts.error ?? later.error,
    refetch: () => {
      firsts.refetch();
      later.refetch();
    },
  };
}

/**
 * The map's values, asked region by region and page by page (GET /api/analytics/countries/map?region=…&offset=…)
 * and put together: a grouping of thousands of members never makes one large answer. Every region's first
 * page is asked at once; a region with more members than a page then asks its other pages at once.
 */
export function useRegionValues({ grouping, year, metric, status, methodology }: RegionValuesParams): RegionValues {
  const regions = grouping?.regions;
  const page = (region: string, offset: number) =>
    mapValuesQuery({ grouping: grouping?.id ?? '', year, metric, region, status, methodology, offset });
  const firsts = useQueries({
    queries: (regions ?? []).map((region) => page(region.code, 0)),
    combine: combineFirstPages,
  });
  const later = useQueries({
    queries: (regions ?? []).flatMap((region, k) =>
      (firsts.answers[k] ? laterPageOffsets(firsts.answers[k]) : []).map((offset) => page(region.code, offset)),
    ),
    combine: combinePages,
  });
  const joined = useMemo(() => joinPages(firsts, later), [firsts, later]);
  return regions === undefined || regions.length === 0 ? { ...joined, items: undefined } : joined;
}
