import {
  DIMENSION_DEFINITIONS,
  ITEM_CODES,
  findItem,
  recommendationFor,
  type Dimension,
  type GapShare,
  type Localized,
} from '@cpc/domain';
import { NOT_ASSESSED, WITHHELD, type Cell } from './cells';

export interface RankedGap {
  code: string;
  dimension: Dimension;
  /** Share (0–1) of the assessed administrations with a gap on the item. */
  share: Cell;
  withGap: number | null;
  /** null when withheld. */
  assessed: number | null;
  question: Localized;
  /** The handbook's "Solutions possibles", or the dimension's guidance where that cell is blank. */
  solutions: Localized;
  solutionsFromGuidance: boolean;
  /** The handbook section of the dimension, quoted with the guidance. */
  section: string;
}

const BLANK: Localized = { en: '', fr: '' };

function shareCell(item: GapShare): Cell {
  if (item.suppressed || item.assessed === null) return WITHHELD;
  if (item.assessed === 0 || item.share === null) return NOT_ASSESSED;
  return { state: 'value', value: item.share };
}

function toRanked(item: GapShare): RankedGap {
  const instrumentItem = findItem(item.code);
  const dimension = DIMENSION_DEFINITIONS.find((d) => d.code === item.dimension);
  const recommendation = instrumentItem
    ? recommendationFor(instrumentItem)
    : { solutions: BLANK, solutionsFromGuidance: false };
  return {
    code: item.code,
    dimension: item.dimension,
    share: shareCell(item),
    withGap: item.suppressed ? null : item.withGap,
    assessed: item.suppressed ? null : item.assessed,
    question: instrumentItem?.question ?? BLANK,
    ...recommendation,
    section: dimension?.section ?? '',
  };
}

const instrumentOrder = (code: string) => ITEM_CODES.indexOf(code);

/**
 * The items of one region, commonest gap first. Items without a share (withheld or not assessed) follow
 * in the instrument's order; ties keep the instrument's order too.
 */
export function rankGaps(items: readonly GapShare[], region: string): RankedGap[] {
  return items
    .filter((i) => i.region === region)
    .map(toRanked)
    .sort((a, b) => {
      const shareA = a.share.state === 'value' ? a.share.value : -1;
      const shareB = b.share.state === 'value' ? b.share.value : -1;
      return shareB - shareA || instrumentOrder(a.code) - instrumentOrder(b.code);
    });
}
