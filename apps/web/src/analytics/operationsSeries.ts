import { ALL_REGIONS, type OperationsPoint } from '@cpc/domain';
import { WITHHELD, cellValue, valueCell, type Cell } from './cells';
import type { RegionSeries } from './regionSeries';

/** The counts drawn region by region over time. */
export const OUTCOME_COUNTS = ['operations', 'arrests', 'seizureCases', 'controlledDeliveries'] as const;
export type OutcomeCount = (typeof OUTCOME_COUNTS)[number];
export type TrendMetric = OutcomeCount | 'hitRate';

/**
 * One region-year's figure. Withheld when 1 or 2 countries reported (for a national reader); a region
 * where nothing was reported counts zero, as the API says; a hit rate without any query has no value.
 */
export function operationsCell(point: OperationsPoint, metric: TrendMetric): Cell {
  if (point.suppressed) return WITHHELD;
  return valueCell(point[metric]);
}

export interface TrendRow {
  year: number;
  /** By region code: the value, or null for a gap in the line. */
  values: Readonly<Record<string, number | null>>;
}

/** The series of a small multiple as chart rows: one per year, each region's value or a gap. */
export function trendRows(series: readonly RegionSeries[]): TrendRow[] {
  const years = series[0]?.points.map((p) => p.year) ?? [];
  return years.map((year, i) => ({
    year,
    values: Object.fromEntries(
      series.map((s) => {
        const point = s.points[i];
        return [s.code, point ? cellValue(point.cell) : null];
      }),
    ),
  }));
}

/**
 * Whether anything may have been reported in the period: the whole grouping's rows count the reporting
 * countries. A withheld row (fewer than 3 reporting countries, for a national user) does not say none.
 */
export function hasReports(series: readonly OperationsPoint[]): boolean {
  return series.some((p) => p.region === ALL_REGIONS && (p.suppressed || (p.countries ?? 0) > 0));
}
