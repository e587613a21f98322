import type { Lang } from '@cpc/domain';

export type { Lang };

export const SUPPORTED_LANGS = ['en', 'fr'] as const satisfies readonly Lang[];
export const DEFAULT_LANG: Lang = 'en';

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (SUPPORTED_LANGS as readonly string[]).includes(value);
}
