import type { Lang } from '@cpc/domain';

export type { Lang };

export const SUPPORTED_LANGS = ['en', 'fr'] as const satisfies readonly Lang[];
export const DEFAULT_LANG: Lang = 'en';

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (SUPPORTED_LANGS as readonly string[]).includes(value);
}

/** The page language is part of every address (`?lang=fr`), so a shared link opens in the same language. */
export function langFromSearch(search: string): Lang {
  const lang = new URLSearchParams(search).get('lang');
  return isLang(lang) ? lang : DEFAULT_LANG;
}
