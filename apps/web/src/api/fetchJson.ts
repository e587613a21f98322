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
  return new ApiError(detail ? `${message} (${detail})` : message, response.status, fieldErrors);
}

/**
 * GETs a JSON resource of the API. The caller states the response type; the API's
 * contract is defined by the shared `@cpc/domain` schemas, so it is not re-validated here.
 */
export async function fetchJson<T>(path: string, init?: { signal?: AbortSignal }): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, { headers: { Accept: 'application/json' }, signal: init?.signal });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    const message = cause instanceof Error ? cause.message : String(cause);
    throw new ApiError(message, 0);
  }
  if (!response.ok) throw await toApiError(response);
  return (await response.json()) as T;
}
