import { TRANSLATIONS } from './translations/index.js';

/**
 * The locales the product speaks, in the order they are offered. Adding one means its dictionaries, its
 * translations (packages/domain/src/translations, reference/country-names, the web app's i18n) and this list.
 */
export const LOCALES = ['en', 'fr', 'es', 'ar'] as const;
export type Locale = (typeof LOCALES)[number];

/** The handbook's own language: every translation is made from it. */
export const SOURCE_LOCALE = 'fr' satisfies Locale;

/** Locales written right to left. */
const RIGHT_TO_LEFT: readonly Locale[] = ['ar'];

export function textDirection(locale: Locale): 'ltr' | 'rtl' {
  return RIGHT_TO_LEFT.includes(locale) ? 'rtl' : 'ltr';
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

export const LANGS = ['en', 'fr'] as const;
export type Lang = (typeof LANGS)[number];

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
