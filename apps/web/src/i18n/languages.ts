import { isLocale, LOCALES, type Lang } from '@cpc/domain';

export type { Lang };

/** The languages offered: the domain's locales, in their order. */
export const SUPPORTED_LANGS = LOCALES;
export const DEFAULT_LANG: Lang = 'en';

export const isLang = isLocale;

const REMEMBERED_LANG_KEY = 'cpc.lang';

/**
 * Keeps the language chosen in the language menu in this browser, so that an address without `?lang` (typed,
 * bookmarked, or reloaded after the parameter was dropped) opens in it rather than in English.
 */
export function rememberLang(lang: Lang): void {
  try {
    window.localStorage.setItem(REMEMBERED_LANG_KEY, lang);
  } catch {
    // Storage may be disabled; the address still carries the language from page to page.
  }
}

function rememberedLang(): Lang | null {
  try {
    const lang = window.localStorage.getItem(REMEMBERED_LANG_KEY);
    return isLang(lang) ? lang : null;
  } catch {
    return null;
  }
}

/**
 * The page language is part of every address (`?lang=fr`), so a shared link opens in the same language;
 * without it, the language the reader last chose in the menu.
 */
export function langFromSearch(search: string): Lang {
  const lang = new URLSearchParams(search).get('lang');
  return isLang(lang) ? lang : (rememberedLang() ?? DEFAULT_LANG);
}
