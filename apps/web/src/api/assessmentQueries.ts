import { queryOptions } from '@tanstack/react-query';
import type { AssessmentListResponse, AssessmentResponse, AssessmentStatus, HistoryResponse } from '@cpc/domain';
import { fetchJson } from './fetchJson';

export interface AssessmentFilters {
  country?: string;
  year?: number;
  status?: AssessmentStatus;
  /** A region code of the WCO grouping. */
  region?: string;
  /** Submitted at least this many days ago. */
  waitingDays?: number;
}

/** Query keys of the assessments, from the broadest: invalidating ['assessments'] refreshes them all. */
export const assessmentKeys = {
  all: ['assessments'] as const,
  lists: () => [...assessmentKeys.all, 'list'] as const,
  list: (filters: AssessmentFilters) => [...assessmentKeys.lists(), filters] as const,
  detail: (id: string) => [...assessmentKeys.all, 'detail', id] as const,
  history: (id: string) => [...assessmentKeys.all, 'history', id] as const,
};

/** The list's filters as a query string ('' for none), the same for the list and the queue's register checks. */
export function assessmentFilterQuery(filters: AssessmentFilters): string {
  const params = new URLSearchParams();
  if (filters.country) params.set('country', filters.country);
  if (filters.year !== undefined) params.set('year', String(filters.year));
  if (filters.status) params.set('status', filters.status);
  if (filters.region) params.set('region', filters.region);
  if (filters.waitingDays !== undefined) params.set('waitingDays', String(filters.waitingDays));
  const query = params.toString();
  return query ? `?${query}` : '';
}

export function assessmentListPath(filters: AssessmentFilters): string {
  return `/api/assessments${assessmentFilterQuery(filters)}`;
}

export function assessmentListQuery(filters: AssessmentFilters = {}) {
  return queryOptions({
    queryKey: assessmentKeys.list(filters),
    queryFn: ({ signal }) => fetchJson<AssessmentListResponse>(assessmentListPath(filters), { signal }),
    staleTime: 10_000,
  });
}

export function assessmentQuery(id: string) {
  return queryOptions({
    queryKey: assessmentKeys.detail(id),
    queryFn: ({ signal }) => fetchJson<AssessmentResponse>(`/api/assessments/${encodeURIComponent(id)}`, { signal }),
    staleTime: 0,
  });
}

export function historyQuery(id: string) {
  return queryOptions({
    queryKey: assessmentKeys.history(id),
    queryFn: ({ signal }) =>
      fetchJson<HistoryResponse>(`/api/assessments/${encodeURIComponent(id)}/history`, { signal }),
    staleTime: 0,
  });
}
