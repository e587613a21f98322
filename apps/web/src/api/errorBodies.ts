import { ApiError } from './ApiError';

/** The shapes of the few error answers the UI reads beyond their message. */

function bodyOf(error: unknown, status: number): Record<string, unknown> | null {
  if (!(error instanceof ApiError) || error.status !== status) return null;
  return typeof error.body === 'object' && error.body !== null ? (error.body as Record<string, unknown>) : null;
}

/** A 409 on save because someone else saved first: the version they saved. Null for any other error. */
export function versionConflictOf(error: unknown): { currentVersion: number } | null {
  const body = bodyOf(error, 409);
  return body && typeof body.currentVersion === 'number' ? { currentVersion: body.currentVersion } : null;
}

/** A refused answer: its item's code, the API's English message, and the reason and params to translate it. */
export interface RefusedAnswer {
  code: string;
  message: string;
  reason?: string;
  params?: unknown;
}

export interface SubmissionProblems {
  missing: string[];
  invalid: RefusedAnswer[];
}

/** A 422 on submit: the items still unanswered and the answers the API refused. */
export function submissionProblemsOf(error: unknown): SubmissionProblems | null {
  const body = bodyOf(error, 422);
  if (!body) return null;
  const missing = Array.isArray(body.missing) ? body.missing.filter((c): c is string => typeof c === 'string') : [];
  const invalid = Array.isArray(body.invalid)
    ? body.invalid.flatMap((i: unknown) => {
        const v = i as Record<string, unknown> | null;
        return v && typeof v.code === 'string' && typeof v.message === 'string'
          ? [
              {
                code: v.code,
                message: v.message,
                reason: typeof v.reason === 'string' ? v.reason : undefined,
                params: v.params,
              },
            ]
          : [];
      })
    : [];
  return { missing, invalid };
}

/**
 * A problem of an import file, where it is, the API's English message, and the code and params to translate it
 * (unknown: a newer API may send a code this app does not know, and its message is shown instead).
 */
export interface ImportRowError {
  row: number;
  column: string;
  message: string;
  code?: unknown;
  params?: unknown;
}

/** A 422 on import: one entry per problem, by row and column of the file. */
export function importErrorsOf(error: unknown): ImportRowError[] | null {
  const body = bodyOf(error, 422);
  if (!body || !Array.isArray(body.errors)) return null;
  return body.errors.flatMap((e: unknown) => {
    const v = e as Record<string, unknown> | null;
    return v && typeof v.row === 'number' && typeof v.column === 'string' && typeof v.message === 'string'
      ? [{ row: v.row, column: v.column, message: v.message, code: v.code, params: v.params }]
      : [];
  });
}

/**
 * A 400 on a form: the API's message for each field it names, by path ("name", "seizures.0.quantity").
 * Empty for any other error.
 */
export function fieldErrorsOf(error: unknown): ReadonlyMap<string, string> {
  const messages = new Map<string, string>();
  if (!(error instanceof ApiError) || error.status !== 400) return messages;
  for (const { field, message } of error.fieldErrors) {
    const before = messages.get(field);
    messages.set(field, before ? `${before}; ${message}` : message);
  }
  return messages;
}

/** A 409: what is created already exists (e.g. a country's result for an operation). */
export function isConflict(error: unknown): boolean {
  return error instanceof ApiError && error.status === 409;
}

/**
 * A 409 whose message starts with the field it is about ("code: an operation with code X already exists"),
 * as that field's error; empty for any other error.
 */
export function conflictFieldErrorsOf(error: unknown): ReadonlyMap<string, string> {
  if (!isConflict(error) || !(error instanceof Error)) return new Map();
  const field = /^([A-Za-z][A-Za-z0-9_.]*): /.exec(error.message)?.[1];
  return field ? new Map([[field, error.message]]) : new Map();
}
