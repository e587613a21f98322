import { intlLocale } from '@cpc/domain';
import type { Lang } from './languages';

export interface DateFormatters {
  /** e.g. "27 Nov 2026, 09:20" / "27 nov. 2026, 09:20". */
  dateTime: (iso: string) => string;
  /** e.g. "27 Nov 2026". */
  date: (iso: string) => string;
}

export function createDateFormatters(lang: Lang): DateFormatters {
  const locale = intlLocale(lang);
  const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
  const safe = (format: Intl.DateTimeFormat) => (iso: string) => {
    const time = Date.parse(iso);
    return Number.isNaN(time) ? iso : format.format(time);
  };
  return { dateTime: safe(dateTime), date: safe(date) };
}
