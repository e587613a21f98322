import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { z } from 'zod';
import {
  CreateOperationRequestSchema,
  CreateResultRequestSchema,
  MaturityVsOutcomesQuerySchema,
  OperationsAnalyticsQuerySchema,
  UpdateOperationRequestSchema,
} from '../src/index.js';

/** The paths of the issues a parse reports, or [] when it succeeds. */
function issuePaths(result: z.ZodSafeParseResult<unknown>): PropertyKey[][] {
  return result.success ? [] : result.error.issues.map((i) => i.path);
}

function issueMessages(result: z.ZodSafeParseResult<unknown>): string[] {
  return result.success ? [] : result.error.issues.map((i) => i.message);
}

const HARMATTAN = {
  code: 'AIRCOP-2024-01',
  name: 'Operation Harmattan',
  programme: 'aircop',
  lead: 'wco',
  activities: ['risk_targeting', 'interception'],
  startDate: '2024-03-01',
  endDate: '2024-03-15',
  countries: ['SEN', 'TGO'],
};

describe('creating an operation', () => {
  it('accepts a complete operation', () => {
    expect(CreateOperationRequestSchema.safeParse(HARMATTAN).success).toBe(true);
  });

  it('accepts an operation that starts and ends on the same day', () => {
    const oneDay = { ...HARMATTAN, startDate: '2024-03-01', endDate: '2024-03-01' };
    expect(CreateOperationRequestSchema.safeParse(oneDay).success).toBe(true);
  });

  it('puts an end date before the start date on endDate', () => {
    const result = CreateOperationRequestSchema.safeParse({ ...HARMATTAN, endDate: '2024-02-29' });
    expect(issuePaths(result)).toEqual([['endDate']]);
    expect(issueMessages(result)).toEqual(['endDate must not be before startDate']);
  });

  it('requires at least one activity', () => {
    expect(issuePaths(CreateOperationRequestSchema.safeParse({ ...HARMATTAN, activities: [] }))).toEqual([
      ['activities'],
    ]);
  });

  it('rejects an activity listed twice and one outside the vocabulary', () => {
    const twice = { ...HARMATTAN, activities: ['interception', 'interception'] };
    expect(issuePaths(CreateOperationRequestSchema.safeParse(twice))).toEqual([['activities']]);
    const unknown = { ...HARMATTAN, activities: ['interception', 'surveillance'] };
    expect(issuePaths(CreateOperationRequestSchema.safeParse(unknown))).toEqual([['activities', 1]]);
  });

  it('rejects a country listed twice', () => {
    const result = CreateOperationRequestSchema.safeParse({ ...HARMATTAN, countries: ['SEN', 'TGO', 'SEN'] });
    expect(issuePaths(result)).toEqual([['countries']]);
    expect(issueMessages(result)).toEqual(['countries lists a value twice']);
  });

  it('requires at least one country, each an upper-case alpha-3 code', () => {
    expect(issuePaths(CreateOperationRequestSchema.safeParse({ ...HARMATTAN, countries: [] }))).toEqual([
      ['countries'],
    ]);
    expect(issuePaths(CreateOperationRequestSchema.safeParse({ ...HARMATTAN, countries: ['SEN', 'tg'] }))).toEqual([
      ['countries', 1],
    ]);
  });

  it('rejects dates that do not exist or are not written YYYY-MM-DD', () => {
    const feb30 = CreateOperationRequestSchema.safeParse({ ...HARMATTAN, startDate: '2023-02-30' });
    expect(issuePaths(feb30)).toEqual([['startDate']]);
    const feb29 = CreateOperationRequestSchema.safeParse({ ...HARMATTAN, startDate: '2023-02-29' });
    expect(issuePaths(feb29)).toEqual([['startDate']]);
    const written = CreateOperationRequestSchema.safeParse({ ...HARMATTAN, endDate: '15/03/2024' });
    expect(issuePaths(written)).toEqual([['endDate']]);
  });

  it('reports a malformed date on its own field only, not also as an end before the start', () => {
    // As text, "2024-03-15" < "2024-03-32": comparing unchecked strings would flag the valid endDate too.
    const start = CreateOperationRequestSchema.safeParse({ ...HARMATTAN, startDate: '2024-03-32' });
    expect(issuePaths(start)).toEqual([['startDate']]);
    const update = UpdateOperationRequestSchema.safeParse({ startDate: '2024-03-32', endDate: '2024-03-15' });
    expect(issuePaths(update)).toEqual([['startDate']]);
  });

  it('checks the order of the dates on an update that gives both, and only then', () => {
    const both = UpdateOperationRequestSchema.safeParse({ startDate: '2024-03-15', endDate: '2024-03-01' });
    expect(issuePaths(both)).toEqual([['endDate']]);
    expect(UpdateOperationRequestSchema.safeParse({ endDate: '2024-03-01' }).success).toBe(true);
  });

  it('accepts 29 February in a leap year', () => {
    const leap = { ...HARMATTAN, startDate: '2024-02-29', endDate: '2024-03-01' };
    expect(CreateOperationRequestSchema.safeParse(leap).success).toBe(true);
  });

  it('rejects unknown fields', () => {
    const result = CreateOperationRequestSchema.safeParse({ ...HARMATTAN, budget: 10000 });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ code: 'unrecognized_keys', keys: ['budget'] });
  });
});

const DAKAR = {
  country: 'SEN',
  unitType: 'airport_task_force',
  unitName: 'CAAT Dakar',
  arrests: 5,
  investigationsOpened: 3,
  controlledDeliveries: 1,
  personsChecked: 1200,
  databaseChecks: [
    { database: 'sltd', queries: 800, hits: 4 },
    { database: 'nominal', queries: 650, hits: 2 },
  ],
  seizures: [
    { commodity: 'cocaine', cases: 3, quantity: 12.5, unit: 'kg' },
    { commodity: 'currency', cases: 1, quantity: 25000, unit: 'usd' },
    { commodity: 'currency', cases: 2, quantity: 14000.5, unit: 'eur' },
  ],
};

describe('creating a result', () => {
  it('accepts a complete result, currency in two units', () => {
    expect(CreateResultRequestSchema.safeParse(DAKAR).success).toBe(true);
  });

  it('defaults the checks and seizures to none', () => {
    const { databaseChecks: _c, seizures: _s, ...bare } = DAKAR;
    const result = CreateResultRequestSchema.parse(bare);
    expect(result.databaseChecks).toEqual([]);
    expect(result.seizures).toEqual([]);
  });

  it('puts more hits than queries on the hits of that check', () => {
    const checks = [DAKAR.databaseChecks[0]!, { database: 'nominal', queries: 650, hits: 651 }];
    const result = CreateResultRequestSchema.safeParse({ ...DAKAR, databaseChecks: checks });
    expect(issuePaths(result)).toEqual([['databaseChecks', 1, 'hits']]);
  });

  it('puts it on databaseChecks.0.hits for the first check', () => {
    const checks = [{ database: 'sltd', queries: 800, hits: 801 }];
    const result = CreateResultRequestSchema.safeParse({ ...DAKAR, databaseChecks: checks });
    expect(issuePaths(result)).toEqual([['databaseChecks', 0, 'hits']]);
    expect(issueMessages(result)).toEqual(['hits must not exceed queries']);
  });

  it('rejects a database checked twice', () => {
    const checks = [...DAKAR.databaseChecks, { database: 'sltd', queries: 1, hits: 0 }];
    expect(issuePaths(CreateResultRequestSchema.safeParse({ ...DAKAR, databaseChecks: checks }))).toEqual([
      ['databaseChecks', 2, 'database'],
    ]);
  });

  it('rejects a negative quantity and negative or decimal counts', () => {
    const negative = [{ commodity: 'cocaine', cases: 3, quantity: -1, unit: 'kg' }];
    expect(issuePaths(CreateResultRequestSchema.safeParse({ ...DAKAR, seizures: negative }))).toEqual([
      ['seizures', 0, 'quantity'],
    ]);
    expect(issuePaths(CreateResultRequestSchema.safeParse({ ...DAKAR, arrests: -1 }))).toEqual([['arrests']]);
    expect(issuePaths(CreateResultRequestSchema.safeParse({ ...DAKAR, personsChecked: 2.5 }))).toEqual([
      ['personsChecked'],
    ]);
  });

  it('rejects the same commodity in the same unit twice, on the repeat', () => {
    const seizures = [...DAKAR.seizures, { commodity: 'cocaine', cases: 1, quantity: 4, unit: 'kg' }];
    const result = CreateResultRequestSchema.safeParse({ ...DAKAR, seizures });
    expect(issuePaths(result)).toEqual([['seizures', 3, 'unit']]);
    expect(issueMessages(result)).toEqual(['cocaine in kg is listed twice']);
  });

  it('rejects unknown fields, on the result and within a seizure', () => {
    const top = CreateResultRequestSchema.safeParse({ ...DAKAR, operationId: 'op-1' });
    expect(top.error?.issues[0]).toMatchObject({ code: 'unrecognized_keys', keys: ['operationId'], path: [] });
    const seizures = [{ commodity: 'cocaine', cases: 3, quantity: 12.5, unit: 'kg', value: 500000 }];
    const inner = CreateResultRequestSchema.safeParse({ ...DAKAR, seizures });
    expect(inner.error?.issues[0]).toMatchObject({
      code: 'unrecognized_keys',
      keys: ['value'],
      path: ['seizures', 0],
    });
  });
});

describe('analytics query strings', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2026-05-01T12:00:00Z'));
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('default to the wco grouping, from 2016 to the current year', () => {
    expect(OperationsAnalyticsQuerySchema.parse({})).toEqual({ grouping: 'wco', from: 2016, to: 2026 });
  });

  it('start no later than an early "to"', () => {
    expect(OperationsAnalyticsQuerySchema.parse({ to: '2012' })).toEqual({ grouping: 'wco', from: 2012, to: 2012 });
  });

  it('read years and filters', () => {
    const query = { grouping: 'un', from: '2020', to: '2024', programme: 'ccp', commodity: 'cocaine' };
    expect(OperationsAnalyticsQuerySchema.parse(query)).toEqual({
      grouping: 'un',
      from: 2020,
      to: 2024,
      programme: 'ccp',
      commodity: 'cocaine',
    });
  });

  it('put "from" after "to" on from', () => {
    const result = OperationsAnalyticsQuerySchema.safeParse({ from: '2024', to: '2020' });
    expect(issuePaths(result)).toEqual([['from']]);
    expect(issueMessages(result)).toEqual(['from must not be after to']);
  });

  it('refuse a "from" after the default "to"', () => {
    expect(issuePaths(OperationsAnalyticsQuerySchema.safeParse({ from: '2027' }))).toEqual([['from']]);
  });

  it('default the maturity-vs-outcomes metric to seizure cases and the year to the current one', () => {
    expect(MaturityVsOutcomesQuerySchema.parse({})).toEqual({ grouping: 'wco', metric: 'seizureCases', year: 2026 });
  });

  it('accept each outcome metric', () => {
    for (const metric of ['seizureCases', 'arrests', 'hitRate', 'controlledDeliveries'])
      expect(MaturityVsOutcomesQuerySchema.parse({ metric, year: '2024' })).toMatchObject({ metric, year: 2024 });
  });

  it('reject another metric, naming the four', () => {
    const result = MaturityVsOutcomesQuerySchema.safeParse({ metric: 'seizures' });
    expect(issuePaths(result)).toEqual([['metric']]);
    expect(issueMessages(result)).toEqual([
      'metric must be one of seizureCases, arrests, hitRate, controlledDeliveries',
    ]);
  });
});
