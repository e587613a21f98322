import type { Dimension } from '../instrument/types.js';
import type { CellKey } from './perturbation.js';

/**
 * What the protection of a cell needs besides its exact figures, computed by PostgreSQL with them: exact
 * sums, and per statistic the confidential records' keys (docs/disclosure.md).
 */
export interface ScoreSum {
  /** Exact sum of the value over the records that have one; null when none has. */
  sum: number | null;
  /** Records that have the value. */
  n: number;
  /** The key every score of the cell shares. */
  key: CellKey;
  /** This score's own key. */
  ownKey: CellKey;
}

export type LevelKeys = Record<'1' | '2' | '3' | '4' | '5', CellKey>;

export interface MaturityCellNoise {
  /** The overall index or the requested dimension. */
  value: ScoreSum;
  dimensions: Record<Dimension, ScoreSum>;
  assessed: CellKey;
  levels: LevelKeys;
  selfLevels: LevelKeys;
}

/** A count cell (gap item, A.17 option): its population and its count each have their own key. */
export interface CountCellNoise {
  assessed: CellKey;
  count: CellKey;
}

/** One operational magnitude of a cell: the largest confidential contribution and the sum of their keys. */
export interface MagnitudeNoise {
  largestConfidential: number;
  keyUnits: number;
}

export interface OperationsCellNoise {
  countries: CellKey;
  operations: CellKey;
  /** By statistic: arrests, sltd_queries…, seizure_cases, `quantity:${commodity}:${unit}`, `cases:…`. */
  magnitudes: Record<string, MagnitudeNoise>;
}
