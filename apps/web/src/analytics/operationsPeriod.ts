import type { OperationsPoint } from '@cpc/domain';

export interface PeriodPoints {
  /** The rows whose figures can be added up. */
  points: OperationsPoint[];
  /** Years whose figures are withheld, so the totals leave them out (and say so). */
  withheldYears: number[];
}

/** A region's rows in one year, or in every year of the response when `year` is null. */
export function pointsOfPeriod(series: readonly OperationsPoint[], region: string, year: number | null): PeriodPoints {
  const inPeriod = series.filter((p) => p.region === region && (year === null || p.year === year));
  return {
    points: inPeriod.filter((p) => !p.suppressed),
    withheldYears: inPeriod.filter((p) => p.suppressed).map((p) => p.year),
  };
}
