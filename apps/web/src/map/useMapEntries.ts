import { useCallback, useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import {
  canReadCountry,
  groupingOfYear,
  isGlobalRole,
  type GroupingResponse,
  type MethodologyVersion,
  type SessionUser,
} from '@cpc/domain';
import { maturityQuery } from '../api/maturityQuery';
import type { MapMetric, StatusFilter } from '../url/pageState';
import { countryEntries, nationalEntries, regionOfCountry, type MapEntry } from './mapValues';
import { useRegionValues } from './useRegionValues';

interface MapParams {
  user: SessionUser;
  grouping: GroupingResponse | undefined;
  year: number;
  status: StatusFilter;
  methodology: MethodologyVersion | null;
  metric: MapMetric;
}

export interface MapEntries {
  entries: Map<string, MapEntry> | null;
  error: Error | null;
  retry: () => void;
  /** National accounts see their own country, those that share their figures, and regional means: the page says so. */
  national: boolean;
  /** Whether the reader may open a country's profile: their own, any for analysts, and those that share. */
  canOpen: (iso3: string) => boolean;
}

/**
 * The value of each country of the grouping for the map. The API picks each country's current assessment
 * (the rule of the regional figures) and gives national accounts their own country and the countries that
 * share their figures with members; they see the others through their regions' protected means.
 */
export function useMapEntries({ user, grouping, year, status, methodology, metric }: MapParams): MapEntries {
  const national = !isGlobalRole(user.role);
  const groupingId = grouping?.id ?? '';
  const current = useRegionValues({ grouping, year, metric, status, methodology });
  const dimension = metric === 'overall' || metric === 'level' ? null : metric;
  const regionMeans = useQuery({
    ...maturityQuery({ grouping: groupingId, from: year, to: year, dimension, status, methodology }),
    enabled: national && grouping !== undefined,
  });
  const items = current.items;
  const regionPoints = regionMeans.data?.series;

  const entries = useMemo(() => {
    if (!grouping || !items) return null;
    // The members of the year shown: a country that joined later is not drawn as an unassessed member.
    const regions = regionOfCountry(groupingOfYear(grouping, year));
    const countries = [...regions.keys()];
    const byCountry = new Map(items.map((item) => [item.country, item]));
    if (!national) return countryEntries(countries, byCountry, regions);
    if (!regionPoints || user.country === null) return null;
    const ofYear = regionPoints.filter((p) => p.year === year);
    return nationalEntries(user.country, byCountry, countries, regions, ofYear, metric);
  }, [grouping, items, regionPoints, year, metric, national, user.country]);
  // A country whose current assessment a national reader was sent shares its figures: its profile is open.
  const canOpen = useCallback(
    (iso3: string) => canReadCountry(user, iso3) || (items?.some((item) => item.country === iso3) ?? false),
    [user, items],
  );

  return {
    entries,
    error: current.error ?? (national ? regionMeans.error : null),
    retry: () => {
      if (current.error) current.refetch();
      if (regionMeans.error) void regionMeans.refetch();
    },
    national,
    canOpen,
  };
}
