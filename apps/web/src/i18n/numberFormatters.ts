import { intlLocale, textDirection } from '@cpc/domain';
import type { Lang } from './languages';
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
  /** A count, grouped: "12,345" / "12 345". */
  count: (value: number) => string;
  /** A seized quantity, up to three decimals: "1,250.5" / "1 250,5". */
  quantity: (value: number) => string;
  /** A 0–1 rate as a percentage with one decimal, e.g. "2.5%" / "2,5 %": hit rates are often small. */
  rate: (share: number) => string;
  /** A correlation coefficient with two decimals and its sign: "+0.42", "−0.10". */
  coefficient: (value: number) => string;
}

export function createNumberFormatters(lang: Lang): NumberFormatters {
  const locale = intlLocale(lang);
  const index = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const signedIndex = new Intl.NumberFormat(locale, {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
    signDisplay: 'exceptZero',
  });
  const signedInteger = new Intl.NumberFormat(locale, { maximumFractionDigits: 0, signDisplay: 'exceptZero' });
  const count = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const quantity = new Intl.NumberFormat(locale, { maximumFractionDigits: 3 });
  const rate = new Intl.NumberFormat(locale, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const coefficient = new Intl.NumberFormat(locale, {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
    signDisplay: 'exceptZero',
  });
  // In right-to-left text a sign would drift to the number's far side ("13-"): signed figures are isolated
  // left to right (LRI … PDI), as a bidi-aware typesetter would.
  const signed = textDirection(lang) === 'rtl' ? (text: string) => `\u2066${text}\u2069` : (text: string) => text;
  return {
    index: (value) => index.format(value),
    percent: (share) => percent.format(share),
    signedIndex: (value) => signed(signedIndex.format(value)),
    signedInteger: (value) => signed(signedInteger.format(value)),
    count: (value) => count.format(value),
    quantity: (value) => quantity.format(value),
    rate: (share) => rate.format(share),
    coefficient: (value) => signed(coefficient.format(value)),
    ...createDateFormatters(lang),
  };
}
