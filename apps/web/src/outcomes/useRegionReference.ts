import { useQuery } from '@tanstack/react-query';
import { maturityQuery } from '../api/maturityQuery';
import { operationsAnalyticsQuery, type MaturityVsOutcomesParams } from '../api/operationsAnalyticsQueries';
import { regionReference, type RegionReference } from './regionReference';

/**
 * The reference of a national user's region for the scatter's year: its maturity and its outcomes, asked of
 * the same views the dashboards read (so protected as they are). Settled once both have answered.
 */
export function useRegionReference(
  params: MaturityVsOutcomesParams,
  region: string | null,
): { reference: RegionReference | null; settled: boolean } {
  const { grouping, year, status, methodology } = params;
  const enabled = region !== null;
  const maturity = useQuery({
    ...maturityQuery({ grouping, from: year, to: year, status, methodology }),
    enabled,
  });
  const outcomes = useQuery({
    ...operationsAnalyticsQuery({
      grouping,
      from: year,
      to: year,
      programme: null,
      activity: null,
      commodity: null,
      methodology,
    }),
    enabled,
  });
  if (!enabled) return { reference: null, settled: false };
  const ofRegion = <T extends { region: string; year: number }>(series: readonly T[] | undefined) =>
    series?.find((p) => p.region === region && p.year === year);
  return {
    reference: regionReference(params.metric, ofRegion(maturity.data?.series), ofRegion(outcomes.data?.series)),
    settled: maturity.isSuccess && outcomes.isSuccess,
  };
}
