import { queryOptions } from '@tanstack/react-query';
import {
  ANALYTICS_VIEWS,
  type AnalyticsView,
  type AnalyticsViewName,
  type ExportFilters,
  type ViewResponse,
} from '@cpc/domain';
import type { ExportSource } from './exportSource';
import { fetchJson } from './fetchJson';

type ParamValue = string | number | null | undefined;

type Views = typeof ANALYTICS_VIEWS;
/** What a page asks a view for: some of the view's query parameters, by name. */
export type ViewParams<Name extends AnalyticsViewName> = {
  readonly [K in Views[Name]['clientParams'][number]]?: ParamValue;
};

/**
 * A parameter the address leaves out: an absent one, or the web's `counted` status, which is the API's
 * default (submitted and validated assessments) and not a value it accepts.
 */
const leftOut = (name: string, value: ParamValue): value is null | undefined =>
  value === null || value === undefined || (name === 'status' && value === 'counted');

/** `/api/analytics/levels?grouping=wco&from=2016&to=2026&kind=computed`, in the declaration's order. */
export function viewPath<Name extends AnalyticsViewName>(name: Name, params: ViewParams<Name>): string {
  const view: AnalyticsView = ANALYTICS_VIEWS[name];
  const query = new URLSearchParams();
  for (const param of view.clientParams) {
    const value = (params as Record<string, ParamValue>)[param];
    if (!leftOut(param, value)) query.set(param, String(value));
  }
  return `/api/${view.route}?${query.toString()}`;
}

/** The view as a file: the same address, named as the API names the file (the declaration's export spec). */
export function viewExport<Name extends AnalyticsViewName>(name: Name, params: ViewParams<Name>): ExportSource {
  const view: AnalyticsView = ANALYTICS_VIEWS[name];
  const filters: ExportFilters = {};
  for (const param of view.clientParams) {
    const value = (params as Record<string, ParamValue>)[param];
    if (!leftOut(param, value)) filters[param] = value;
  }
  return { path: viewPath(name, params), name: [view.export.name, ...view.export.fileName(filters)] };
}

/** The TanStack Query key of a view: its declared key, then every parameter (so any change fetches again). */
export function viewQueryKey<Name extends AnalyticsViewName>(name: Name, params: ViewParams<Name>): readonly unknown[] {
  const view: AnalyticsView = ANALYTICS_VIEWS[name];
  return [view.queryKey, ...view.clientParams.map((param) => (params as Record<string, ParamValue>)[param] ?? null)];
}

/** A view's query options: key, address and response type all from its declaration. */
export function viewQuery<Name extends AnalyticsViewName>(name: Name, params: ViewParams<Name>) {
  return queryOptions({
    queryKey: viewQueryKey(name, params),
    queryFn: ({ signal }) => fetchJson<ViewResponse<Views[Name]>>(viewPath(name, params), { signal }),
  });
}
