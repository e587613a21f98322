import type { Activity, CheckDatabase, Commodity, Programme, SeizureUnit } from '@cpc/domain';

/*
 * The literal fixture of the operational outcomes tests (operations-analytics-series, operations-analytics-
 * small-cells, maturity-vs-outcomes and seizure-rollup .test.ts), each of which creates it in its own app.
 *
 * Custom grouping: R1 = FRA DEU ITA ESP, R2 = SEN GHA NGA, R3 = KEN. BRA takes part in an operation but is
 * no member, so it is never counted. Every operation of the fixture includes the activity `interception`.
 *
 * The years are kept apart by story:
 *   2024–2025  outcomes, filters, small cells, participation (MAIN, below);
 *   2023       maturity against outcomes (OUTCOMES_2023);
 *   2020–2022  the seizure rollup against the row-by-row path, through creates, edits, deletes and an import
 *              (its operations are in seizure-rollup.test.ts).
 *
 * National users may use the published groupings only: their tests read "wco", where FRA DEU ITA ESP are in
 * EUR, SEN GHA NGA in WCA, KEN in ESA and BRA (a WCO member) in AMS.
 */

export type Check = [database: CheckDatabase, queries: number, hits: number];
export type Seized = [commodity: Commodity, unit: SeizureUnit, cases: number, quantity: number];

export interface FixtureResult {
  country: string;
  arrests: number;
  investigationsOpened: number;
  controlledDeliveries: number;
  personsChecked: number;
  checks: Check[];
  seizures: Seized[];
}

export interface FixtureOperation {
  code: string;
  programme: Programme;
  activities: Activity[];
  startDate: string;
  endDate: string;
  countries: string[];
  results: FixtureResult[];
}

/** Database → [queries, hits]. */
export type Checks = Partial<Record<CheckDatabase, [queries: number, hits: number]>>;
/** "commodity unit" → [cases, quantity]. */
export type Seizures = Partial<Record<`${Commodity} ${SeizureUnit}`, [cases: number, quantity: number]>>;

export function seized(seizures: Seizures): Seized[] {
  return Object.entries(seizures).map(([key, [cases, quantity]]): Seized => {
    const [commodity, unit] = key.split(' ') as [Commodity, SeizureUnit];
    return [commodity, unit, cases, quantity];
  });
}

/** A result: [arrests, investigations opened, controlled deliveries, persons checked], checks, seizures. */
export function res(
  country: string,
  [arrests, investigationsOpened, controlledDeliveries, personsChecked]: [number, number, number, number],
  checks: Checks,
  seizures: Seizures,
): FixtureResult {
  return {
    country,
    arrests,
    investigationsOpened,
    controlledDeliveries,
    personsChecked,
    checks: Object.entries(checks).map(([database, [queries, hits]]): Check => [
      database as CheckDatabase,
      queries,
      hits,
    ]),
    seizures: seized(seizures),
  };
}

export const REGIONS: Record<string, string[]> = {
  R1: ['FRA', 'DEU', 'ITA', 'ESP'],
  R2: ['SEN', 'GHA', 'NGA'],
  R3: ['KEN'],
};
export const REGION_CODES = ['R1', 'R2', 'R3'];
/** The fixture's countries in the WCO regions, in the grouping's order. */
export const WCO_REGIONS: Record<string, string[]> = {
  ESA: ['KEN'],
  EUR: ['FRA', 'DEU', 'ITA', 'ESP'],
  AP: [],
  MENA: [],
  AMS: ['BRA'],
  WCA: ['SEN', 'GHA', 'NGA'],
};
export const DATABASES: CheckDatabase[] = ['sltd', 'smv', 'nominal', 'notices'];

export const MAIN: FixtureOperation[] = [
  {
    code: 'OA-2024',
    programme: 'aircop',
    activities: ['interception', 'risk_targeting'],
    startDate: '2024-03-01',
    endDate: '2024-03-10',
    countries: ['FRA', 'DEU', 'SEN', 'BRA'],
    results: [
      res(
        'FRA',
        [3, 1, 0, 100],
        { sltd: [50, 5], nominal: [20, 1] },
        { 'cocaine kg': [2, 12.5], 'currency usd': [1, 10000] },
      ),
      res('DEU', [1, 0, 1, 40], {}, { 'cocaine kg': [1, 3.25], 'currency eur': [1, 5000] }),
      res('SEN', [2, 1, 0, 60], { smv: [10, 0] }, { 'cannabis kg': [3, 100] }),
      res('BRA', [9, 9, 9, 999], { sltd: [100, 100] }, { 'cocaine kg': [1, 500] }),
    ],
  },
  {
    // Starts in 2024, ends in 2025: counted in 2025 only.
    code: 'OB-2425',
    programme: 'ccp',
    activities: ['interception'],
    startDate: '2024-12-20',
    endDate: '2025-01-05',
    countries: ['FRA', 'ITA', 'GHA'],
    results: [
      res('FRA', [2, 2, 0, 30], { sltd: [10, 2] }, { 'currency usd': [1, 2500], 'currency eur': [2, 1200.5] }),
      res('GHA', [0, 0, 0, 15], { notices: [0, 0] }, {}),
    ],
  },
  {
    code: 'OC-2025',
    programme: 'aircop',
    activities: ['interception', 'controlled_delivery'],
    startDate: '2025-06-01',
    endDate: '2025-06-30',
    countries: ['FRA', 'DEU', 'ITA', 'KEN', 'NGA'],
    results: [
      res('FRA', [5, 1, 2, 200], { sltd: [100, 4], smv: [20, 1] }, { 'cocaine kg': [1, 40] }),
      res('DEU', [4, 0, 1, 80], { nominal: [30, 3] }, { 'cocaine kg': [2, 7.125], 'tobacco pieces': [1, 20000] }),
      res('ITA', [1, 1, 0, 10], {}, { 'heroin kg': [1, 2] }),
      res('KEN', [6, 2, 0, 50], { sltd: [40, 8] }, { 'wildlife kg': [2, 30] }),
      res('NGA', [7, 3, 1, 90], { notices: [25, 5] }, { 'cocaine kg': [1, 15], 'currency usd': [1, 8000] }),
    ],
  },
  {
    code: 'OD-2025',
    programme: 'wco',
    activities: ['interception', 'investigation'],
    startDate: '2025-09-01',
    endDate: '2025-09-02',
    countries: ['ESP', 'SEN'],
    results: [res('SEN', [1, 1, 0, 5], {}, { 'cannabis kg': [1, 20] })],
  },
];

/*
 * Maturity against outcomes, 2023 (current window 2021–2023, submitted or validated).
 *   country  assessment used         seizure cases   arrests   queries/hits     hit rate
 *   DEU      2022 submitted 40       1               4         10/1             0.1
 *   FRA      2023 validated 80 (*)   3 + 2 = 5       3 + 2 = 5 10/2 + 10/3     5/20 = 0.25
 *   ITA      2023 validated 60       4               2         4/2              0.5
 *   NGA      2021 validated 50       1 + 2 = 3       1 + 3 = 4 5/0 + 5/2       2/10 = 0.2
 *   SEN      2023 submitted 20       2               0         0/0              null
 *   GHA      draft only           → excluded;  KEN 2020 (out of the window) → excluded;  BRA no member.
 * (*) FRA's 2021 assessment (10) is superseded, its 2024 one (99) is later than the year.
 */
export const OUTCOMES_2023: FixtureOperation[] = [
  {
    code: 'OH1-2023',
    programme: 'regional',
    activities: ['interception'],
    startDate: '2023-05-01',
    endDate: '2023-05-31',
    countries: ['FRA', 'DEU', 'ITA', 'SEN', 'NGA', 'KEN', 'GHA', 'BRA'],
    results: [
      res('FRA', [3, 0, 0, 10], { sltd: [10, 2] }, { 'cocaine kg': [3, 10] }),
      res('DEU', [4, 0, 0, 10], { sltd: [10, 1] }, { 'cocaine kg': [1, 1] }),
      res('ITA', [2, 0, 0, 10], { smv: [4, 2] }, { 'heroin kg': [4, 4] }),
      res('SEN', [0, 0, 0, 10], { sltd: [0, 0] }, { 'cannabis kg': [2, 2] }),
      res('NGA', [1, 0, 0, 10], { smv: [5, 0] }, { 'cocaine kg': [1, 1] }),
      res('KEN', [9, 0, 0, 10], { sltd: [10, 10] }, { 'wildlife heads': [5, 5] }),
      res('GHA', [1, 0, 0, 10], {}, {}),
      res('BRA', [50, 0, 0, 10], { sltd: [10, 9] }, { 'cocaine kg': [40, 400] }),
    ],
  },
  {
    code: 'OH2-2023',
    programme: 'national',
    activities: ['interception'],
    startDate: '2023-10-01',
    endDate: '2023-10-05',
    countries: ['FRA', 'NGA'],
    results: [
      res('FRA', [2, 0, 0, 10], { nominal: [10, 3] }, { 'currency usd': [2, 1000] }),
      res('NGA', [3, 0, 0, 10], { notices: [5, 2] }, { 'cocaine kg': [2, 2] }),
    ],
  },
];
