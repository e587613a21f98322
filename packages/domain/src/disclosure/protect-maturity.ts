import { DIMENSIONS, type Dimension } from '../instrument/types.js';
import { isWithheldCell, SMALL_CELL_MIN } from '../analytics/small-cells.js';
import type { LevelCounts, MaturityPoint } from '../schemas/analytics.js';
import type { LevelKeys, MaturityCellNoise, ScoreSum } from './cells.js';
import type { CellKey } from './perturbation.js';
import { protectCount, protectMean } from './perturbation.js';
import { roundScore } from '../methodology/scoring.js';

function withheldMaturityPoint(point: MaturityPoint): MaturityPoint {
  return {
    ...point,
    assessed: null,
    coverage: null,
    mean: null,
    median: null,
    p25: null,
    p75: null,
    min: null,
    max: null,
    levels: null,
    selfLevels: null,
    dimensions: null,
    suppressed: true,
  };
}

function protectedMean(score: ScoreSum): number | null {
  if (score.sum === null || score.n < SMALL_CELL_MIN) return null;
  // Two decimals: the noise's bound (±2.98n) leaves room for this rounding within ±3.
  return Math.round(protectMean(score.sum, score.n, score.key, score.ownKey) * 100) / 100;
}

function protectedLevels(levels: LevelCounts | null, contributors: number, keys: LevelKeys): LevelCounts | null {
  if (!levels) return null;
  const level = (l: keyof LevelCounts) => protectCount(levels[l], contributors, keys[l]);
  return { '1': level('1'), '2': level('2'), '3': level('3'), '4': level('4'), '5': level('5') };
}

/** A protected count of contributors, shown as at least 3 (the cell is published) and at most the members. */
export function protectedContributors(exact: number, key: CellKey, members: number): number {
  const shown = Math.max(SMALL_CELL_MIN, protectCount(exact, exact, key));
  return Math.min(Math.max(members, SMALL_CELL_MIN), shown);
}

/**
 * A region-year as a national user sees it: withheld below 3 assessments; otherwise the mean, the dimension
 * means, the assessed count and the level counts perturbed within their bounds, and no order statistic
 * (a median, quartile or extreme of a small cell is one administration's score).
 */
export function protectMaturityPoint(point: MaturityPoint, noise: MaturityCellNoise): MaturityPoint {
  if (point.assessed === null || isWithheldCell(point.assessed)) return withheldMaturityPoint(point);
  const assessed = protectedContributors(point.assessed, noise.assessed, point.members);
  const dimensions = Object.fromEntries(DIMENSIONS.map((d) => [d, protectedMean(noise.dimensions[d])])) as Record<
    Dimension,
    number | null
  >;
  return {
    ...point,
    assessed,
    coverage: point.members === 0 ? 0 : roundScore(assessed / point.members),
    mean: protectedMean(noise.value),
    median: null,
    p25: null,
    p75: null,
    min: null,
    max: null,
    levels: protectedLevels(point.levels, point.assessed, noise.levels),
    selfLevels: protectedLevels(point.selfLevels, point.assessed, noise.selfLevels),
    dimensions,
  };
}
