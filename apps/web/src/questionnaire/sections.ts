import {
  DIMENSION_DEFINITIONS,
  INSTRUMENT_ITEMS,
  findItem,
  type Dimension,
  type DimensionDefinition,
  type InstrumentItem,
} from '@cpc/domain';

export interface QuestionnaireSection {
  /** The dimension's code, or "general" for the unscored closing items (A.17, A.18). */
  key: Dimension | 'general';
  dimension: DimensionDefinition | null;
  items: InstrumentItem[];
}

/**
 * The dimension an item is asked under: its own, or for an unscored follow-up question (A.5.2, A.7.2…)
 * the dimension of the item it follows up; null for the general items.
 */
export function sectionDimensionOf(item: InstrumentItem): Dimension | null {
  if (item.dimension) return item.dimension;
  if (item.applies.kind === 'always') return null;
  return findItem(item.applies.item)?.dimension ?? null;
}

/**
 * The instrument's items grouped by dimension, in the order of the dimensions, each keeping the
 * handbook's item order; the items of no dimension close the questionnaire.
 */
export function questionnaireSections(items: readonly InstrumentItem[] = INSTRUMENT_ITEMS): QuestionnaireSection[] {
  const sections: QuestionnaireSection[] = DIMENSION_DEFINITIONS.map((dimension) => ({
    key: dimension.code,
    dimension,
    items: items.filter((item) => sectionDimensionOf(item) === dimension.code),
  }));
  const general = items.filter((item) => sectionDimensionOf(item) === null);
  return [
    ...sections.filter((s) => s.items.length > 0),
    ...(general.length > 0 ? [{ key: 'general' as const, dimension: null, items: general }] : []),
  ];
}

/** The id of an item's block in the page, the target of the "jump to" links. */
export function itemAnchorId(code: string): string {
  return `item-${code.replace(/\./g, '-')}`;
}
