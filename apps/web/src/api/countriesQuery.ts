import { queryOptions } from '@tanstack/react-query';
import type { CountriesResponse } from '@cpc/domain';
import { fetchJson } from './fetchJson';

export function countriesQuery() {
  return queryOptions({
    queryKey: ['countries'] as const,
    queryFn: ({ signal }) => fetchJson<CountriesResponse>('/api/countries', { signal }),
    // Reference data: changes with a deployment only.
    staleTime: 60 * 60_000,
  });
}
