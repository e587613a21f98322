export const LANGS = ['en', 'fr'] as const;
export type Lang = (typeof LANGS)[number];

/** A text in both languages. An empty string means the handbook leaves it blank. */
export interface Localized {
  en: string;
  fr: string;
}

export function localize(text: Localized, lang: Lang): string {
  return text[lang];
}
