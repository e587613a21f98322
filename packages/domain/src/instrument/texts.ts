import type { Localized } from '../i18n.js';

export interface ItemTexts {
  question: Localized;
  gaps: Localized;
  solutions: Localized;
}

/** Section X of the handbook, item by item. Filled in by the instrument-texts work. */
export const ITEM_TEXTS: Record<string, ItemTexts> = {};
