import type { InstrumentItem, ItemOption } from '../instrument/types.js';
import type { AnswerValue } from './answers.js';

/** Points in [0, 1] that a (valid) answer earns, or null when the item is not scored or unanswered. */
export function pointsOf(item: InstrumentItem, value: AnswerValue | undefined): number | null {
  if (value === undefined) return null;
  switch (item.scoring) {
    case 'none':
      return null;
    case 'option':
      return typeof value === 'string' ? (optionPoints(item.options, value) ?? null) : null;
    case 'share_selected':
      return Array.isArray(value) ? value.length / item.options.length : null;
    case 'max_plus_bonus':
      return Array.isArray(value) ? maxPlusBonus(item.options, value) : null;
  }
}

function optionPoints(options: ItemOption[], code: string): number | undefined {
  return options.find((o) => o.code === code)?.points ?? undefined;
}

/** A.1: the strongest arrangement, plus the CCDP bonus, capped at 1. */
function maxPlusBonus(options: ItemOption[], selected: string[]): number {
  let base = 0;
  let bonus = 0;
  for (const code of selected) {
    const option = options.find((o) => o.code === code);
    if (!option || option.points === null) continue;
    if (option.bonus) bonus += option.points;
    else base = Math.max(base, option.points);
  }
  return Math.min(1, base + bonus);
}
