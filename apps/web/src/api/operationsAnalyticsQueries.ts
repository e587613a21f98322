import { queryOptions } from '@tanstack/react-query';
import type {
  Activity,
  Commodity,
  MaturityVsOutcomesResponse,
  OperationsAnalyticsResponse,
  OutcomeMetric,
  ParticipationResponse,
  Programme,
} from '@cpc/domain';
import type { StatusFilter } from '../url/pageState';
import { yearRange, type ExportSource } from './exportSource';
import { fetchJson } from './fetchJson';
import { setStatusParam } from './maturityQuery';

export interface OperationsAnalyticsParams {
  grouping: string;
  from: number;
  to: number;
  programme: Programme | null;
  activity: Activity | null;
  commodity: Commodity | null;
}

function setOptional(query: URLSearchParams, values: Readonly<Record<string, string | null>>): void {
  for (const [name, value] of Object.entries(values)) if (value !== null) query.set(name, value);
}

export function operationsAnalyticsPath(params: OperationsAnalyticsParams): string {
  const { grouping, from, to, programme, activity, commodity } = params;
  const query = new URLSearchParams({ grouping, from: String(from), to: String(to) });
  setOptional(query, { programme, activity, commodity });
  return `/api/analytics/operations?${query.toString()}`;
}

export function operationsAnalyticsExport(params: OperationsAnalyticsParams): ExportSource {
  const { grouping, from, to } = params;
  return { path: operationsAnalyticsPath(params), name: ['operations', grouping, yearRange(from, to)] };
}

/** Each region's operational outcomes, year by year, with the whole grouping as region ALL. */
export function operationsAnalyticsQuery(params: OperationsAnalyticsParams) {
  const { grouping, from, to, programme, activity, commodity } = params;
  return queryOptions({
    queryKey: ['operations-analytics', grouping, from, to, programme, activity, commodity] as const,
    queryFn: ({ signal }) => fetchJson<OperationsAnalyticsResponse>(operationsAnalyticsPath(params), { signal }),
  });
}

export type ParticipationParams = Omit<OperationsAnalyticsParams, 'commodity'>;

export function participationPath({ grouping, from, to, programme, activity }: ParticipationParams): string {
  const query = new URLSearchParams({ grouping, from: String(from), to: String(to) });
  setOptional(query, { programme, activity });
  return `/api/analytics/operations/participation?${query.toString()}`;
}

export function participationExport(params: ParticipationParams): ExportSource {
  const { grouping, from, to } = params;
  return { path: participationPath(params), name: ['participation', grouping, yearRange(from, to)] };
}

/** How many operations each country took part in, and reported on (a national user: their own country). */
export function participationQuery(params: ParticipationParams) {
  const { grouping, from, to, programme, activity } = params;
  return queryOptions({
    queryKey: ['operations-participation', grouping, from, to, programme, activity] as const,
    queryFn: ({ signal }) => fetchJson<ParticipationResponse>(participationPath(params), { signal }),
  });
}

export interface MaturityVsOutcomesParams {
  grouping: string;
  year: number;
  metric: OutcomeMetric;
  status: StatusFilter;
}

export function maturityVsOutcomesPath({ grouping, year, metric, status }: MaturityVsOutcomesParams): string {
  const query = new URLSearchParams({ grouping, year: String(year), metric });
  setStatusParam(query, status);
  return `/api/analytics/maturity-vs-outcomes?${query.toString()}`;
}

export function maturityVsOutcomesExport(params: MaturityVsOutcomesParams): ExportSource {
  const { grouping, year, metric } = params;
  return { path: maturityVsOutcomesPath(params), name: ['maturity-vs-outcomes', grouping, year, metric] };
}

/** Each country's overall index against one outcome of its year's operations, with the correlations. */
export function maturityVsOutcomesQuery(params: MaturityVsOutcomesParams) {
  return queryOptions({
    queryKey: ['maturity-vs-outcomes', params.grouping, params.year, params.metric, params.status] as const,
    queryFn: ({ signal }) => fetchJson<MaturityVsOutcomesResponse>(maturityVsOutcomesPath(params), { signal }),
  });
}
