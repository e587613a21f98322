import { ALL_REGIONS, type MaturityPoint } from '@cpc/domain';
import { NOT_ASSESSED, WITHHELD, valueCell, type Cell } from './cells';

/** Levels 3 (Cooperation), 4 (Coordination) and 5 (Collaboration). */
const HIGH_LEVELS = ['3', '4', '5'] as const;

export interface HeadlineFigures {
  year: number;
  previousYear: number;
  /** Members of the grouping with a current assessment in `year`, out of `members`; null when withheld. */
  assessed: number | null;
  members: number;
  /** assessed / members; null when the count is withheld. */
  coverage: number | null;
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
  if (point.suppressed || point.assessed === null) return WITHHELD;
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
  const current = series.find((p) => p.region === ALL_REGIONS && p.year === year);
  if (!current) return null;
  const previous = series.find((p) => p.region === ALL_REGIONS && p.year === year - 1) ?? null;
  const mean = meanOf(current);

  const assessed = current.suppressed ? null : current.assessed;
  let atLevel3OrAbove: Cell = NOT_ASSESSED;
  let atLevel3OrAboveCount: number | null = null;
  if (assessed === null) atLevel3OrAbove = WITHHELD;
  else if (assessed > 0 && current.levels) {
    const levels = current.levels;
    // A protected count may exceed the protected number assessed by a little: a share stays at most 1.
    atLevel3OrAboveCount = Math.min(
      assessed,
      HIGH_LEVELS.reduce((sum, level) => sum + levels[level], 0),
    );
    atLevel3OrAbove = { state: 'value', value: atLevel3OrAboveCount / assessed };
  }
  const previousAssessed = previous && !previous.suppressed ? previous.assessed : null;

  return {
    year,
    previousYear: year - 1,
    assessed,
    members: current.members,
    // The API's own coverage: the browser renders the API's figures rather than derive them again.
    coverage: assessed === null ? null : current.coverage,
    mean,
    atLevel3OrAbove,
    atLevel3OrAboveCount,
    meanChange: change(mean, previous ? meanOf(previous) : null),
    assessedChange: assessed !== null && previousAssessed !== null ? assessed - previousAssessed : null,
  };
}
