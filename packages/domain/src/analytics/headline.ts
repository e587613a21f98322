import type { MaturityPoint } from '../schemas/analytics.js';
import { ALL_REGIONS } from './small-cells.js';

/** A headline figure: a number, or why there is none (never a zero in place of "not assessed"). */
export type HeadlineFigure = { state: 'value'; value: number } | { state: 'notAssessed' } | { state: 'withheld' };

/** The whole grouping in one year: the overview's four figures, from the same points the reader sees. */
export interface Headline {
  year: number;
  previousYear: number;
  /** Members with a current assessment in `year`; null when withheld. */
  assessed: number | null;
  members: number;
  coverage: number | null;
  mean: HeadlineFigure;
  /** Share (0–1) of the assessed members at level 3 (Cooperation) or above. */
  atLevel3OrAbove: HeadlineFigure;
  atLevel3OrAboveCount: number | null;
  /** The mean's change on the previous year, from the one-decimal means shown. */
  meanChange: HeadlineFigure;
  assessedChange: number | null;
}

const NOT_ASSESSED: HeadlineFigure = { state: 'notAssessed' };
const WITHHELD: HeadlineFigure = { state: 'withheld' };
const HIGH_LEVELS = ['3', '4', '5'] as const;
const oneDecimal = (value: number) => Math.round(value * 10) / 10;

function meanOf(point: MaturityPoint): HeadlineFigure {
  if (point.suppressed || point.assessed === null) return WITHHELD;
  return point.assessed > 0 && point.mean !== null ? { state: 'value', value: point.mean } : NOT_ASSESSED;
}

function change(current: HeadlineFigure, previous: HeadlineFigure | null): HeadlineFigure {
  if (previous === null) return NOT_ASSESSED;
  if (current.state === 'withheld' || previous.state === 'withheld') return WITHHELD;
  if (current.state !== 'value' || previous.state !== 'value') return NOT_ASSESSED;
  return { state: 'value', value: oneDecimal(oneDecimal(current.value) - oneDecimal(previous.value)) };
}

/** The share at level 3 or above, and its count; a protected count never makes the share exceed 1. */
function highLevels(point: MaturityPoint, assessed: number | null): [HeadlineFigure, number | null] {
  if (assessed === null) return [WITHHELD, null];
  if (assessed === 0 || !point.levels) return [NOT_ASSESSED, null];
  const levels = point.levels;
  const count = Math.min(
    assessed,
    HIGH_LEVELS.reduce((sum, level) => sum + levels[level], 0),
  );
  return [{ state: 'value', value: count / assessed }, count];
}

/**
 * The headline of `year` from the whole-grouping (ALL) points of a maturity answer, as its reader sees them
 * (exact for analysts, protected for national users); null without an ALL point for `year`.
 */
export function headlineOf(series: readonly MaturityPoint[], year: number): Headline | null {
  const current = series.find((p) => p.region === ALL_REGIONS && p.year === year);
  if (!current) return null;
  const previous = series.find((p) => p.region === ALL_REGIONS && p.year === year - 1) ?? null;
  const mean = meanOf(current);
  const assessed = current.suppressed ? null : current.assessed;
  const [atLevel3OrAbove, atLevel3OrAboveCount] = highLevels(current, assessed);
  const previousAssessed = previous && !previous.suppressed ? previous.assessed : null;
  return {
    year,
    previousYear: year - 1,
    assessed,
    members: current.members,
    coverage: assessed === null ? null : current.coverage,
    mean,
    atLevel3OrAbove,
    atLevel3OrAboveCount,
    meanChange: change(mean, previous ? meanOf(previous) : null),
    assessedChange: assessed !== null && previousAssessed !== null ? assessed - previousAssessed : null,
  };
}
