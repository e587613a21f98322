import type { Dimension } from '../instrument/types.js';

/**
 * What the protection of a cell needs besides its exact figures, computed by PostgreSQL with them. "Units"
 * are sums of the confidential records' offsets: fractions of the modulus for scores (each offset in [0, 1)),
 * integers for counts (each offset in 0–4).
 */
export interface ScoreSum {
  /** Exact sum of the value over the records that have one; null when none has. */
  sum: number | null;
  /** Records that have the value. */
  n: number;
  units: number;
}

export type LevelUnits = Record<'1' | '2' | '3' | '4' | '5', number>;

export interface MaturityCellNoise {
  value: ScoreSum;
  dimensions: Record<Dimension, ScoreSum>;
  assessedUnits: number;
  levelUnits: LevelUnits;
  selfLevelUnits: LevelUnits;
}

/** A count cell (gap item, A.17 option): its population and its count each carry their own offsets. */
export interface CountCellNoise {
  assessedUnits: number;
  countUnits: number;
}

/** One operational magnitude of a cell: the largest confidential contribution and the sum of their keys. */
export interface MagnitudeNoise {
  largestConfidential: number;
  keyUnits: number;
}

export interface OperationsCellNoise {
  countriesUnits: number;
  operationsUnits: number;
  /** By statistic: arrests, sltd_queries…, and `quantity:${commodity}:${unit}` / `cases:${commodity}:${unit}`. */
  magnitudes: Record<string, MagnitudeNoise>;
}
