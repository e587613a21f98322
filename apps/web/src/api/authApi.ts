import { queryOptions } from '@tanstack/react-query';
import type { AuthConfigResponse, LoginRequest, LoginResponse } from '@cpc/domain';
import { apiRequest } from './apiRequest';

export function authConfigQuery() {
  return queryOptions({
    queryKey: ['auth', 'config'] as const,
    queryFn: ({ signal }) => apiRequest<AuthConfigResponse>('/api/auth/config', { signal }),
    staleTime: Infinity,
  });
}

export function login(request: LoginRequest): Promise<LoginResponse> {
  return apiRequest<LoginResponse>('/api/auth/login', { method: 'POST', json: request, expireOn401: false });
}

export function logout(): Promise<void> {
  return apiRequest<undefined>('/api/auth/logout', { method: 'POST', expireOn401: false });
}
