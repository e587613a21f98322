import type { Answers, AssessmentResponse, Comments } from '@cpc/domain';
import { dropInapplicable } from './answerState';

export interface Draft {
  answers: Answers;
  comments: Comments;
}

/** The editable part of an assessment: its answers and comments, less those of items that no longer apply. */
export function draftOf(assessment: Pick<AssessmentResponse, 'answers' | 'comments'>): Draft {
  return dropInapplicable(assessment.answers, assessment.comments);
}

function stable(record: Record<string, unknown>): string {
  return JSON.stringify(
    Object.keys(record)
      .sort()
      .map((key) => [key, record[key]]),
  );
}

/** Whether two drafts hold the same answers and comments, whatever the order of their keys. */
export function sameDraft(a: Draft, b: Draft): boolean {
  return stable(a.answers) === stable(b.answers) && stable(a.comments) === stable(b.comments);
}
