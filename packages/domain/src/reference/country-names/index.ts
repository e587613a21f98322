import type { Locale } from '../../i18n.js';
import { COUNTRY_NAMES_AR } from './ar.js';
import { COUNTRY_NAMES_ES } from './es.js';

/** Country names, by ISO alpha-3 code, in the locales beyond English and French (the ISO lists' own two). */
export const COUNTRY_NAMES: Partial<Record<Locale, Readonly<Record<string, string>>>> = {
  es: COUNTRY_NAMES_ES,
  ar: COUNTRY_NAMES_AR,
};
