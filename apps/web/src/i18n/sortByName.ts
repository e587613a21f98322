import { intlLocale } from '@cpc/domain';
import type { Lang } from './languages';

/** The items in the alphabetical order of their names in the language, accents and case aside. */
export function sortByName<T>(items: readonly T[], nameOf: (item: T) => string, lang: Lang): T[] {
  const collator = new Intl.Collator(intlLocale(lang), { sensitivity: 'base' });
  return [...items].sort((a, b) => collator.compare(nameOf(a), nameOf(b)));
}
