/**
 * Bounded perturbation of published sums (docs/disclosure.md). Every confidential record carries, for each
 * statistic, a permanent random offset in [0, M) derived from a secret key and the record's content. A cell's
 * perturbation is the sum of its confidential records' offsets, reduced modulo M into [−M/2, M/2).
 *
 * - Bounded: |perturbation| ≤ M/2, whatever the cell.
 * - Stable: the same records give the same perturbation, so repeating a request gains nothing.
 * - Differencing two cells that differ by one record X leaves X's value plus X's own offset, modulo M: every
 *   pair that isolates X (statuses, years, groupings) yields the same residue, so averaging many pairs gains
 *   nothing, unlike noise drawn independently per cell.
 */

/** Scores are on 0–100: a sum moves by less than 30, so a mean of 10 or more moves by at most 3 points. */
export const SCORE_MODULUS = 60;

/** Counts move by at most 2. */
export const COUNT_MODULUS = 5;

/** `units` reduced modulo `modulus` into [−modulus/2, modulus/2). */
export function centeredResidue(units: number, modulus: number): number {
  const r = ((units % modulus) + modulus) % modulus;
  return r >= modulus / 2 ? r - modulus : r;
}

/** A protected mean of scores: (exact sum + perturbation) / n, kept within [0, 100]. */
export function protectMean(sum: number, scoreUnits: number, n: number): number {
  const perturbed = (sum + centeredResidue(scoreUnits * SCORE_MODULUS, SCORE_MODULUS)) / n;
  return Math.min(100, Math.max(0, perturbed));
}

/** A protected count: exact count + an integer perturbation in [−2, 2], never below 0. */
export function protectCount(count: number, countUnits: number): number {
  return Math.max(0, count + centeredResidue(Math.round(countUnits), COUNT_MODULUS));
}

/** Operational magnitudes: the noise spans at least this many times the largest confidential contribution. */
export const MAGNITUDE_SPREAD = 1.5;

/** In a cell of this many reporting countries or more, magnitudes stay within ±10% (or ±2). */
export const USEFUL_CELL_SIZE = 10;
export const MAGNITUDE_UTILITY_SHARE = 0.1;

export interface MagnitudeCell {
  /** Exact sum over every contributor. */
  sum: number;
  /** Largest single confidential contribution; 0 when every contributor shares its figures. */
  largestConfidential: number;
  /** Sum of the confidential contributions' keys, each uniform in [0, 1). */
  keyUnits: number;
  /** Contributing countries. */
  contributors: number;
}

/**
 * The half-width of a magnitude's noise: wide enough to hide the largest confidential contribution, capped in
 * cells of 10 or more so that the published figure stays within ±10% (or ±2) of the truth.
 */
export function magnitudeHalfWidth(cell: MagnitudeCell): number {
  const hiding = MAGNITUDE_SPREAD * cell.largestConfidential;
  if (cell.contributors < USEFUL_CELL_SIZE) return hiding;
  return Math.min(hiding, Math.max(2, MAGNITUDE_UTILITY_SHARE * cell.sum));
}

/**
 * A protected magnitude (cell key method, ABS TableBuilder): the cell key is the fractional part of the sum
 * of its confidential records' keys, mapped to a uniform noise in [−h, h]. `decimals` rounds the result.
 */
export function protectMagnitude(cell: MagnitudeCell, decimals = 0): number {
  if (cell.largestConfidential <= 0) return cell.sum;
  const key = cell.keyUnits - Math.floor(cell.keyUnits);
  const noisy = cell.sum + (2 * key - 1) * magnitudeHalfWidth(cell);
  const factor = 10 ** decimals;
  return Math.max(0, Math.round(noisy * factor) / factor);
}
