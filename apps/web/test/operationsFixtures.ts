import type {
  MaturityVsOutcomesResponse,
  OperationResponse,
  OperationResult,
  OperationsAnalyticsResponse,
  OperationsPoint,
} from '@cpc/domain';

let sequence = 0;

/** An operation as the API returns it; every field can be overridden, the code and id are unique. */
export function newOperation(overrides: Partial<OperationResponse> = {}): OperationResponse {
  sequence += 1;
  return {
    id: `op-${sequence}`,
    code: `OP-${sequence}`,
    name: `Operation ${sequence}`,
    description: null,
    programme: 'aircop',
    lead: 'wco',
    activities: ['interception'],
    startDate: '2025-03-01',
    endDate: '2025-03-31',
    countries: ['FRA', 'KEN'],
    reportedCountries: [],
    createdAt: '2025-01-10T09:00:00.000Z',
    updatedAt: '2025-01-10T09:00:00.000Z',
    ...overrides,
  };
}

/** A country's result of an operation, with no checks and no seizures unless given. */
export function newResult(overrides: Partial<OperationResult> = {}): OperationResult {
  sequence += 1;
  return {
    id: `result-${sequence}`,
    operationId: 'op-1',
    country: 'KEN',
    unitType: 'airport_task_force',
    unitName: null,
    arrests: 2,
    investigationsOpened: 1,
    controlledDeliveries: 0,
    personsChecked: 120,
    databaseChecks: [],
    seizures: [],
    createdAt: '2025-04-02T09:00:00.000Z',
    updatedAt: '2025-04-02T09:00:00.000Z',
    ...overrides,
  };
}

type PointInput = Pick<OperationsPoint, 'region' | 'year'> & Partial<OperationsPoint>;

/** A region-year of the operations analytics: nothing reported unless given. */
export function opsPoint(input: PointInput): OperationsPoint {
  return {
    regionName: { en: input.region, fr: input.region },
    countries: 0,
    operations: 0,
    arrests: 0,
    investigationsOpened: 0,
    controlledDeliveries: 0,
    personsChecked: 0,
    seizureCases: 0,
    quantities: [],
    queries: 0,
    hits: 0,
    hitRate: null,
    databaseChecks: [],
    suppressed: false,
    ...input,
  };
}

/** The withheld shape of a region-year (a national reader, 1 or 2 reporting countries). */
export function withheldPoint(region: string, year: number, countries: number): OperationsPoint {
  return opsPoint({
    region,
    year,
    countries,
    operations: null,
    arrests: null,
    investigationsOpened: null,
    controlledDeliveries: null,
    personsChecked: null,
    seizureCases: null,
    quantities: null,
    queries: null,
    hits: null,
    hitRate: null,
    databaseChecks: null,
    suppressed: true,
  });
}

const WCO_REGIONS = ['ESA', 'EUR', 'AP', 'MENA', 'AMS', 'WCA'];

/**
 * The WCO grouping over 2024–2025: Europe and East and Southern Africa report, West and Central Africa's
 * 2025 figures are withheld, every other region-year is zero.
 */
export function wcoOperations(): OperationsAnalyticsResponse {
  const reported: OperationsPoint[] = [
    opsPoint({
      region: 'EUR',
      year: 2024,
      countries: 4,
      operations: 3,
      arrests: 12,
      seizureCases: 9,
      controlledDeliveries: 2,
      quantities: [{ commodity: 'cocaine', unit: 'kg', quantity: 120.5, cases: 4 }],
      queries: 1000,
      hits: 20,
      hitRate: 0.02,
      databaseChecks: [{ database: 'sltd', queries: 1000, hits: 20, hitRate: 0.02 }],
    }),
    opsPoint({
      region: 'EUR',
      year: 2025,
      countries: 3,
      operations: 2,
      arrests: 7,
      seizureCases: 5,
      controlledDeliveries: 1,
      quantities: [{ commodity: 'tobacco', unit: 'pieces', quantity: 40000, cases: 5 }],
      queries: 500,
      hits: 25,
      hitRate: 0.05,
      databaseChecks: [{ database: 'sltd', queries: 500, hits: 25, hitRate: 0.05 }],
    }),
    opsPoint({
      region: 'ESA',
      year: 2025,
      countries: 3,
      operations: 1,
      arrests: 4,
      seizureCases: 3,
      quantities: [{ commodity: 'wildlife', unit: 'kg', quantity: 35, cases: 3 }],
    }),
    withheldPoint('WCA', 2025, 2),
  ];
  const all = [2024, 2025].map((year) =>
    opsPoint({
      region: 'ALL',
      year,
      countries: year === 2024 ? 4 : 8,
      operations: year === 2024 ? 3 : 4,
      arrests: year === 2024 ? 12 : 13,
      seizureCases: year === 2024 ? 9 : 10,
      controlledDeliveries: year === 2024 ? 2 : 1,
      quantities:
        year === 2024
          ? [{ commodity: 'cocaine', unit: 'kg', quantity: 120.5, cases: 4 }]
          : [
              { commodity: 'wildlife', unit: 'kg', quantity: 35, cases: 3 },
              { commodity: 'cocaine', unit: 'kg', quantity: 10.25, cases: 1 },
              { commodity: 'tobacco', unit: 'pieces', quantity: 40000, cases: 5 },
            ],
      queries: year === 2024 ? 1000 : 500,
      hits: year === 2024 ? 20 : 25,
      hitRate: year === 2024 ? 0.02 : 0.05,
      databaseChecks:
        year === 2024
          ? [{ database: 'sltd', queries: 1000, hits: 20, hitRate: 0.02 }]
          : [
              { database: 'sltd', queries: 500, hits: 25, hitRate: 0.05 },
              { database: 'notices', queries: 0, hits: 0, hitRate: null },
            ],
    }),
  );
  const series = WCO_REGIONS.flatMap((region) =>
    [2024, 2025].map(
      (year) => reported.find((p) => p.region === region && p.year === year) ?? opsPoint({ region, year }),
    ),
  );
  return {
    methodologyVersion: 'v1',
    grouping: 'wco',
    from: 2024,
    to: 2025,
    programme: null,
    activity: null,
    commodity: null,
    protected: false,
    series: [...series, ...all],
  };
}

export function maturityVsOutcomes(overrides: Partial<MaturityVsOutcomesResponse> = {}): MaturityVsOutcomesResponse {
  return {
    methodologyVersion: 'v1',
    grouping: 'wco',
    year: 2025,
    metric: 'seizureCases',
    protected: false,
    points: [
      { country: 'FRA', region: 'EUR', overall: 72.5, value: 14 },
      { country: 'DEU', region: 'EUR', overall: 65, value: 9 },
      { country: 'KEN', region: 'ESA', overall: 48.2, value: 3 },
    ],
    pearson: 0.9871,
    spearman: 1,
    n: 3,
    excluded: 2,
    ...overrides,
  };
}
