import type { Answers, Comments } from './answers.js';
import { findMissingItems, validateAnswers, validateComments, type AnswerIssue } from './validation.js';

/** What stands between an answer set and a submission: unanswered applicable items, invalid answers or comments. */
export interface SubmissionCheck {
  missing: string[];
  invalidAnswers: AnswerIssue[];
  invalidComments: AnswerIssue[];
}

/** The check a submission, and every imported row, must pass: valid answers and comments, nothing missing. */
export function checkSubmission(answers: Answers, comments: Comments): SubmissionCheck {
  return {
    missing: findMissingItems(answers),
    invalidAnswers: validateAnswers(answers),
    invalidComments: validateComments(comments),
  };
}

export function isSubmittable(check: SubmissionCheck): boolean {
  return check.missing.length === 0 && check.invalidAnswers.length === 0 && check.invalidComments.length === 0;
}
