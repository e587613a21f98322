import { queryOptions } from '@tanstack/react-query';
import type { ActionsAnalyticsResponse, GapClosureResponse, MethodologyVersion } from '@cpc/domain';
import type { ExportSource } from './exportSource';
import { fetchJson } from './fetchJson';

export interface ActionsAnalyticsParams {
  grouping: string;
  from: number;
  to: number;
  methodology?: MethodologyVersion | null;
}

/** `/api/analytics/actions?grouping=wco&from=2020&to=2026`, the parameters in the views' order. */
function path(route: string, params: ActionsAnalyticsParams): string {
  const query = new URLSearchParams({ grouping: params.grouping, from: String(params.from), to: String(params.to) });
  if (params.methodology) query.set('methodology', params.methodology);
  return `/api/${route}?${query.toString()}`;
}

const source = (route: string, name: string, params: ActionsAnalyticsParams): ExportSource => ({
  path: path(route, params),
  name: [name, params.grouping, `${params.from}-${params.to}`],
});

export const actionsAnalyticsExport = (params: ActionsAnalyticsParams): ExportSource =>
  source('analytics/actions', 'actions', params);

/** Each region's plans, year by year (the state at 31 December), with the whole grouping as region ALL. */
export const actionsAnalyticsQuery = (params: ActionsAnalyticsParams) =>
  queryOptions({
    queryKey: ['actions-analytics', params.grouping, params.from, params.to, params.methodology ?? null],
    queryFn: ({ signal }) => fetchJson<ActionsAnalyticsResponse>(path('analytics/actions', params), { signal }),
  });

export const gapClosureExport = (params: ActionsAnalyticsParams): ExportSource =>
  source('analytics/gap-closure', 'gap-closure', params);

/** Per region and item: the gaps closed at the next assessment, with and without a done action. */
export const gapClosureQuery = (params: ActionsAnalyticsParams) =>
  queryOptions({
    queryKey: ['gap-closure', params.grouping, params.from, params.to, params.methodology ?? null],
    queryFn: ({ signal }) => fetchJson<GapClosureResponse>(path('analytics/gap-closure', params), { signal }),
  });
