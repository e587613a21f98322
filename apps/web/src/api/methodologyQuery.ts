import { queryOptions } from '@tanstack/react-query';
import type { AdoptMethodologyRequest, MethodologyResponse } from '@cpc/domain';
import { apiRequest } from './apiRequest';
import { fetchJson } from './fetchJson';

/** The methodology versions, and the default one with who adopted it, when and why. */
export function methodologyQuery() {
  return queryOptions({
    queryKey: ['methodology'] as const,
    queryFn: ({ signal }) => fetchJson<MethodologyResponse>('/api/methodology', { signal }),
  });
}

/** An admin adopts a version as the default of every figure that names none, with the decision's reason. */
export function adoptMethodology(request: AdoptMethodologyRequest): Promise<MethodologyResponse> {
  return apiRequest<MethodologyResponse>('/api/methodology/default', { method: 'PUT', json: request });
}
