import type { MessageKey } from '../i18n/en';

/** Messages by field path, as the API names fields in a 400 ("name", "seizures.0.quantity"). */
export type FieldErrors = ReadonlyMap<string, string>;

/** What the form itself finds missing before sending, by the same paths: a dictionary key each. */
export type Problems = ReadonlyMap<string, MessageKey>;

export type Checked<T> = { ok: true; value: T } | { ok: false; problems: Problems };

const isUnder = (path: string, field: string) => path === field || path.startsWith(`${field}.`);

/** The message(s) for `field` and anything inside it ("activities" shows "activities.2" too). */
export function errorAt(errors: FieldErrors, field: string): string | undefined {
  const found = [...errors].filter(([path]) => isUnder(path, field)).map(([, message]) => message);
  return found.length > 0 ? found.join('; ') : undefined;
}

/** The messages no field of the form shows, so they are listed above it instead of being lost. */
export function unplacedErrors(errors: FieldErrors, fields: readonly string[]): string[] {
  return [...errors].filter(([path]) => !fields.some((f) => isUnder(path, f))).map(([, message]) => message);
}

/** Parses a number as typed; a decimal comma is accepted. Null when blank or not a number. */
export function parseNumber(text: string): number | null {
  const trimmed = text.trim().replace(',', '.');
  if (trimmed === '') return null;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : null;
}

export interface FormErrors {
  /** Every message by path: the form's own checks and the API's 400. */
  errors: FieldErrors;
  errorOf: (field: string) => string | undefined;
  /** The messages no field shows, for the list above the form. */
  unplaced: string[];
}

/** The form's own problems (as dictionary keys, translated) with the API's, placed at `fields` where they can be. */
export function formErrors(
  problems: Problems,
  serverErrors: FieldErrors,
  fields: readonly string[],
  translate: (key: MessageKey) => string,
): FormErrors {
  const errors = new Map([...serverErrors, ...[...problems].map(([field, key]) => [field, translate(key)] as const)]);
  return { errors, errorOf: (field) => errorAt(errors, field), unplaced: unplacedErrors(errors, fields) };
}
