import { isLocale, LOCALES, type Lang } from '@cpc/domain';

export type { Lang };

/** The languages offered: the domain's locales, in their order. */
export const SUPPORTED_LANGS = LOCALES;
export const DEFAULT_LANG: Lang = 'en';

export const isLang = isLocale;

/** The page language is part of every address (`?lang=fr`), so a shared link opens in the same language. */
export function langFromSearch(search: string): Lang {
  const lang = new URLSearchParams(search).get('lang');
  return isLang(lang) ? lang : DEFAULT_LANG;
}
