import { TRANSLATIONS } from './translations/index.js';

/**
 * The locales the product speaks, in the order they are offered: code, own name, writing direction, and the
 * Intl locale that formats its numbers and dates. Adding a language means a row here, its dictionaries and
 * its translations (packages/domain/src/translations, reference/country-names, the web app's i18n).
 * Arabic keeps Western digits (`nu-latn`), as the Arabic statistics of UN ESCWA and of the Maghreb statistical
 * offices print them, so that figures, years and item codes read the same in every language (docs/i18n.md).
 */
const LOCALE_TABLE = [
  { code: 'en', name: 'English', dir: 'ltr', intl: 'en-GB' },
  { code: 'fr', name: 'Français', dir: 'ltr', intl: 'fr-FR' },
  { code: 'es', name: 'Español', dir: 'ltr', intl: 'es-ES' },
  { code: 'ar', name: 'العربية', dir: 'rtl', intl: 'ar-u-nu-latn' },
] as const;

export type Locale = (typeof LOCALE_TABLE)[number]['code'];
export const LOCALES = LOCALE_TABLE.map((row) => row.code) as readonly Locale[] as readonly [Locale, ...Locale[]];

/** The handbook's own language: every translation is made from it. */
export const SOURCE_LOCALE = 'fr' satisfies Locale;

const rowOf = (locale: Locale) => LOCALE_TABLE.find((row) => row.code === locale) ?? LOCALE_TABLE[0];

/** The locale's name in its own language, as a language menu shows it. */
export const localeName = (locale: Locale): string => rowOf(locale).name;

export function textDirection(locale: Locale): 'ltr' | 'rtl' {
  return rowOf(locale).dir;
}

/** The Intl locale that formats the locale's numbers and dates. */
export const intlLocale = (locale: Locale): string => rowOf(locale).intl;

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** The page language: any locale. */
export type Lang = Locale;

/**
 * A text by locale. French and English are always there (an empty string is a cell the handbook leaves blank);
 * the other locales are in the text itself (names stored by locale) or in the translations, keyed by the French.
 */
export type Localized = { en: string; fr: string } & Partial<Record<Locale, string>>;

/** The text in a locale: its own, else its translation from the French, else the English; blank stays blank. */
export function localize(text: Localized, locale: Locale): string {
  const own = text[locale];
  if (own !== undefined) return own;
  if (text.fr === '') return '';
  return TRANSLATIONS[locale]?.[text.fr] ?? text.en;
}

/** The text in every locale, for answers that carry all of them. */
export function inEveryLocale(text: Localized): Localized {
  return Object.fromEntries(LOCALES.map((locale) => [locale, localize(text, locale)])) as Localized;
}
