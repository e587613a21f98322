import type { Locale } from '../i18n.js';
import { AR_TEXTS } from './ar.js';
import { ES_TEXTS } from './es.js';

/**
 * The domain's texts in the locales that translate them, keyed by the French source text (the handbook's own,
 * as gettext keys messages by their source). English sits beside the French in the data itself.
 */
export const TRANSLATIONS: Partial<Record<Locale, Readonly<Record<string, string>>>> = {
  es: ES_TEXTS,
  ar: AR_TEXTS,
};
