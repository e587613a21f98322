import { COMMENT_MAX_LENGTH, INSTRUMENT_ITEMS, TEXT_MAX_LENGTH, findItem } from '../instrument/items.js';
import type { InstrumentItem } from '../instrument/types.js';
import type { Answers } from './answers.js';
import { applicability } from './applicability.js';

export interface AnswerIssue {
  code: string;
  message: string;
}

/** Checks the shape of each answer, whatever the completeness: what a draft must already satisfy. */
export function validateAnswers(answers: Record<string, unknown>): AnswerIssue[] {
  const issues: AnswerIssue[] = [];
  for (const [code, value] of Object.entries(answers)) {
    const item = findItem(code);
    const message = item ? checkValue(item, value) : 'unknown item code';
    if (message) issues.push({ code, message: `${code}: ${message}` });
  }
  if (issues.length > 0) return issues;
  return checkApplicability(answers as Answers);
}

export function validateComments(comments: Record<string, unknown>): AnswerIssue[] {
  const issues: AnswerIssue[] = [];
  for (const [code, value] of Object.entries(comments)) {
    let message: string | null = null;
    if (!findItem(code)) message = 'unknown item code';
    else if (typeof value !== 'string') message = 'a comment must be a string';
    else if (value.length > COMMENT_MAX_LENGTH) message = `a comment is at most ${COMMENT_MAX_LENGTH} characters`;
    if (message) issues.push({ code, message: `${code}: ${message}` });
  }
  return issues;
}

/** Applicable non-text items left unanswered: what blocks a submission. */
export function findMissingItems(answers: Answers): string[] {
  return INSTRUMENT_ITEMS.filter(
    (item) =>
      item.type !== 'text' &&
      answers[item.code] === undefined &&
      applicability(item.applies, answers) !== 'not_applicable',
  ).map((item) => item.code);
}

function checkApplicability(answers: Answers): AnswerIssue[] {
  return INSTRUMENT_ITEMS.filter((item) => item.code in answers)
    .filter((item) => applicability(item.applies, answers) === 'not_applicable')
    .map((item) => ({ code: item.code, message: `${item.code}: does not apply (${describeRule(item)})` }));
}

function describeRule(item: InstrumentItem): string {
  const rule = item.applies;
  switch (rule.kind) {
    case 'always':
      return 'always applies';
    case 'equals':
      return `only when ${rule.item} is ${rule.value}`;
    case 'not_equals':
      return `only when ${rule.item} is not ${rule.value}`;
    case 'fewer_selected_than':
      return `only when ${rule.item} has fewer than ${rule.count} selected`;
  }
}

function checkValue(item: InstrumentItem, value: unknown): string | null {
  switch (item.type) {
    case 'tri':
    case 'choice':
    case 'yesno':
      return checkSingle(item, value);
    case 'multi':
      return checkMulti(item, value);
    case 'text':
      if (typeof value !== 'string') return 'expected a text';
      return value.length > TEXT_MAX_LENGTH ? `text is at most ${TEXT_MAX_LENGTH} characters` : null;
    case 'level':
      return Number.isInteger(value) && (value as number) >= 1 && (value as number) <= 5
        ? null
        : 'expected an integer level from 1 to 5';
  }
}

function optionList(item: InstrumentItem): string {
  return item.options.map((o) => o.code).join(', ');
}

function checkSingle(item: InstrumentItem, value: unknown): string | null {
  if (typeof value !== 'string') return `expected one option code (${optionList(item)})`;
  if (!item.options.some((o) => o.code === value)) return `unknown option "${value}" (expected ${optionList(item)})`;
  return null;
}

function checkMulti(item: InstrumentItem, value: unknown): string | null {
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) {
    return `expected a list of option codes (${optionList(item)})`;
  }
  const codes = value as string[];
  const unknown = codes.find((c) => !item.options.some((o) => o.code === c));
  if (unknown !== undefined) return `unknown option "${unknown}" (expected ${optionList(item)})`;
  const duplicate = codes.find((c, i) => codes.indexOf(c) !== i);
  if (duplicate !== undefined) return `option "${duplicate}" is selected twice`;
  const exclusive = item.options.find((o) => o.exclusive && codes.includes(o.code));
  if (exclusive && codes.length > 1) return `"${exclusive.code}" cannot be combined with another option`;
  const none = item.options.find((o) => o.exclusive);
  if (codes.length === 0 && none) return `select at least one option ("${none.code}" when there is none)`;
  return null;
}
