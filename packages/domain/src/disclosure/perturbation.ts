/**
 * Bounded, stable perturbation of published figures: the cell key method (ABS TableBuilder; Destatis
 * cellKey; docs/disclosure.md). Every confidential record carries, per statistic, a permanent random key in
 * [0, 1) derived from a secret and the record's content; a cell's key is the fractional part of the sum of
 * its confidential records' keys, and maps to a noise within a bound. The same records always give the same
 * noise (repeating a request gains nothing); cells whose records differ get independent noise. Restricting
 * what national users may request (published groupings, one status set, no operations filters, no order
 * statistics) keeps the number of cell pairs that isolate one administration small, so that averaging them
 * does not converge on its value.
 */

/** How many confidential records a cell holds and the sum of their keys. */
export interface CellKey {
  units: number;
  confidential: number;
}

/** A cell of this many contributors or more must stay useful (the utility bounds). */
export const USEFUL_CELL_SIZE = 10;

/**
 * Scores (0–100): the noise of a sum of n ≥ 10 spans ±2.98n, so a mean moves by at most 3 points, rounding
 * to 2 decimals included.
 */
export const SCORE_SPREAD = 2.98;

/** Below 10 contributors no utility bound applies: the noise of a sum spans ±45 points. */
export const SMALL_CELL_SCORE_HALF_WIDTH = 45;

/** Counts move by at most 2 (or 10% of the count) in cells of 10 or more; by at most 4 below. */
export const COUNT_HALF_WIDTH = 2;
export const SMALL_CELL_COUNT_HALF_WIDTH = 4;
export const COUNT_UTILITY_SHARE = 0.1;

/** Operational magnitudes: the noise spans at least 1.5 × the largest confidential contribution… */
export const MAGNITUDE_SPREAD = 1.5;
/** …capped at ±10% (or ±2) of the sum in cells of 10 or more reporting countries. */
export const MAGNITUDE_UTILITY_SHARE = 0.1;

/** The cell key: the fractional part of the sum of the confidential records' keys. */
export function cellKeyOf(key: CellKey): number {
  return fractionalPart(key.units);
}

function fractionalPart(units: number): number {
  return units - Math.floor(units);
}

export function scoreHalfWidth(n: number): number {
  return n >= USEFUL_CELL_SIZE ? SCORE_SPREAD * n : SMALL_CELL_SCORE_HALF_WIDTH;
}

/**
 * The share of a score's noise that every score of the cell (the index and each dimension) shares. The shared
 * part keeps a mean of dimension estimates from averaging the noise away (the index is the mean of the
 * dimensions); the own part keeps the differences between a record's index and its dimensions from being
 * exact, which within the 0–100 bounds would pin a profile that spans them.
 */
export const SHARED_SCORE_NOISE = 0.85;

/**
 * A protected mean of n scores: (exact sum + noise) / n, within [0, 100]. The noise is the shared part
 * (`key`, common to every score of the cell) plus the score's own part (`ownKey`), within ±scoreHalfWidth(n).
 */
export function protectMean(sum: number, n: number, key: CellKey, ownKey: CellKey): number {
  if (key.confidential === 0) return sum / n;
  const unit = SHARED_SCORE_NOISE * (2 * cellKeyOf(key) - 1) + (1 - SHARED_SCORE_NOISE) * (2 * cellKeyOf(ownKey) - 1);
  return Math.min(100, Math.max(0, (sum + unit * scoreHalfWidth(n)) / n));
}

export function countHalfWidth(count: number, contributors: number): number {
  if (contributors < USEFUL_CELL_SIZE) return SMALL_CELL_COUNT_HALF_WIDTH;
  return Math.max(COUNT_HALF_WIDTH, Math.floor(COUNT_UTILITY_SHARE * count));
}

/** A protected count: an integer noise uniform in ±countHalfWidth, never below 0. */
export function protectCount(count: number, contributors: number, key: CellKey): number {
  if (key.confidential === 0) return count;
  const d = countHalfWidth(count, contributors);
  const noise = Math.min(2 * d, Math.floor(cellKeyOf(key) * (2 * d + 1))) - d;
  return Math.max(0, count + noise);
}

export interface MagnitudeCell {
  /** Exact sum over every contributor. */
  sum: number;
  /** Largest single confidential contribution; 0 when every contributor shares its figures. */
  largestConfidential: number;
  /** Sum of the confidential contributions' keys. */
  keyUnits: number;
  /** Contributing countries. */
  contributors: number;
}

export function magnitudeHalfWidth(cell: MagnitudeCell): number {
  const hiding = MAGNITUDE_SPREAD * cell.largestConfidential;
  if (cell.contributors < USEFUL_CELL_SIZE) return hiding;
  return Math.min(hiding, Math.max(2, MAGNITUDE_UTILITY_SHARE * cell.sum));
}

/** A protected magnitude: noise uniform in ±magnitudeHalfWidth, rounded to `decimals`, never below 0. */
export function protectMagnitude(cell: MagnitudeCell, decimals = 0): number {
  if (cell.largestConfidential <= 0) return cell.sum;
  const key = fractionalPart(cell.keyUnits);
  const noisy = cell.sum + (2 * key - 1) * magnitudeHalfWidth(cell);
  const factor = 10 ** decimals;
  return Math.max(0, Math.round(noisy * factor) / factor);
}
