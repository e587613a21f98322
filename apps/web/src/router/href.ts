import type { Lang } from '../i18n/languages';

export type QueryValues = Readonly<Record<string, string | number | null | undefined>>;

/**
 * An address inside the app that keeps the reader's language: `lang` always goes along, other
 * parameters only when they have a value.
 */
export function hrefFor(path: string, lang: Lang, query: QueryValues = {}): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value !== null && value !== undefined && value !== '') params.set(name, String(value));
  }
  params.set('lang', lang);
  return `${path}?${params.toString()}`;
}

/** The current address with another language, everything else kept. */
export function withLang(pathname: string, search: string, lang: Lang): string {
  const params = new URLSearchParams(search);
  params.set('lang', lang);
  return `${pathname}?${params.toString()}`;
}

/**
 * A path the login page may send the reader back to: only one of this app's own pages, never
 * another site ("//evil.example") and never the login page itself.
 */
export function safeReturnPath(raw: string | null): string | null {
  if (raw === null || !raw.startsWith('/') || raw.startsWith('//') || raw.startsWith('/\\')) return null;
  if (raw === '/login' || raw.startsWith('/login?') || raw.startsWith('/login/')) return null;
  return raw;
}
