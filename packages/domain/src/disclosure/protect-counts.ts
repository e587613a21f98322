import { isWithheldCell } from '../analytics/small-cells.js';
import type { CountCellNoise } from './cells.js';
import { protectCount } from './perturbation.js';
import { protectedContributors } from './protect-maturity.js';
import { roundScore } from '../methodology/scoring.js';

/** A count among a population (gap items, A.17 options): both perturbed, the share computed from them. */
export interface CountCell {
  assessed: number | null;
  count: number | null;
  share: number | null;
  suppressed: boolean;
}

export function protectCountCell(cell: CountCell, noise: CountCellNoise): CountCell {
  if (cell.assessed === null || isWithheldCell(cell.assessed))
    return { assessed: null, count: null, share: null, suppressed: true };
  const assessed = protectedContributors(cell.assessed, noise.assessed, Number.POSITIVE_INFINITY);
  const count = Math.min(assessed, protectCount(cell.count ?? 0, cell.assessed, noise.count));
  return { assessed, count, share: roundScore(count / assessed), suppressed: false };
}
