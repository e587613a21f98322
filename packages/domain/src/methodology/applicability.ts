import type { AppliesRule, InstrumentItem } from '../instrument/types.js';
import type { Answers } from './answers.js';

/**
 * Whether an item applies given the other answers. "undetermined" means the item it depends on is
 * not answered yet (a draft): the item is then neither required nor rejected.
 */
export type Applicability = 'applies' | 'not_applicable' | 'undetermined';

export function applicability(rule: AppliesRule, answers: Answers): Applicability {
  if (rule.kind === 'always') return 'applies';
  const parent = answers[rule.item];
  if (parent === undefined) return 'undetermined';
  return holds(rule, parent) ? 'applies' : 'not_applicable';
}

function holds(rule: Exclude<AppliesRule, { kind: 'always' }>, parent: Answers[string]): boolean {
  switch (rule.kind) {
    case 'equals':
      return parent === rule.value;
    case 'not_equals':
      return parent !== rule.value;
    case 'fewer_selected_than':
      return Array.isArray(parent) && parent.length < rule.count;
  }
}

export function itemApplies(item: InstrumentItem, answers: Answers): boolean {
  return applicability(item.applies, answers) === 'applies';
}
