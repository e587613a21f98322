import { queryOptions } from '@tanstack/react-query';
import type { ProfileResponse } from '@cpc/domain';
import { ApiError } from './ApiError';
import type { ExportSource } from './exportSource';
import { fetchJson } from './fetchJson';

export function profilePath(iso3: string, grouping: string, validatedOnly = false): string {
  const params = new URLSearchParams({ grouping, ...(validatedOnly ? { status: 'validated' } : {}) });
  return `/api/countries/${encodeURIComponent(iso3)}/profile?${params.toString()}`;
}

export function profileExport(iso3: string, grouping: string, validatedOnly = false): ExportSource {
  return { path: profilePath(iso3, grouping, validatedOnly), name: ['profile', iso3] };
}

/** One country's assessments, latest gaps and comparison with its region in `grouping`. */
export function profileQuery(iso3: string, grouping: string, validatedOnly = false) {
  return queryOptions({
    queryKey: ['profile', iso3, grouping, validatedOnly] as const,
    queryFn: ({ signal }) => fetchJson<ProfileResponse>(profilePath(iso3, grouping, validatedOnly), { signal }),
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
