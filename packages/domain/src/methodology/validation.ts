import { COMMENT_MAX_LENGTH, INSTRUMENT_ITEMS, TEXT_MAX_LENGTH, findItem } from '../instrument/items.js';
import type { InstrumentItem } from '../instrument/types.js';
import type { AnswerIssueCode, ErrorParams } from '../errors/codes.js';
import type { Answers } from './answers.js';
import { applicability } from './applicability.js';

export interface AnswerIssue {
  /** The item's code. */
  code: string;
  /** In English, starting with the item's code. */
  message: string;
  /** What is wrong, for a client to say in its own language; `params` holds what its text needs. */
  reason: AnswerIssueCode;
  params: ErrorParams;
}

/** A problem with an answer: its reason, its params and its English text (without the item's code). */
interface Problem {
  reason: AnswerIssueCode;
  params: ErrorParams;
  text: string;
}

function problem(reason: AnswerIssueCode, text: string, params: ErrorParams = {}): Problem {
  return { reason, params, text };
}

function issueOf(code: string, p: Problem): AnswerIssue {
  return { code, message: `${code}: ${p.text}`, reason: p.reason, params: p.params };
}

/** Checks the shape of each answer, whatever the completeness: what a draft must already satisfy. */
export function validateAnswers(answers: Record<string, unknown>): AnswerIssue[] {
  const issues: AnswerIssue[] = [];
  for (const [code, value] of Object.entries(answers)) {
    const item = findItem(code);
    const found = item ? checkValue(item, value) : problem('unknown_item', 'unknown item code');
    if (found) issues.push(issueOf(code, found));
  }
  if (issues.length > 0) return issues;
  return checkApplicability(answers as Answers);
}

export function validateComments(comments: Record<string, unknown>): AnswerIssue[] {
  const issues: AnswerIssue[] = [];
  for (const [code, value] of Object.entries(comments)) {
    let found: Problem | null = null;
    if (!findItem(code)) found = problem('unknown_item', 'unknown item code');
    else if (typeof value !== 'string') found = problem('expected_text', 'a comment must be a string');
    else if (value.length > COMMENT_MAX_LENGTH)
      found = problem('text_too_long', `a comment is at most ${COMMENT_MAX_LENGTH} characters`, {
        maximum: COMMENT_MAX_LENGTH,
      });
    if (found) issues.push(issueOf(code, found));
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
    .map((item) => issueOf(item.code, ruleProblem(item)));
}

/** Why an answered item does not apply: the rule it depends on. */
function ruleProblem(item: InstrumentItem): Problem {
  const rule = item.applies;
  switch (rule.kind) {
    case 'always':
      // Never not applicable; named for completeness.
      return problem('applies_only_if', 'does not apply (always applies)', { item: '', value: '' });
    case 'equals':
      return problem('applies_only_if', `does not apply (only when ${rule.item} is ${rule.value})`, {
        item: rule.item,
        value: rule.value,
      });
    case 'not_equals':
      return problem('applies_only_if_not', `does not apply (only when ${rule.item} is not ${rule.value})`, {
        item: rule.item,
        value: rule.value,
      });
    case 'fewer_selected_than':
      return problem(
        'applies_only_if_fewer',
        `does not apply (only when ${rule.item} has fewer than ${rule.count} selected)`,
        { item: rule.item, count: rule.count },
      );
  }
}

function checkValue(item: InstrumentItem, value: unknown): Problem | null {
  switch (item.type) {
    case 'tri':
    case 'choice':
    case 'yesno':
      return checkSingle(item, value);
    case 'multi':
      return checkMulti(item, value);
    case 'text':
      if (typeof value !== 'string') return problem('expected_text', 'expected a text');
      return value.length > TEXT_MAX_LENGTH
        ? problem('text_too_long', `text is at most ${TEXT_MAX_LENGTH} characters`, { maximum: TEXT_MAX_LENGTH })
        : null;
    case 'level':
      return Number.isInteger(value) && (value as number) >= 1 && (value as number) <= 5
        ? null
        : problem('expected_level', 'expected an integer level from 1 to 5', { minimum: 1, maximum: 5 });
  }
}

function optionCodes(item: InstrumentItem): string[] {
  return item.options.map((o) => o.code);
}

function checkSingle(item: InstrumentItem, value: unknown): Problem | null {
  const options = optionCodes(item);
  if (typeof value !== 'string')
    return problem('expected_option', `expected one option code (${options.join(', ')})`, { options });
  if (!options.includes(value))
    return problem('unknown_option', `unknown option "${value}" (expected ${options.join(', ')})`, { value, options });
  return null;
}

function checkMulti(item: InstrumentItem, value: unknown): Problem | null {
  const options = optionCodes(item);
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) {
    return problem('expected_options', `expected a list of option codes (${options.join(', ')})`, { options });
  }
  const codes = value as string[];
  const unknown = codes.find((c) => !options.includes(c));
  if (unknown !== undefined)
    return problem('unknown_option', `unknown option "${unknown}" (expected ${options.join(', ')})`, {
      value: unknown,
      options,
    });
  const duplicate = codes.find((c, i) => codes.indexOf(c) !== i);
  if (duplicate !== undefined)
    return problem('duplicate_option', `option "${duplicate}" is selected twice`, { value: duplicate });
  const exclusive = item.options.find((o) => o.exclusive && codes.includes(o.code));
  if (exclusive && codes.length > 1)
    return problem('exclusive_option', `"${exclusive.code}" cannot be combined with another option`, {
      value: exclusive.code,
    });
  const none = item.options.find((o) => o.exclusive);
  if (codes.length === 0 && none)
    return problem('select_one', `select at least one option ("${none.code}" when there is none)`, {
      none: none.code,
    });
  return null;
}
