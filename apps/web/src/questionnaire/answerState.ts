import {
  INSTRUMENT_ITEMS,
  applicability,
  findItem,
  itemApplies,
  type AnswerValue,
  type Answers,
  type Comments,
  type InstrumentItem,
} from '@cpc/domain';

/**
 * Drops the answers and comments of items that no longer apply: the API refuses an answer to an item
 * that does not apply, and a comment the reader can no longer see should not be saved unseen.
 * Repeated until nothing changes, in case a dropped answer makes another item inapplicable.
 */
export function dropInapplicable(answers: Answers, comments: Comments): { answers: Answers; comments: Comments } {
  let nextAnswers = answers;
  let nextComments = comments;
  for (;;) {
    const dropped = INSTRUMENT_ITEMS.filter(
      (item) =>
        (item.code in nextAnswers || item.code in nextComments) &&
        applicability(item.applies, nextAnswers) === 'not_applicable',
    ).map((item) => item.code);
    if (dropped.length === 0) return { answers: nextAnswers, comments: nextComments };
    nextAnswers = omit(nextAnswers, dropped);
    nextComments = omit(nextComments, dropped);
  }
}

function omit<T>(record: Record<string, T>, codes: readonly string[]): Record<string, T> {
  const copy = { ...record };
  for (const code of codes) Reflect.deleteProperty(copy, code);
  return copy;
}

/** Sets (or, with undefined, clears) one answer, then drops what no longer applies. */
export function withAnswer(
  state: { answers: Answers; comments: Comments },
  code: string,
  value: AnswerValue | undefined,
): { answers: Answers; comments: Comments } {
  const answers = value === undefined ? omit(state.answers, [code]) : { ...state.answers, [code]: value };
  return dropInapplicable(answers, state.comments);
}

/** Sets one comment; an empty comment is no comment. */
export function withComment(comments: Comments, code: string, text: string): Comments {
  return text === '' ? omit(comments, [code]) : { ...comments, [code]: text };
}

/**
 * Whether "nothing selected" is a valid answer to a multiple-choice item, offered as its own box. Items
 * with an exclusive option (A.1's "No arrangement") say "none" with that option instead.
 */
export function acceptsEmptySelection(item: InstrumentItem): boolean {
  return item.type === 'multi' && !item.options.some((o) => o.exclusive);
}

/**
 * The answer after ticking or unticking one box of a multiple-choice item. An exclusive option clears
 * the others and is cleared by them. Unticking the last box leaves the item unanswered: "none of these"
 * is said with its own box (see acceptsEmptySelection), never by accident.
 */
export function toggleOption(
  item: InstrumentItem,
  current: readonly string[] | undefined,
  optionCode: string,
  checked: boolean,
): string[] | undefined {
  const exclusive = new Set(item.options.filter((o) => o.exclusive).map((o) => o.code));
  let next: string[];
  if (!checked) next = (current ?? []).filter((c) => c !== optionCode);
  else if (exclusive.has(optionCode)) next = [optionCode];
  else next = [...(current ?? []).filter((c) => !exclusive.has(c) && c !== optionCode), optionCode];
  // Kept in the instrument's order, so the saved answer does not depend on the order of the clicks.
  next = item.options.map((o) => o.code).filter((c) => next.includes(c));
  return next.length === 0 ? undefined : next;
}

/**
 * Counts the questions that need an answer, and those answered (text items are optional). A question counts unless
 * it does not apply: one that depends on a question not answered yet counts too, as on submission
 * (`findMissingItems`), so that this total and the list of questions to complete count the same questions.
 */
export function progressOf(answers: Answers): { answered: number; total: number } {
  const required = INSTRUMENT_ITEMS.filter(
    (item) => item.type !== 'text' && applicability(item.applies, answers) !== 'not_applicable',
  );
  return { answered: required.filter((item) => answers[item.code] !== undefined).length, total: required.length };
}

/** The visible item to send the reader to for `code`: itself, or the question it depends on while hidden. */
export function jumpTargetOf(code: string, answers: Answers): string {
  const item = findItem(code);
  if (!item || itemApplies(item, answers) || item.applies.kind === 'always') return code;
  return jumpTargetOf(item.applies.item, answers);
}
