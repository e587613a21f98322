import { z } from 'zod';
import { LOCALES, type Localized } from '../i18n.js';

/** The locales a text may carry beyond English and French, which it always has. */
const OTHER_LOCALES = LOCALES.filter((locale) => locale !== 'en' && locale !== 'fr');

/** A text by locale whose every text is `text`: en and fr required, the other locales optional. */
export function localizedOf(text: z.ZodString): z.ZodType<Localized> {
  // en and fr first, as the answers write them, so that an empty file's columns come in the order of a full one.
  return z.object({
    en: text,
    fr: text,
    ...Object.fromEntries(OTHER_LOCALES.map((locale) => [locale, text.optional()])),
  });
}

export const LocalizedSchema = localizedOf(z.string()).describe(
  `A text by locale: always en and fr, and ${OTHER_LOCALES.join(', ')} where translated; an empty string is a blank cell of the handbook`,
);

export const MIN_YEAR = 1990;
export const MAX_YEAR = 2100;

/**
 * How OpenAPI shows a query-string number: a query string is text, but these parameters accept digits only
 * and are read as integers, which is what a client should send.
 */
export const INTEGER_YEAR = { type: 'integer', minimum: MIN_YEAR, maximum: MAX_YEAR } as const;

/** A year given as a query-string parameter: digits only, within [1990, 2100]. */
export function yearParam(name: string) {
  return z
    .string({ error: `${name} is required` })
    .regex(/^\d+$/, { error: `${name} must be an integer year` })
    .transform(Number)
    .refine((y) => y >= MIN_YEAR && y <= MAX_YEAR, {
      error: `${name} must be between ${MIN_YEAR} and ${MAX_YEAR}`,
    })
    .meta(INTEGER_YEAR);
}

/** A page's size given as a query-string parameter: digits only, 1 to `max`. */
export function limitParam(max: number) {
  return z
    .string()
    .regex(/^\d+$/, { error: 'limit must be a whole number' })
    .transform(Number)
    .refine((n) => n >= 1 && n <= max, { error: `limit must be between 1 and ${max}` })
    .meta({ type: 'integer', minimum: 1, maximum: max });
}

/**
 * A page offset given as a query-string parameter: digits only, 0 by default, at most 2^53 − 1. A larger
 * number is no longer exact in JavaScript, and past 2^63 − 1 PostgreSQL's OFFSET refuses it.
 */
export function offsetParam() {
  return z
    .string()
    .regex(/^\d+$/, { error: 'offset must be a whole number' })
    .transform(Number)
    .refine((n) => n <= Number.MAX_SAFE_INTEGER, { error: `offset must be at most ${Number.MAX_SAFE_INTEGER}` })
    .meta({ type: 'integer', minimum: 0 })
    .default(0);
}

export const Iso3Schema = z.string().regex(/^[A-Z]{3}$/, { error: 'must be an ISO 3166-1 alpha-3 code' });

/**
 * One write to a record kept with its history (an instrument, an action): who, when, which kind of write, and
 * the record before and after it (null before a creation, after a deletion).
 */
export function recordRevisionSchema<Action extends readonly [string, ...string[]], Record extends z.ZodType>(
  actions: Action,
  record: Record,
) {
  return z.object({
    revision: z.number().int().describe('The version the write made (the last version, for a deletion)'),
    at: z.string(),
    by: z.object({ id: z.string().nullable(), email: z.string() }),
    action: z.enum(actions),
    before: record.nullable(),
    after: record.nullable(),
  });
}
