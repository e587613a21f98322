import type { Principal } from '../access/roles.js';
import { CURRENT_WINDOW_YEARS } from '../methodology/current-window.js';
import { receivesProtectedFigures } from './levels.js';

/**
 * Gap items and A.17 difficulties are yes/no answers, and the count noise that keeps the counts of 10+
 * useful (±2) lets one difference guess an answer right 60% of the time, the bound itself. Two differences
 * of the same assessment (the year it appears, the year it leaves the current window) would beat it by
 * averaging. National users therefore read these counts by reporting cycle: fixed, non-overlapping windows
 * as long as the as-of window, so that each assessment counts in one cycle only and no two cells they can
 * ask for differ by one administration (docs/disclosure.md).
 */
export const REPORTING_CYCLE_YEARS = CURRENT_WINDOW_YEARS + 1;

/** The first cycle starts with the series (2016–2018, 2019–2021, …). */
export const FIRST_REPORTING_CYCLE_START = 2016;

export interface YearPeriod {
  from: number;
  to: number;
}

/** The reporting cycle that holds `year`. */
export function reportingCycle(year: number): YearPeriod {
  const index = Math.floor((year - FIRST_REPORTING_CYCLE_START) / REPORTING_CYCLE_YEARS);
  const from = FIRST_REPORTING_CYCLE_START + index * REPORTING_CYCLE_YEARS;
  return { from, to: from + REPORTING_CYCLE_YEARS - 1 };
}

/**
 * The as-of year whose window [Y − 2, Y] a reader's gap and difficulty counts cover: the year asked for,
 * or for national users the end of its reporting cycle (the two windows have the same length).
 */
export function countsAsOfYear(reader: Principal, year: number): number {
  return receivesProtectedFigures(reader) ? reportingCycle(year).to : year;
}

/** The years an as-of year's current assessments are drawn from. */
export function asOfPeriod(year: number): YearPeriod {
  return { from: year - CURRENT_WINDOW_YEARS, to: year };
}
