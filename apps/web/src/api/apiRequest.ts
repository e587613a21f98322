import { sessionStore } from '../auth/sessionStore';
import { ApiError, type ApiFieldError } from './ApiError';

interface ApiErrorBody {
  message?: unknown;
  errors?: unknown;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function readFieldErrors(errors: unknown): ApiFieldError[] {
  if (!Array.isArray(errors)) return [];
  return errors.flatMap((e: unknown) =>
    isRecord(e) && typeof e.field === 'string' && typeof e.message === 'string'
      ? [{ field: e.field, message: e.message }]
      : [],
  );
}

function readMessage(body: ApiErrorBody, fallback: string): string {
  if (typeof body.message === 'string' && body.message.length > 0) return body.message;
  // Some frameworks send validation messages as a list.
  if (Array.isArray(body.message)) return body.message.filter((m) => typeof m === 'string').join('; ') || fallback;
  return fallback;
}

async function toApiError(response: Response): Promise<ApiError> {
  const fallback = `${response.status} ${response.statusText}`.trim();
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    // A proxy or crash page may answer with HTML; the status line is all we can report.
    return new ApiError(fallback, response.status);
  }
  if (!isRecord(body)) return new ApiError(fallback, response.status);
  const fieldErrors = readFieldErrors(body.errors);
  const message = readMessage(body, fallback);
  // Field errors often repeat the summary message; only the ones that add something are appended.
  const detail = fieldErrors
    .filter((e) => !message.includes(e.message))
    .map((e) => `${e.field}: ${e.message}`)
    .join('; ');
  return new ApiError(detail ? `${message} (${detail})` : message, response.status, fieldErrors, body);
}

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface ApiRequestOptions {
  method?: HttpMethod;
  /** Sent as JSON. */
  json?: unknown;
  /** Sent as multipart/form-data (the browser sets the boundary). */
  form?: FormData;
  signal?: AbortSignal;
  /** The Accept header; JSON unless a file is downloaded. */
  accept?: string;
  /**
   * Whether a 401 ends the session (the cookie was refused). Off for sign-in and sign-out, whose 401
   * says nothing about a session that is still valid.
   */
  expireOn401?: boolean;
}

const UNSAFE_METHODS: ReadonlySet<HttpMethod> = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

function requestHeaders(options: ApiRequestOptions): Record<string, string> {
  const headers: Record<string, string> = { Accept: options.accept ?? 'application/json' };
  // The session cookie goes by itself; a write also proves it comes from this page (docs/security.md).
  const csrfToken = sessionStore.csrfToken();
  if (csrfToken && UNSAFE_METHODS.has(options.method ?? 'GET')) headers['X-CSRF-Token'] = csrfToken;
  if (options.json !== undefined && !options.form) headers['Content-Type'] = 'application/json';
  return headers;
}

async function send(path: string, options: ApiRequestOptions): Promise<Response> {
  const body = options.form ?? (options.json !== undefined ? JSON.stringify(options.json) : undefined);
  try {
    return await fetch(path, {
      method: options.method ?? 'GET',
      headers: requestHeaders(options),
      body,
      credentials: 'same-origin',
      signal: options.signal,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    const message = cause instanceof Error ? cause.message : String(cause);
    throw new ApiError(message, 0);
  }
}

/**
 * Sends a request to the API with the session's cookie, failing with an ApiError that carries the API's message.
 * A refused CSRF token is asked again once (another tab may have signed in anew, which replaced the cookie).
 */
export async function sendRequest(path: string, options: ApiRequestOptions = {}): Promise<Response> {
  const signedIn = sessionStore.get() !== null;
  let response = await send(path, options);
  if (response.status === 403 && signedIn && (await isCsrfRefusal(response))) {
    await sessionStore.refresh();
    if (sessionStore.get()) response = await send(path, options);
  }
  if (response.ok) return response;
  if (response.status === 401 && signedIn && options.expireOn401 !== false) sessionStore.expire();
  throw await toApiError(response);
}

async function isCsrfRefusal(response: Response): Promise<boolean> {
  try {
    const body: unknown = await response.clone().json();
    return isRecord(body) && body.code === 'csrf_rejected';
  } catch {
    return false;
  }
}

/**
 * Calls the API and returns its JSON answer (undefined for 204). The caller states the response type;
 * the API's contract is defined by the shared `@cpc/domain` schemas, so it is not re-validated here.
 */
export async function apiRequest<T>(path: string, options: ApiRequestOptions = {}): Promise<T> {
  const response = await sendRequest(path, options);
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}
