import { queryOptions } from '@tanstack/react-query';
import type { GroupingsResponse } from '@cpc/domain';
import { fetchJson } from './fetchJson';

export function groupingsQuery() {
  return queryOptions({
    queryKey: ['groupings'] as const,
    queryFn: ({ signal }) => fetchJson<GroupingsResponse>('/api/groupings', { signal }),
    // Groupings are reference data that changes only with a deployment or an admin edit.
    staleTime: 10 * 60_000,
  });
}
