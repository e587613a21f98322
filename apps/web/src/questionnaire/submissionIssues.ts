import { applicability, findItem, findMissingItems, validateAnswers, type Answers } from '@cpc/domain';
import type { SubmissionProblems } from '../api/errorBodies';

/** What keeps an assessment from being submitted, item by item. */
export interface SubmissionIssue {
  code: string;
  kind: 'missing' | 'invalid';
  /** For invalid answers: the rule's own message (English), and its reason and params to say it in any language. */
  message?: string;
  reason?: string;
  params?: unknown;
  /** Found by the API on submission: it stands until the next attempt, whatever the form now shows. */
  fromServer?: boolean;
}

/**
 * Checks an answer set with the same domain rules the API applies on submission, so the reader hears
 * about every problem at once and before anything is sent.
 */
export function findSubmissionIssues(answers: Answers): SubmissionIssue[] {
  const invalid: SubmissionIssue[] = validateAnswers(answers).map((issue) => ({
    code: issue.code,
    kind: 'invalid',
    message: issue.message,
    reason: issue.reason,
    params: issue.params,
  }));
  const missing: SubmissionIssue[] = findMissingItems(answers).map((code) => ({ code, kind: 'missing' }));
  return [...missing, ...invalid];
}

/** The API's 422 answer in the same shape. */
export function issuesFromServer(problems: SubmissionProblems): SubmissionIssue[] {
  return [
    ...problems.missing.map((code): SubmissionIssue => ({ code, kind: 'missing', fromServer: true })),
    ...problems.invalid.map((i): SubmissionIssue => ({
      code: i.code,
      kind: 'invalid',
      message: i.message,
      reason: i.reason,
      params: i.params,
      fromServer: true,
    })),
  ];
}

/**
 * Whether a problem found at the last check still stands: a missing answer stops being one as soon as
 * it is given (or its item stops applying); a refused answer, and anything the API reported, stands
 * until the next check.
 */
export function isStillOpen(issue: SubmissionIssue, answers: Answers): boolean {
  if (issue.kind === 'invalid' || issue.fromServer) return true;
  if (answers[issue.code] !== undefined) return false;
  const item = findItem(issue.code);
  return !item || applicability(item.applies, answers) !== 'not_applicable';
}
