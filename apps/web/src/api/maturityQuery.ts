import { queryOptions } from '@tanstack/react-query';
import type { Dimension, MaturityResponse } from '@cpc/domain';
import type { StatusFilter } from '../url/pageState';
import { yearRange, type ExportSource } from './exportSource';
import { fetchJson } from './fetchJson';

export interface MaturityParams {
  grouping: string;
  from: number;
  to: number;
  /** A dimension's score in place of the overall index. */
  dimension?: Dimension | null;
  status?: StatusFilter;
}

/** The API's status filter: left out to count submitted and validated assessments. */
export function setStatusParam(query: URLSearchParams, status: StatusFilter | undefined): void {
  if (status === 'validated') query.set('status', 'validated');
}

export function maturityPath({ grouping, from, to, dimension, status }: MaturityParams): string {
  const query = new URLSearchParams({ grouping, from: String(from), to: String(to) });
  if (dimension) query.set('dimension', dimension);
  setStatusParam(query, status);
  return `/api/analytics/maturity?${query.toString()}`;
}

/** The maturity figures as a file: the same query, named like the API's file. */
export function maturityExport(params: MaturityParams): ExportSource {
  const { grouping, from, to, dimension } = params;
  return { path: maturityPath(params), name: ['maturity', grouping, yearRange(from, to), dimension] };
}

export function maturityQuery(params: MaturityParams) {
  const { grouping, from, to, dimension = null, status = 'counted' } = params;
  return queryOptions({
    queryKey: ['maturity', grouping, from, to, dimension, status] as const,
    queryFn: ({ signal }) => fetchJson<MaturityResponse>(maturityPath(params), { signal }),
  });
}
