import { useMemo, type ReactNode } from 'react';
import type { Lang } from './languages';
import { dictionaries } from './dictionaries';
import { localize } from '@cpc/domain';
import { translate } from './translate';
import { createNumberFormatters } from './numberFormatters';
import { I18nContext, type I18n } from './I18nContext';

export function I18nProvider({ lang, children }: { lang: Lang; children: ReactNode }) {
  const value = useMemo<I18n>(() => {
    const messages = dictionaries[lang];
    return {
      lang,
      t: (key, params) => translate(messages, key, params, lang),
      localize: (text) => localize(text, lang),
      format: createNumberFormatters(lang),
    };
  }, [lang]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}
