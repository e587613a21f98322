import { queryOptions } from '@tanstack/react-query';
import type { MaturityResponse } from '@cpc/domain';
import { fetchJson } from './fetchJson';

export interface MaturityParams {
  grouping: string;
  from: number;
  to: number;
}

export function maturityPath({ grouping, from, to }: MaturityParams): string {
  const query = new URLSearchParams({ grouping, from: String(from), to: String(to) });
  return `/api/analytics/maturity?${query.toString()}`;
}

export function maturityQuery(params: MaturityParams) {
  return queryOptions({
    queryKey: ['maturity', params.grouping, params.from, params.to] as const,
    queryFn: ({ signal }) => fetchJson<MaturityResponse>(maturityPath(params), { signal }),
  });
}
