import { apiRequest } from './apiRequest';

/** GETs a JSON resource of the API, with the session's cookie. */
export function fetchJson<T>(path: string, init?: { signal?: AbortSignal }): Promise<T> {
  return apiRequest<T>(path, { signal: init?.signal });
}
