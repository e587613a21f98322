/**
 * What the product promises, written down from its specification (not from its output), and the
 * few shapes of the public API these tests read.
 */

/** The six WCO regions. */
export const WCO_REGIONS = ['ESA', 'EUR', 'AP', 'MENA', 'AMS', 'WCA'] as const;
/** The UN M49 grouping has five regions. */
export const UN_REGION_COUNT = 5;
/** The whole grouping together, reported next to its regions. */
export const ALL = 'ALL';

export const PERIOD = { from: 2016, to: 2026 } as const;
export const PERIOD_YEARS = Array.from({ length: PERIOD.to - PERIOD.from + 1 }, (_, i) => PERIOD.from + i);
export const WCO_MATURITY_PATH = `/api/analytics/maturity?grouping=wco&from=${PERIOD.from}&to=${PERIOD.to}`;

export interface Health {
  status: string;
  db: string;
  /** The streaming replicas (DATABASE_REPLICA_URLS); none in these tests. */
  replicas: unknown[];
}

export interface Meta {
  methodologyVersion: string;
  demoData: boolean;
  latestYear: number | null;
}

export interface MaturityPoint {
  region: string;
  year: number;
  members: number;
  assessed: number;
  mean: number | null;
  p25: number | null;
  p75: number | null;
  levels: Record<string, number>;
}

export interface Maturity {
  series: MaturityPoint[];
}

export interface Groupings {
  groupings: { id: string; regions: { code: string }[] }[];
}

export function point(maturity: Maturity, region: string, year: number): MaturityPoint {
  const found = maturity.series.filter((p) => p.region === region && p.year === year);
  if (found.length !== 1) throw new Error(`expected one point for ${region} ${year}, found ${found.length}`);
  return found[0]!;
}

/** How many assessments the figures count, over all years: the sum of the grouping's level counts. */
export function countedAssessments(maturity: Maturity): number {
  return maturity.series
    .filter((p) => p.region === ALL)
    .reduce((sum, p) => sum + Object.values(p.levels).reduce((a, b) => a + b, 0), 0);
}
