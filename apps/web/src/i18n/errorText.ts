import { ASSESSMENT_STATUSES, ROLES, findItem, isErrorCode, isFieldErrorCode, type ErrorParams } from '@cpc/domain';
import { ApiError } from '../api/ApiError';
import { errorDictionaries } from './dictionaries';
import type { MessageKey } from './en';
import type { ErrorMessages } from './errors.en';
import type { I18n } from './I18nContext';
import { ROLE_LABELS, STATUS_LABELS } from './labels';
import { interpolate } from './translate';

/** What the translation of an error needs of the page's I18n (useI18n()); `localize` names answer options. */
export type ErrorI18n = Pick<I18n, 'lang' | 't'> & Partial<Pick<I18n, 'localize'>>;

/** The app's label of a request field, by the API's name for it (or its first segment: `countries.3`). */
export type FieldLabels = Readonly<Partial<Record<string, MessageKey>>>;

/** One entry of a 400's `errors`, as the API sends it. */
export interface CodedFieldError {
  field: string;
  message: string;
  code?: unknown;
  params?: unknown;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** The params of a code, keeping only what a text can show (strings, numbers, lists of strings). */
function paramsOf(value: unknown): ErrorParams {
  if (!isRecord(value)) return {};
  const params: ErrorParams = {};
  for (const [name, v] of Object.entries(value)) {
    if (typeof v === 'string' || typeof v === 'number') params[name] = v;
    else if (Array.isArray(v)) params[name] = v.map(String);
  }
  return params;
}

function isOneOf<T extends string>(values: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (values as readonly string[]).includes(value);
}

/** A param as the page says it: a status or a role by its label, a list joined the language's way. */
function paramText(name: string, value: ErrorParams[string], i18n: ErrorI18n, dict: ErrorMessages): string {
  if (Array.isArray(value)) {
    const items = name === 'roles' ? value.map((r) => (isOneOf(ROLES, r) ? i18n.t(ROLE_LABELS[r]) : r)) : value;
    return items.join(dict.listSeparator);
  }
  if (name === 'status' && isOneOf(ASSESSMENT_STATUSES, value)) return i18n.t(STATUS_LABELS[value]);
  return String(value);
}

function render(template: string, params: ErrorParams, i18n: ErrorI18n, dict: ErrorMessages): string {
  const texts = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, paramText(k, v, i18n, dict)]));
  return interpolate(template, texts);
}

function fieldTemplate(code: string, origin: unknown, dict: ErrorMessages): string | null {
  if (!isFieldErrorCode(code) || code === 'invalid') return null;
  if (code === 'too_small' && origin === 'string') return dict.bounds.tooSmallString;
  if (code === 'too_big' && origin === 'string') return dict.bounds.tooBigString;
  if (code === 'too_small' && (origin === 'array' || origin === 'set')) return dict.bounds.tooSmallArray;
  if (code === 'too_big' && (origin === 'array' || origin === 'set')) return dict.bounds.tooBigArray;
  return dict.fields[code];
}

/**
 * What is wrong with a field, in the page's language, without the field's name; null for a code this app
 * cannot say (unknown, or `invalid`: only the API's message says what), so that the caller shows the message.
 */
export function problemText(code: unknown, params: unknown, i18n: ErrorI18n): string | null {
  const dict = errorDictionaries[i18n.lang];
  const values = paramsOf(params);
  const template = typeof code === 'string' ? fieldTemplate(code, values.origin, dict) : null;
  return template === null ? null : render(template, values, i18n, dict);
}

function labelOf(field: string, i18n: ErrorI18n, labels: FieldLabels): string {
  const key = labels[field] ?? labels[field.split('.')[0] ?? field];
  return key ? i18n.t(key) : field;
}

/** One field's error: its label (or the API's name for it) and the problem, or the API's message. */
export function fieldErrorText(error: CodedFieldError, i18n: ErrorI18n, labels: FieldLabels = {}): string {
  const problem = problemText(error.code, error.params, i18n);
  if (problem === null) return error.message;
  return interpolate(errorDictionaries[i18n.lang].fieldProblem, { field: labelOf(error.field, i18n, labels), problem });
}

/** The `errors` of a 400 that this app can say itself (at least one has a code it knows); else none. */
function codedFieldErrors(body: Record<string, unknown>, i18n: ErrorI18n): CodedFieldError[] {
  if (!Array.isArray(body.errors)) return [];
  const errors = body.errors.filter(
    (e: unknown): e is CodedFieldError => isRecord(e) && typeof e.field === 'string' && typeof e.message === 'string',
  );
  return errors.some((e) => problemText(e.code, e.params, i18n) !== null) ? errors : [];
}

/**
 * An error as the page says it: the API's code (and its params) in the page's language, each field of a 400 by
 * its label where `labels` names it; the API's own message only for an error without a code this app knows.
 */
export function errorText(error: Error, i18n: ErrorI18n, labels: FieldLabels = {}): string {
  if (!(error instanceof ApiError)) return error.message;
  if (error.status === 0) return i18n.t('errorNetwork');
  const body = isRecord(error.body) ? error.body : {};
  const fields = codedFieldErrors(body, i18n);
  if (fields.length > 0) return fields.map((e) => fieldErrorText(e, i18n, labels)).join('; ');
  // Fields this app cannot say are better told by the API's message than by a generic sentence.
  const unsaidFields = Array.isArray(body.errors) && body.errors.length > 0;
  if (isErrorCode(body.code) && !unsaidFields)
    return render(
      errorDictionaries[i18n.lang].codes[body.code],
      paramsOf(body.params),
      i18n,
      errorDictionaries[i18n.lang],
    );
  return error.message;
}

/** A 400's errors by field path, each said in the page's language (as errorBodies' fieldErrorsOf, translated). */
export function fieldErrorTextsOf(
  error: unknown,
  i18n: ErrorI18n,
  labels: FieldLabels = {},
): ReadonlyMap<string, string> {
  const texts = new Map<string, string>();
  if (!(error instanceof ApiError) || error.status !== 400 || !isRecord(error.body)) return texts;
  const errors = Array.isArray(error.body.errors) ? (error.body.errors as unknown[]) : [];
  for (const e of errors) {
    if (!isRecord(e) || typeof e.field !== 'string' || typeof e.message !== 'string') continue;
    const text = fieldErrorText({ field: e.field, message: e.message, code: e.code, params: e.params }, i18n, labels);
    const before = texts.get(e.field);
    texts.set(e.field, before ? `${before}; ${text}` : text);
  }
  return texts;
}

/** A refused answer (validateAnswers, or the API's 422), without its item's code; options by their labels. */
export interface AnswerIssueLike {
  /** The item's code. */
  code: string;
  message?: string;
  reason?: unknown;
  params?: unknown;
}

/** The option codes of a refused answer's params, named as the questionnaire names them. */
function withOptionLabels(itemCode: string, params: unknown, i18n: ErrorI18n): ErrorParams {
  const values = paramsOf(params);
  // A rule's value is an option of the item it depends on; the other params are this item's options.
  const item = findItem(typeof values.item === 'string' ? values.item : itemCode);
  const { localize } = i18n;
  if (!item || !localize) return values;
  const label = (code: string) => {
    const option = item.options.find((o) => o.code === code);
    return option ? localize(option.label) : code;
  };
  const named: ErrorParams = { ...values };
  if (typeof values.value === 'string') named.value = label(values.value);
  if (typeof values.none === 'string') named.none = label(values.none);
  if (Array.isArray(values.options)) named.options = values.options.map(label);
  return named;
}

/** What is wrong with an answer, in the page's language; the rule's English message for an unknown reason. */
export function answerIssueText(issue: AnswerIssueLike, i18n: ErrorI18n): string {
  return problemText(issue.reason, withOptionLabels(issue.code, issue.params, i18n), i18n) ?? issue.message ?? '';
}
