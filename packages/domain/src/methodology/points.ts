import type { InstrumentItem, ItemOption } from '../instrument/types.js';
import type { AnswerValue } from './answers.js';
import { METHODOLOGY_RULES } from './rules.js';
import type { MethodologyVersion } from './version.js';

/**
 * Points in [0, 1] that a (valid) answer earns under a methodology version, or null when the item is not
 * scored or unanswered.
 */
export function pointsOf(
  item: InstrumentItem,
  value: AnswerValue | undefined,
  version: MethodologyVersion = 'v1',
): number | null {
  if (value === undefined) return null;
  const options = optionsUnder(item, version);
  switch (item.scoring) {
    case 'none':
      return null;
    case 'option':
      return typeof value === 'string' ? (optionPoints(options, value) ?? null) : null;
    case 'share_selected':
      return Array.isArray(value) ? value.length / options.length : null;
    case 'max_plus_bonus':
      return Array.isArray(value) ? maxPlusBonus(options, value) : null;
  }
}

/** The item's options with the points the version gives them. */
export function optionsUnder(item: InstrumentItem, version: MethodologyVersion): ItemOption[] {
  const points = METHODOLOGY_RULES[version].optionPoints[item.code];
  if (points === undefined) return item.options;
  return item.options.map((o) => {
    // Own keys only: an option code never reads a prototype member of the rules' object.
    const under = Object.hasOwn(points, o.code) ? points[o.code] : undefined;
    return o.points !== null && under !== undefined ? { ...o, points: under } : o;
  });
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
