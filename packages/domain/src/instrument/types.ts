import type { Localized } from '../i18n.js';

export const DIMENSIONS = [
  'governance',
  'information_exchange',
  'risk_targeting',
  'joint_controls',
  'enforcement_powers',
  'investigations',
  'resource_sharing',
  'liaison',
  'training',
] as const;
export type Dimension = (typeof DIMENSIONS)[number];

export const ITEM_TYPES = ['multi', 'tri', 'choice', 'text', 'yesno', 'level'] as const;
export type ItemType = (typeof ITEM_TYPES)[number];

/**
 * How an item's answer becomes points:
 * - option: the points of the chosen option;
 * - share_selected: selected options / all options (A.5.1);
 * - max_plus_bonus: the largest base option plus the bonus options, capped at 1 (A.1);
 * - none: not scored (text, A.17, A.18).
 */
export type ScoringRule = 'option' | 'share_selected' | 'max_plus_bonus' | 'none';

/** When an item applies, stated as data so the API can publish it and the web can evaluate it. */
export type AppliesRule =
  | { kind: 'always' }
  | { kind: 'not_equals'; item: string; value: string }
  | { kind: 'equals'; item: string; value: string }
  | { kind: 'fewer_selected_than'; item: string; count: number };

export interface ItemOption {
  code: string;
  /** null for options that carry no points (A.17). */
  points: number | null;
  /** A.1's joint_committee: added to the base instead of competing with it. */
  bonus?: boolean;
  /** Cannot be combined with any other option in a multi (A.1's none). */
  exclusive?: boolean;
  label: Localized;
}

export interface InstrumentItem {
  code: string;
  type: ItemType;
  dimension: Dimension | null;
  applies: AppliesRule;
  scoring: ScoringRule;
  options: ItemOption[];
  question: Localized;
  /** The handbook's "Carences communes"; blank where the handbook's cell is blank. */
  gaps: Localized;
  /** The handbook's "Solutions possibles"; blank where the handbook's cell is blank. */
  solutions: Localized;
  /** The project's note on a slip in the handbook's text for the item (editorial-notes.ts). */
  note?: Localized;
}

export interface DimensionDefinition {
  code: Dimension;
  label: Localized;
  /** The handbook section that discusses the dimension, e.g. "III.a". */
  section: string;
  sectionTitle: Localized;
  /** French: a sentence quoted verbatim from that section; English: its translation. */
  guidance: Localized;
}

export interface ContinuumLevel {
  level: 1 | 2 | 3 | 4 | 5;
  name: Localized;
  /** From the handbook's section IV.a (Schéma 3): French verbatim, English translation. */
  description: Localized;
}
