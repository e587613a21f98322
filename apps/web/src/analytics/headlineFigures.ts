import type { MaturityPoint } from '@cpc/domain';
import { ALL_REGION, NOT_ASSESSED, WITHHELD, valueCell, type Cell } from './cells';

/** Levels 3 (Cooperation), 4 (Coordination) and 5 (Collaboration). */
const HIGH_LEVELS = ['3', '4', '5'] as const;

export interface HeadlineFigures {
  year: number;
  previousYear: number;
  /** Members of the grouping with a current assessment in `year`, out of `members`. Never withheld: a count. */
  assessed: number;
  members: number;
  coverage: number;
  /** Mean overall index of the assessed members. */
  mean: Cell;
  /** Share (0–1) of the assessed members at level 3 or above. */
  atLevel3OrAbove: Cell;
  /** How many that share is. */
  atLevel3OrAboveCount: number | null;
  /** The mean's change on the previous year, in index points, from the one-decimal means shown. */
  meanChange: Cell;
  /** The change in the number of assessed members; null without a previous year. */
  assessedChange: number | null;
}

const oneDecimal = (value: number) => Math.round(value * 10) / 10;

function meanOf(point: MaturityPoint): Cell {
  if (point.suppressed) return WITHHELD;
  return point.assessed > 0 ? valueCell(point.mean) : NOT_ASSESSED;
}

function change(current: Cell, previous: Cell | null): Cell {
  if (previous === null) return NOT_ASSESSED;
  if (current.state === 'withheld' || previous.state === 'withheld') return WITHHELD;
  if (current.state !== 'value' || previous.state !== 'value') return NOT_ASSESSED;
  return { state: 'value', value: oneDecimal(oneDecimal(current.value) - oneDecimal(previous.value)) };
}

/**
 * The overview's headline figures for `year`, from the whole-grouping (ALL) rows of a maturity response
 * covering `year` and the year before. Null when the response has no ALL row for `year`.
 */
export function headlineFigures(series: readonly MaturityPoint[], year: number): HeadlineFigures | null {
  const current = series.find((p) => p.region === ALL_REGION && p.year === year);
  if (!current) return null;
  const previous = series.find((p) => p.region === ALL_REGION && p.year === year - 1) ?? null;
  const mean = meanOf(current);

  let atLevel3OrAbove: Cell = NOT_ASSESSED;
  let atLevel3OrAboveCount: number | null = null;
  if (current.suppressed) atLevel3OrAbove = WITHHELD;
  else if (current.assessed > 0 && current.levels) {
    const levels = current.levels;
    atLevel3OrAboveCount = HIGH_LEVELS.reduce((sum, level) => sum + levels[level], 0);
    atLevel3OrAbove = { state: 'value', value: atLevel3OrAboveCount / current.assessed };
  }

  return {
    year,
    previousYear: year - 1,
    assessed: current.assessed,
    members: current.members,
    coverage: current.members > 0 ? current.assessed / current.members : 0,
    mean,
    atLevel3OrAbove,
    atLevel3OrAboveCount,
    meanChange: change(mean, previous ? meanOf(previous) : null),
    assessedChange: previous ? current.assessed - previous.assessed : null,
  };
}
