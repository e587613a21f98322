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
   * Whether a 401 ends the session (the token was refused). Off for sign-in and sign-out, whose 401
   * says nothing about a session that is still valid.
   */
  expireOn401?: boolean;
}

/** Sends a request to the API with the session's token, failing with an ApiError that carries the API's message. */
export async function sendRequest(path: string, options: ApiRequestOptions = {}): Promise<Response> {
  const token = sessionStore.token();
  const headers: Record<string, string> = { Accept: options.accept ?? 'application/json' };
  if (token) headers.Authorization = `Bearer ${token}`;
  let body: BodyInit | undefined;
  if (options.form) body = options.form;
  else if (options.json !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(options.json);
  }
  let response: Response;
  try {
    response = await fetch(path, { method: options.method ?? 'GET', headers, body, signal: options.signal });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    const message = cause instanceof Error ? cause.message : String(cause);
    throw new ApiError(message, 0);
  }
  if (response.ok) return response;
  if (response.status === 401 && token && options.expireOn401 !== false) sessionStore.expire();
  throw await toApiError(response);
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
