import { queryOptions } from '@tanstack/react-query';
import type {
  Activity,
  Lead,
  OperationListResponse,
  OperationResponse,
  OperationResultListResponse,
  Programme,
} from '@cpc/domain';
import { fetchJson } from './fetchJson';

export interface OperationFilters {
  /** Text found in the code or the name. */
  q?: string;
  programme?: Programme;
  lead?: Lead;
  activity?: Activity;
  /** A participating country. */
  country?: string;
  /** Operations that end in this year. */
  year?: number;
  limit?: number;
  offset?: number;
}

/** Query keys of the operations, from the broadest: invalidating ['operations'] refreshes them all. */
export const operationKeys = {
  all: ['operations'] as const,
  lists: () => [...operationKeys.all, 'list'] as const,
  list: (filters: OperationFilters) => [...operationKeys.lists(), filters] as const,
  detail: (id: string) => [...operationKeys.all, 'detail', id] as const,
  results: (id: string) => [...operationKeys.all, 'results', id] as const,
};

const FILTER_PARAMS = ['q', 'programme', 'lead', 'activity', 'country', 'year', 'limit', 'offset'] as const;

export function operationListPath(filters: OperationFilters): string {
  const params = new URLSearchParams();
  for (const name of FILTER_PARAMS) {
    const value = filters[name];
    if (value !== undefined && value !== '') params.set(name, String(value));
  }
  const query = params.toString();
  return query ? `/api/operations?${query}` : '/api/operations';
}

export const operationPath = (id: string) => `/api/operations/${encodeURIComponent(id)}`;

/** The operations matching the filters, one page of them; national users get their country's only. */
export function operationListQuery(filters: OperationFilters) {
  return queryOptions({
    queryKey: operationKeys.list(filters),
    queryFn: ({ signal }) => fetchJson<OperationListResponse>(operationListPath(filters), { signal }),
    staleTime: 10_000,
  });
}

export function operationQuery(id: string) {
  return queryOptions({
    queryKey: operationKeys.detail(id),
    queryFn: ({ signal }) => fetchJson<OperationResponse>(operationPath(id), { signal }),
    staleTime: 0,
  });
}

/** The results reported for an operation; a national user gets their own country's only. */
export function operationResultsQuery(id: string) {
  return queryOptions({
    queryKey: operationKeys.results(id),
    queryFn: ({ signal }) => fetchJson<OperationResultListResponse>(`${operationPath(id)}/results`, { signal }),
    staleTime: 0,
  });
}
