import type { Lang } from '../i18n/languages';
import { createDateFormatters, type DateFormatters } from './dateFormatters';

export interface NumberFormatters extends DateFormatters {
  /** A 0–100 index with one decimal, e.g. "54.3" / "54,3". */
  index: (value: number) => string;
  /** A 0–1 share as a whole percentage, e.g. "33%" / "33 %". */
  percent: (share: number) => string;
  /** A change of an index, with its sign: "+2.3", "−1.0", "0.0". */
  signedIndex: (value: number) => string;
  /** A change of a count, with its sign: "+4", "−2", "0". */
  signedInteger: (value: number) => string;
}

export function createNumberFormatters(lang: Lang): NumberFormatters {
  const index = new Intl.NumberFormat(lang, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const percent = new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 0 });
  const signedIndex = new Intl.NumberFormat(lang, {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
    signDisplay: 'exceptZero',
  });
  const signedInteger = new Intl.NumberFormat(lang, { maximumFractionDigits: 0, signDisplay: 'exceptZero' });
  return {
    index: (value) => index.format(value),
    percent: (share) => percent.format(share),
    signedIndex: (value) => signedIndex.format(value),
    signedInteger: (value) => signedInteger.format(value),
    ...createDateFormatters(lang),
  };
}
