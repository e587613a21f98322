import { queryOptions } from '@tanstack/react-query';
import type { ProfileResponse } from '@cpc/domain';
import { ApiError } from './ApiError';
import { fetchJson } from './fetchJson';

export function profilePath(iso3: string, grouping: string): string {
  return `/api/countries/${encodeURIComponent(iso3)}/profile?${new URLSearchParams({ grouping }).toString()}`;
}

/** One country's assessments, latest gaps and comparison with its region in `grouping`. */
export function profileQuery(iso3: string, grouping: string) {
  return queryOptions({
    queryKey: ['profile', iso3, grouping] as const,
    queryFn: ({ signal }) => fetchJson<ProfileResponse>(profilePath(iso3, grouping), { signal }),
    staleTime: 10_000,
  });
}

/** A 403: the reader's account may not read this country's details. */
export function isForbidden(error: unknown): boolean {
  return error instanceof ApiError && error.status === 403;
}

export function isNotFound(error: unknown): boolean {
  return error instanceof ApiError && error.status === 404;
}
