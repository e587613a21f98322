import type { ImportError } from '@cpc/domain';
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

export interface SubmissionProblems {
  missing: string[];
  invalid: { code: string; message: string }[];
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
          ? [{ code: v.code, message: v.message }]
          : [];
      })
    : [];
  return { missing, invalid };
}

/** A 422 on import: one entry per problem, by row and column of the file. */
export function importErrorsOf(error: unknown): ImportError[] | null {
  const body = bodyOf(error, 422);
  if (!body || !Array.isArray(body.errors)) return null;
  return body.errors.flatMap((e: unknown) => {
    const v = e as Record<string, unknown> | null;
    return v && typeof v.row === 'number' && typeof v.column === 'string' && typeof v.message === 'string'
      ? [{ row: v.row, column: v.column, message: v.message }]
      : [];
  });
}
