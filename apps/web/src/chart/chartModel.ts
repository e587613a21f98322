import { ALL_REGIONS, type MaturityResponse } from '@cpc/domain';
import { orderedRegions, type NamedRegion } from '../analytics/regions';

type MaturityPoint = MaturityResponse['series'][number];

/** Below this share of members assessed, a region's statistics rest on too few administrations to read alone. */
export const LOW_COVERAGE_THRESHOLD = 0.5;

export interface RegionYearStats {
  /** null when withheld: a withheld cell tells nothing of how many were assessed. */
  assessed: number | null;
  members: number;
  /** assessed / members, 0–1; null when withheld. */
  coverage: number | null;
  /** null when nothing was assessed: no assessment is never a zero. */
  mean: number | null;
  median: number | null;
  p25: number | null;
  p75: number | null;
  lowCoverage: boolean;
  /** Withheld from national users: fewer than three administrations are behind it. */
  suppressed: boolean;
}

export interface ChartRow {
  year: number;
  /** By region code, including ALL_REGIONS; absent when the API sent no row for that region and year. */
  stats: Readonly<Record<string, RegionYearStats | undefined>>;
}

/** A region as the charts name it: the same shape as the analytics' named region. */
export type ChartRegion = NamedRegion;

export interface ChartModel {
  /** The regions to draw, in the grouping's order; never includes ALL_REGIONS. */
  regions: ChartRegion[];
  /** The ALL_REGIONS series, when the API sent it. */
  allMembers: ChartRegion | null;
  /** One row per year from `from` to `to`, so years without data become gaps. */
  rows: ChartRow[];
  /** The latest year with at least one assessment, or null when the period has none. */
  latestAssessedYear: number | null;
  /** Whether any region-year is withheld: a period of withheld cells only is not an empty one. */
  anyWithheld: boolean;
  /**
   * Whether the figures have medians and quartiles. National users get no order statistics (they would be
   * single administrations' scores), so their charts and tables leave them out rather than show them empty.
   */
  orderStatistics: boolean;
}

function toStats(point: MaturityPoint): RegionYearStats {
  const { assessed, coverage } = point;
  if (point.suppressed || assessed === null || coverage === null) {
    return {
      assessed: null,
      members: point.members,
      coverage: null,
      mean: null,
      median: null,
      p25: null,
      p75: null,
      lowCoverage: false,
      suppressed: true,
    };
  }
  // Guard against a statistic sent for an empty region: it must read as "not assessed", not as a value.
  const ifAssessed = (value: number | null) => (assessed > 0 ? value : null);
  return {
    assessed,
    members: point.members,
    coverage: point.members > 0 ? coverage : 0,
    mean: ifAssessed(point.mean),
    median: ifAssessed(point.median),
    p25: ifAssessed(point.p25),
    p75: ifAssessed(point.p75),
    lowCoverage: assessed > 0 && coverage < LOW_COVERAGE_THRESHOLD,
    suppressed: false,
  };
}

/**
 * Turns the API's long format (one row per region and year) into one chart row per year.
 * `groupingRegions` fixes the order, and so the colours, of the regions; the series alone is
 * used when the grouping list is unavailable.
 */
export function buildChartModel(
  response: Pick<MaturityResponse, 'from' | 'to' | 'series'> & { protected?: boolean },
  groupingRegions: readonly ChartRegion[] = [],
): ChartModel {
  const byYear = new Map<number, Record<string, RegionYearStats>>();
  let allMembers: ChartRegion | null = null;
  let latestAssessedYear: number | null = null;
  let anyWithheld = false;

  for (const point of response.series) {
    if (point.year < response.from || point.year > response.to) continue;
    const yearStats = byYear.get(point.year) ?? {};
    const stats = toStats(point);
    yearStats[point.region] = stats;
    byYear.set(point.year, yearStats);
    if (point.region === ALL_REGIONS) allMembers ??= { code: ALL_REGIONS, name: point.regionName };
    anyWithheld ||= stats.suppressed;
    if ((stats.assessed ?? 0) > 0 && (latestAssessedYear === null || point.year > latestAssessedYear)) {
      latestAssessedYear = point.year;
    }
  }

  const rows: ChartRow[] = [];
  for (let year = response.from; year <= response.to; year++) {
    rows.push({ year, stats: byYear.get(year) ?? {} });
  }

  return {
    regions: orderedRegions(response.series, groupingRegions),
    allMembers,
    rows,
    latestAssessedYear,
    anyWithheld,
    orderStatistics: response.protected !== true,
  };
}

/** Narrows the `any` payload recharts hands to custom renderers back to a row of this model. */
export function isChartRow(value: unknown): value is ChartRow {
  return typeof value === 'object' && value !== null && 'year' in value && 'stats' in value;
}

/** The value recharts plots for a region's line: its mean, or null for a gap. */
export function meanOf(regionCode: string): (row: ChartRow) => number | null {
  return (row) => row.stats[regionCode]?.mean ?? null;
}

/** The [p25, p75] range recharts fills for a region's band, or null for a gap. */
export function interquartileRangeOf(regionCode: string): (row: ChartRow) => [number, number] | null {
  return (row) => {
    const stats = row.stats[regionCode];
    return stats && stats.p25 !== null && stats.p75 !== null ? [stats.p25, stats.p75] : null;
  };
}
