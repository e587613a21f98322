import { queryOptions } from '@tanstack/react-query';
import type { MethodologyVersion, ProfileResponse } from '@cpc/domain';
import { ApiError } from './ApiError';
import type { ExportSource } from './exportSource';
import { fetchJson } from './fetchJson';

/** The scoring methodology of a profile; null or left out for the default version an admin adopted. */
type Methodology = MethodologyVersion | null | undefined;

export function profilePath(iso3: string, grouping: string, validatedOnly = false, methodology?: Methodology): string {
  const params = new URLSearchParams({ grouping, ...(validatedOnly ? { status: 'validated' } : {}) });
  if (methodology) params.set('methodology', methodology);
  return `/api/countries/${encodeURIComponent(iso3)}/profile?${params.toString()}`;
}

export function profileExport(
  iso3: string,
  grouping: string,
  validatedOnly = false,
  methodology?: Methodology,
): ExportSource {
  return { path: profilePath(iso3, grouping, validatedOnly, methodology), name: ['profile', iso3] };
}

/** One country's assessments, latest gaps and comparison with its region in `grouping`. */
export function profileQuery(iso3: string, grouping: string, validatedOnly = false, methodology?: Methodology) {
  return queryOptions({
    queryKey: ['profile', iso3, grouping, validatedOnly, methodology ?? null] as const,
    queryFn: ({ signal }) =>
      fetchJson<ProfileResponse>(profilePath(iso3, grouping, validatedOnly, methodology), { signal }),
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
