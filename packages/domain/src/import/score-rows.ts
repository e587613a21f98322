import { computeScoresUnderEveryVersion, type Scores } from '../methodology/scoring.js';
import type { ImportRow } from './parse-table.js';
import { SliceCounter, type Sliced } from './slices.js';

/** Rows scored per slice: scoring a row under every version takes about 25 µs, so a slice takes a few ms. */
export const SCORED_ROWS_PER_SLICE = 250;

/** An import row with its scores under every version, oldest first. */
export interface ScoredImportRow {
  row: ImportRow;
  scores: Scores[];
}

/**
 * Each row with its scores under every version, in the rows' order. A row that passed the submission check always
 * scores; one that does not is a bug in the checks, and throws.
 */
export function* scoreImportRowsInSlices(rows: readonly ImportRow[]): Sliced<ScoredImportRow[]> {
  const slices = new SliceCounter(SCORED_ROWS_PER_SLICE);
  const scored: ScoredImportRow[] = [];
  for (const row of rows) {
    if (slices.ended()) yield;
    const scores = computeScoresUnderEveryVersion(row.answers);
    if (!scores) throw new Error(`row ${row.row}: a complete answer set could not be scored`);
    scored.push({ row, scores });
  }
  return scored;
}
