import { INSTRUMENT_ITEMS, isScored } from '../instrument/items.js';
import { DIMENSIONS, type Dimension } from '../instrument/types.js';
import type { Answers } from './answers.js';
import { itemApplies } from './applicability.js';
import { pointsOf } from './points.js';
import { METHODOLOGY_RULES } from './rules.js';
import { METHODOLOGY_VERSIONS, type MethodologyVersion } from './version.js';

export type Level = 1 | 2 | 3 | 4 | 5;
export type DimensionScores = Record<Dimension, number | null>;

export interface Scores {
  methodologyVersion: MethodologyVersion;
  overall: number;
  level: Level;
  selfLevel: Level | null;
  dimensions: Record<Dimension, number>;
  /** Item code → points, for every applicable scored item: what per-item analytics (gaps) read. */
  items: Record<string, number>;
}

/**
 * Scores are kept to 4 decimals so that binary floating point never moves an index across a level
 * boundary (e.g. 19.999999999 instead of 20).
 */
export function roundScore(value: number): number {
  return Math.round(value * 1e4) / 1e4;
}

/** 100 × the mean points of the applicable, answered, scored items of each dimension. */
export function computeDimensionScores(answers: Answers, version: MethodologyVersion = 'v1'): DimensionScores {
  const scores = {} as DimensionScores;
  for (const d of DIMENSIONS) {
    const list = INSTRUMENT_ITEMS.filter((item) => item.dimension === d && isScored(item) && itemApplies(item, answers))
      .map((item) => pointsOf(item, answers[item.code], version))
      .filter((p): p is number => p !== null);
    scores[d] = list.length === 0 ? null : roundScore((100 * sum(list)) / list.length);
  }
  return scores;
}

/** Points of every applicable, answered, scored item. */
export function computeItemPoints(answers: Answers, version: MethodologyVersion = 'v1'): Record<string, number> {
  const items: Record<string, number> = {};
  for (const item of INSTRUMENT_ITEMS) {
    if (!isScored(item) || !itemApplies(item, answers)) continue;
    const points = pointsOf(item, answers[item.code], version);
    if (points !== null) items[item.code] = roundScore(points);
  }
  return items;
}

/** The unweighted mean of the nine dimension scores; null while any dimension has no score. */
export function computeOverallIndex(dimensions: DimensionScores): number | null {
  const values = DIMENSIONS.map((d) => dimensions[d]);
  if (values.some((v) => v === null)) return null;
  return roundScore(sum(values as number[]) / values.length);
}

/**
 * v2's index: 100 × the mean points of every applicable, answered, scored item, so that each item weighs the
 * same whatever the size of its dimension; null while any dimension has no score, as under v1.
 */
export function computeItemWeightedIndex(dimensions: DimensionScores, items: Record<string, number>): number | null {
  if (DIMENSIONS.some((d) => dimensions[d] === null)) return null;
  const points = Object.values(items);
  return roundScore((100 * sum(points)) / points.length);
}

/** Continuum level read off the index: [0,20) → 1, [20,40) → 2, [40,60) → 3, [60,80) → 4, [80,100] → 5. */
export function levelFromIndex(index: number): Level {
  if (index < 20) return 1;
  if (index < 40) return 2;
  if (index < 60) return 3;
  if (index < 80) return 4;
  return 5;
}

export function selfLevelOf(answers: Answers): Level | null {
  const value = answers['A.18'];
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 5 ? (value as Level) : null;
}

/** Scores of a complete answer set under a version; null when some dimension cannot be scored yet. */
export function computeScores(answers: Answers, version: MethodologyVersion = 'v1'): Scores | null {
  const dimensions = computeDimensionScores(answers, version);
  const items = computeItemPoints(answers, version);
  const overall =
    METHODOLOGY_RULES[version].index === 'items'
      ? computeItemWeightedIndex(dimensions, items)
      : computeOverallIndex(dimensions);
  if (overall === null) return null;
  return {
    methodologyVersion: version,
    overall,
    level: levelFromIndex(overall),
    selfLevel: selfLevelOf(answers),
    dimensions: dimensions as Record<Dimension, number>,
    items,
  };
}

/** The scores under every version, oldest first; null when some dimension cannot be scored yet. */
export function computeScoresUnderEveryVersion(answers: Answers): Scores[] | null {
  const all = METHODOLOGY_VERSIONS.map((version) => computeScores(answers, version));
  return all.every((s): s is Scores => s !== null) ? all : null;
}

function sum(values: number[]): number {
  return values.reduce((a, b) => a + b, 0);
}
