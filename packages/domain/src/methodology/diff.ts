import type { AnswerValue, Answers, Comments } from './answers.js';

export interface AnswerChange {
  code: string;
  kind: 'answer' | 'comment';
  old: AnswerValue | null;
  new: AnswerValue | null;
}

function same(a: AnswerValue | undefined, b: AnswerValue | undefined): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function diffRecord(
  kind: AnswerChange['kind'],
  before: Record<string, AnswerValue>,
  after: Record<string, AnswerValue>,
): AnswerChange[] {
  const codes = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  return codes
    .filter((code) => !same(before[code], after[code]))
    .map((code) => ({ code, kind, old: before[code] ?? null, new: after[code] ?? null }));
}

/** What changed between two revisions of an answer set, item by item (old → new; null when absent). */
export function diffAnswerSets(
  before: { answers: Answers; comments: Comments },
  after: { answers: Answers; comments: Comments },
): AnswerChange[] {
  return [
    ...diffRecord('answer', before.answers, after.answers),
    ...diffRecord('comment', before.comments, after.comments),
  ];
}
