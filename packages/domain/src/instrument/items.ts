import { EDITORIAL_NOTES } from './editorial-notes.js';
import { ITEM_TEXTS, type ItemTexts } from './texts.js';
import {
  ARRANGEMENTS,
  BASIS_OPTIONS,
  DIFFICULTIES,
  EXCHANGE_FREQUENCY,
  FORENSICS,
  INVESTIGATION_POWERS,
  LIAISON_OPTIONS,
  SEIZURE_AREAS,
  TRI_OPTIONS,
  UNDERCOVER_FRAMEWORK,
  YESNO_OPTIONS,
} from './options.js';
import type { AppliesRule, Dimension, InstrumentItem, ItemOption, ItemType, ScoringRule } from './types.js';

const ALWAYS: AppliesRule = { kind: 'always' };
const BLANK = { en: '', fr: '' };

function textsOf(code: string): ItemTexts {
  return ITEM_TEXTS[code] ?? { question: BLANK, gaps: BLANK, solutions: BLANK };
}

function item(
  code: string,
  type: ItemType,
  dimension: Dimension | null,
  options: ItemOption[],
  applies: AppliesRule = ALWAYS,
  scoring: ScoringRule = dimension ? 'option' : 'none',
): InstrumentItem {
  const note = EDITORIAL_NOTES[code];
  return { code, type, dimension, applies, scoring, options, ...textsOf(code), ...(note ? { note } : {}) };
}

/** Section X of the handbook: the 27 items, in the handbook's order. Codes and option codes are a public contract. */
export const INSTRUMENT_ITEMS: readonly InstrumentItem[] = [
  item('A.1', 'multi', 'governance', ARRANGEMENTS, ALWAYS, 'max_plus_bonus'),
  item('A.2.1', 'tri', 'information_exchange', TRI_OPTIONS),
  item('A.2.2', 'choice', 'information_exchange', EXCHANGE_FREQUENCY),
  item('A.3.1', 'tri', 'risk_targeting', TRI_OPTIONS),
  item('A.3.2', 'choice', 'risk_targeting', BASIS_OPTIONS, { kind: 'not_equals', item: 'A.3.1', value: 'no' }),
  item('A.4.1', 'tri', 'joint_controls', TRI_OPTIONS),
  item('A.4.2', 'choice', 'joint_controls', BASIS_OPTIONS, { kind: 'not_equals', item: 'A.4.1', value: 'no' }),
  item('A.5.1', 'multi', 'enforcement_powers', SEIZURE_AREAS, ALWAYS, 'share_selected'),
  item('A.5.2', 'text', null, [], { kind: 'fewer_selected_than', item: 'A.5.1', count: SEIZURE_AREAS.length }),
  item('A.6', 'tri', 'investigations', TRI_OPTIONS),
  item('A.7.1', 'choice', 'investigations', INVESTIGATION_POWERS),
  item('A.7.2', 'text', null, [], { kind: 'not_equals', item: 'A.7.1', value: 'none' }),
  item('A.8', 'tri', 'investigations', TRI_OPTIONS),
  item('A.9', 'tri', 'enforcement_powers', TRI_OPTIONS),
  item('A.10', 'choice', 'enforcement_powers', UNDERCOVER_FRAMEWORK),
  item('A.11', 'tri', 'enforcement_powers', TRI_OPTIONS),
  item('A.12', 'choice', 'enforcement_powers', FORENSICS),
  item('A.13', 'tri', 'resource_sharing', TRI_OPTIONS),
  item('A.14.1', 'choice', 'liaison', LIAISON_OPTIONS),
  item('A.14.2', 'text', null, [], { kind: 'not_equals', item: 'A.14.1', value: 'none' }),
  item('A.15.1', 'yesno', 'training', YESNO_OPTIONS),
  item('A.15.2', 'text', null, [], { kind: 'equals', item: 'A.15.1', value: 'yes' }),
  item('A.16.1', 'yesno', 'training', YESNO_OPTIONS),
  item('A.16.2', 'text', null, [], { kind: 'equals', item: 'A.16.1', value: 'yes' }),
  item('A.17', 'multi', null, DIFFICULTIES),
  item('A.18', 'level', null, []),
  item('A.19', 'tri', 'governance', TRI_OPTIONS),
];

export const ITEM_CODES: readonly string[] = INSTRUMENT_ITEMS.map((i) => i.code);

const BY_CODE = new Map(INSTRUMENT_ITEMS.map((i) => [i.code, i]));

export function findItem(code: string): InstrumentItem | undefined {
  return BY_CODE.get(code);
}

export function isScored(item: InstrumentItem): item is InstrumentItem & { dimension: Dimension } {
  return item.dimension !== null && item.scoring !== 'none';
}

export const TEXT_MAX_LENGTH = 4000;
export const COMMENT_MAX_LENGTH = 4000;
