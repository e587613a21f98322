import { useMemo } from 'react';
import { useQueries, useQuery, type UseQueryResult } from '@tanstack/react-query';
import {
  isGlobalRole,
  type AssessmentListResponse,
  type AssessmentSummary,
  type GroupingResponse,
  type SessionUser,
} from '@cpc/domain';
import { assessmentListQuery } from '../api/assessmentQueries';
import { maturityQuery } from '../api/maturityQuery';
import type { MapMetric, StatusFilter } from '../url/pageState';
import { currentAssessments, windowYears } from './currentAssessments';
import { countryEntries, nationalEntries, regionOfCountry, type MapEntry } from './mapValues';

interface MapParams {
  user: SessionUser;
  grouping: GroupingResponse | undefined;
  year: number;
  status: StatusFilter;
  metric: MapMetric;
}

export interface MapEntries {
  entries: Map<string, MapEntry> | null;
  error: Error | null;
  retry: () => void;
  /** National accounts see their own country and regional means: the page says so. */
  national: boolean;
}

interface Lists {
  summaries: AssessmentSummary[] | null;
  error: Error | null;
  refetch: () => void;
}

/** The lists together: every summary once all have loaded, the first error otherwise. */
function combineLists(results: UseQueryResult<AssessmentListResponse>[]): Lists {
  const lists = results.map((r) => r.data);
  return {
    summaries: lists.every((list) => list !== undefined) ? lists.flatMap((list) => list.assessments) : null,
    error: results.find((r) => r.error)?.error ?? null,
    refetch: () => {
      for (const r of results) if (r.error) void r.refetch();
    },
  };
}

/**
 * The value of each country of the grouping for the map. Analysts read every country's assessments of
 * the three years that can be current in `year`; national users read their own country's assessments
 * and the regions' means (every aggregate is theirs to see), never another country's figures.
 */
export function useMapEntries({ user, grouping, year, status, metric }: MapParams): MapEntries {
  const national = !isGlobalRole(user.role);
  const listStatus = status === 'validated' ? 'validated' : undefined;
  const lists = useQueries({
    // A national account's list is its own country's only (the API scopes it): one request is enough.
    queries: national
      ? [assessmentListQuery({})]
      : windowYears(year).map((y) => assessmentListQuery({ year: y, status: listStatus })),
    combine: combineLists,
  });
  const dimension = metric === 'overall' || metric === 'level' ? null : metric;
  const regionMeans = useQuery({
    ...maturityQuery({ grouping: grouping?.id ?? '', from: year, to: year, dimension, status }),
    enabled: national && grouping !== undefined,
  });
  const regionPoints = regionMeans.data?.series;
  const { summaries } = lists;

  const entries = useMemo(() => {
    if (!grouping || !summaries) return null;
    const regions = regionOfCountry(grouping);
    const countries = [...regions.keys()];
    const current = currentAssessments(summaries, year, status);
    if (!national) return countryEntries(countries, current, regions, metric);
    if (!regionPoints || user.country === null) return null;
    const ofYear = regionPoints.filter((p) => p.year === year);
    return nationalEntries(user.country, current.get(user.country), countries, regions, ofYear, metric);
  }, [grouping, summaries, regionPoints, year, status, metric, national, user.country]);

  return {
    entries,
    error: lists.error ?? (national ? regionMeans.error : null),
    retry: () => {
      lists.refetch();
      if (regionMeans.error) void regionMeans.refetch();
    },
    national,
  };
}
