import { DIMENSION_DEFINITIONS } from '../instrument/dimensions.js';
import { INSTRUMENT_ITEMS, isScored } from '../instrument/items.js';
import type { Dimension, InstrumentItem } from '../instrument/types.js';
import type { Localized } from '../i18n.js';
import type { Answers } from './answers.js';
import { itemApplies } from './applicability.js';
import { pointsOf } from './points.js';
import type { MethodologyVersion } from './version.js';

export const GAP_THRESHOLD = 0.5;

export interface Gap {
  code: string;
  dimension: Dimension;
  points: number;
  gaps: Localized;
  solutions: Localized;
  /** True when the item's "Solutions possibles" cell is blank and the dimension's guidance stands in. */
  solutionsFromGuidance: boolean;
}

/** Applicable scored items earning less than half the points, with the handbook's recommendations. */
export function findGaps(answers: Answers, version: MethodologyVersion = 'v1'): Gap[] {
  const gaps: Gap[] = [];
  for (const item of INSTRUMENT_ITEMS) {
    if (!isScored(item) || !itemApplies(item, answers)) continue;
    const points = pointsOf(item, answers[item.code], version);
    if (points === null || points >= GAP_THRESHOLD) continue;
    gaps.push({ code: item.code, dimension: item.dimension, points, gaps: item.gaps, ...recommendationFor(item) });
  }
  return gaps;
}

export interface Recommendation {
  solutions: Localized;
  /** True when the item's "Solutions possibles" cell is blank and the dimension's guidance stands in. */
  solutionsFromGuidance: boolean;
}

/** The handbook's "Solutions possibles" for an item, or its dimension's guidance where that cell is blank. */
export function recommendationFor(item: InstrumentItem): Recommendation {
  if (item.solutions.fr.trim() !== '' || item.dimension === null) {
    return { solutions: item.solutions, solutionsFromGuidance: false };
  }
  return { solutions: guidanceOf(item.dimension), solutionsFromGuidance: true };
}

function guidanceOf(dimension: Dimension): Localized {
  return DIMENSION_DEFINITIONS.find((d) => d.code === dimension)?.guidance ?? { en: '', fr: '' };
}
