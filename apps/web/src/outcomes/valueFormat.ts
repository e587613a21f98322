import { INTEGER_UNITS, intlLocale, type SeizureUnit } from '@cpc/domain';
import type { Lang } from '../i18n/languages';

/** The most fraction digits a hit rate is shown with, in percent: beyond that, rates are told apart by the table. */
const MAX_RATE_DIGITS = 3;

/**
 * A value label as short as the language writes it: "3.4M", "3,4 M", "٣٫٤ مليون". Three significant digits
 * at most; the exact figure is in the tooltip and the table.
 */
export function compactFormatter(lang: Lang): (value: number) => string {
  const compact = new Intl.NumberFormat(intlLocale(lang), { notation: 'compact', maximumSignificantDigits: 3 });
  return (value) => compact.format(value);
}

/** The exact figure of a quantity: whole numbers for units that count things (pieces, heads), else 3 decimals. */
export function quantityFormatter(lang: Lang, unit: SeizureUnit): (value: number) => string {
  const digits = INTEGER_UNITS.includes(unit) ? 0 : 3;
  const exact = new Intl.NumberFormat(intlLocale(lang), { maximumFractionDigits: digits });
  return (value) => exact.format(INTEGER_UNITS.includes(unit) ? Math.round(value) : value);
}

/** A 0–1 rate as a percentage with `digits` fraction digits, e.g. "0.31%" with 2. */
export function rateFormatter(lang: Lang, digits: number): (share: number) => string {
  const rate = new Intl.NumberFormat(intlLocale(lang), {
    style: 'percent',
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
  return (share) => rate.format(share);
}

/**
 * The fewest fraction digits (at least one, at most three) with which the different rates print differently:
 * 0.0031 and 0.0034 need two ("0.31%", "0.34%") where one prints both "0.3%".
 */
export function rateDigits(rates: readonly number[]): number {
  const distinct = new Set(rates.map((r) => r.toPrecision(12)));
  for (let digits = 1; digits < MAX_RATE_DIGITS; digits++) {
    const printed = new Set([...distinct].map((r) => (Number(r) * 100).toFixed(digits)));
    if (printed.size === distinct.size) return digits;
  }
  return MAX_RATE_DIGITS;
}

/**
 * Evenly spaced axis ticks from 0 to at least `max`, at a round step (1, 2 or 5 times a power of ten), so that
 * no two ticks print the same label.
 */
export function roundTicks(max: number, count = 4): number[] {
  if (!(max > 0)) return [0];
  const raw = max / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power;
  const ticks: number[] = [];
  for (let k = 0; k * step < max + step; k++) ticks.push(Number((k * step).toPrecision(12)));
  return ticks;
}
