import { createContext } from 'react';
import type { Localized } from '@cpc/domain';
import type { Lang } from './languages';
import type { MessageKey } from './en';
import type { MessageParams } from './translate';
import type { NumberFormatters } from './numberFormatters';

export interface I18n {
  lang: Lang;
  t: (key: MessageKey, params?: MessageParams) => string;
  localize: (text: Localized) => string;
  format: NumberFormatters;
}

export const I18nContext = createContext<I18n | null>(null);
