import { queryOptions } from '@tanstack/react-query';
import type { MetaResponse } from '@cpc/domain';
import { fetchJson } from './fetchJson';

export function metaQuery() {
  return queryOptions({
    queryKey: ['meta'] as const,
    queryFn: ({ signal }) => fetchJson<MetaResponse>('/api/meta', { signal }),
    staleTime: 10 * 60_000,
  });
}
