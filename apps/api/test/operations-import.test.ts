import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csvOf } from './assessment-fixtures.js';
import { GHA, NO_SEIZURE } from './operation-fixtures.js';
import {
  COLUMNS,
  analyst,
  csvFile,
  dataset,
  expectedState,
  readState,
  setUp,
  summary,
  t,
  totalOperations,
  upload,
  withoutIds,
} from './operations-import.fixture.js';

/**
 * The operations import: one row per operation × country × commodity, all or nothing, idempotent, the same
 * from CSV and XLSX. Every check reads the stored operations and results back through the API.
 *
 * This file: refused files, importing twice, re-importing with changes, operations entered by hand, dry
 * runs. File formats, the template, who may import and concurrent sends: operations-import-files.test.ts.
 * The rows and helpers: operations-import.fixture.ts.
 */

beforeAll(setUp);
afterAll(() => t.close());

describe('a file with errors on several rows', () => {
  it('is refused with 422 listing each row and column, and nothing is written', async () => {
    const [senCocaine, senCurrency, gha, tgo, civ] = dataset('ERR');
    const before = await totalOperations();
    const file = csvFile([
      senCocaine!, // row 2: fine
      { ...gha!, country: 'XXX' }, // row 3
      { ...tgo!, programme: 'nato' }, // row 4
      { ...civ!, sltd_queries: '10', sltd_hits: '12' }, // row 5
      { ...senCurrency!, quantity: '48,000' }, // row 6
    ]);
    const res = await upload(analyst, file, 'errors.csv').expect(422);
    expect(res.body.message).toBe('Nothing was imported: 4 errors on 4 rows');
    expect(res.body.errors).toEqual([
      {
        row: 3,
        column: 'country',
        message: expect.stringMatching(/^country: unknown country "XXX"/),
        code: 'unknown_country',
        params: { value: 'XXX' },
      },
      {
        row: 4,
        column: 'programme',
        message: expect.stringMatching(/^programme: "nato" is not one of /),
        code: 'invalid_value',
        params: { values: ['aircop', 'ccp', 'wco', 'interpol', 'regional', 'national'], value: 'nato' },
      },
      {
        row: 5,
        column: 'sltd_hits',
        message: 'sltd_hits: 12 hits exceed the 10 queries',
        code: 'hits_exceed_queries',
        params: { hits: 12, queries: 10 },
      },
      {
        row: 6,
        column: 'quantity',
        message: expect.stringMatching(/^quantity: "48,000" is not a non-negative number/),
        code: 'not_a_number',
        params: { value: '48,000' },
      },
    ]);
    expect(await totalOperations()).toBe(before);
    expect((await readState(analyst, 'ERR-')).total).toBe(0);
  });

  it('a dry run of the same file is refused in the same way', async () => {
    const rows = dataset('ERRDRY');
    const file = csvFile([rows[0]!, { ...rows[2]!, persons_checked: '-3' }]);
    const res = await upload(analyst, file, 'errors.csv', '?dryRun=true').expect(422);
    expect(res.body.errors).toEqual([
      {
        row: 3,
        column: 'persons_checked',
        message: 'persons_checked: "-3" is not a non-negative whole number',
        code: 'not_integer',
        params: { value: '-3' },
      },
    ]);
    expect((await readState(analyst, 'ERRDRY-')).total).toBe(0);
  });

  it('unknown and missing columns are named on row 1', async () => {
    const header = [...COLUMNS.filter((c) => c !== 'unit_name'), 'colour'];
    const file = csvOf(header, dataset('HDR'));
    const res = await upload(analyst, file, 'columns.csv').expect(422);
    expect(res.body.errors.map((e: { row: number; column: string }) => [e.row, e.column])).toEqual([
      [1, 'colour'],
      [1, 'unit_name'],
    ]);
    expect((await readState(analyst, 'HDR-')).total).toBe(0);
  });
});

describe('importing the same file twice', () => {
  const file = csvFile(dataset('TWICE'));
  let first: Awaited<ReturnType<typeof readState>>;

  it('the first time creates two operations, four results and their four seizures', async () => {
    const res = await upload(analyst, file, 'operations.csv').expect(200);
    expect(res.body).toEqual(summary([2, 0, 0], [4, 0, 0]));
    first = await readState(analyst, 'TWICE-');
    expect(withoutIds(first)).toEqual(expectedState('TWICE'));
  });

  it('the second time changes nothing: all unchanged, the stored data identical to the last timestamp', async () => {
    const res = await upload(analyst, file, 'operations.csv').expect(200);
    expect(res.body).toEqual(summary([0, 0, 2], [0, 0, 4]));
    expect(await readState(analyst, 'TWICE-')).toEqual(first);
  });

  it('the same rows in another order change nothing either', async () => {
    const shuffled = csvFile([...dataset('TWICE')].reverse());
    const res = await upload(analyst, shuffled, 'operations.csv').expect(200);
    expect(res.body).toEqual(summary([0, 0, 2], [0, 0, 4]));
    expect(await readState(analyst, 'TWICE-')).toEqual(first);
  });
});

describe('re-importing with changes', () => {
  let before: Awaited<ReturnType<typeof readState>>;

  beforeAll(async () => {
    await upload(analyst, csvFile(dataset('CHANGE')), 'operations.csv').expect(200);
    before = await readState(analyst, 'CHANGE-');
  });

  it('one changed quantity: that result is updated, everything else is left as it was', async () => {
    const rows = dataset('CHANGE');
    rows[3] = { ...rows[3]!, quantity: '151' }; // TGO's cannabis
    const res = await upload(analyst, csvFile(rows), 'operations.csv').expect(200);
    expect(res.body).toEqual(summary([0, 0, 2], [0, 1, 3]));

    const after = await readState(analyst, 'CHANGE-');
    const [a, b] = before.operations;
    const tgoBefore = b!.results[1]!;
    const tgoAfter = after.operations[1]!.results[1]!;
    expect(tgoAfter).toEqual({
      ...tgoBefore,
      seizures: [{ commodity: 'cannabis', cases: 2, quantity: 151, unit: 'kg' }],
      updatedAt: expect.any(String),
    });
    expect(tgoAfter.updatedAt).not.toBe(tgoBefore.updatedAt);
    expect(after).toEqual({
      total: 2,
      operations: [a, { ...b, results: [b!.results[0], tgoAfter] }],
    });
    before = after;
  });

  it('a renamed operation: that operation is updated, its results are not', async () => {
    const rows = dataset('CHANGE').map((r) =>
      r.operation_code === 'CHANGE-A' ? { ...r, operation_name: 'Cocair test, renamed' } : r,
    );
    rows[3] = { ...rows[3]!, quantity: '151' };
    const res = await upload(analyst, csvFile(rows), 'operations.csv').expect(200);
    expect(res.body).toEqual(summary([0, 1, 1], [0, 0, 4]));

    const after = await readState(analyst, 'CHANGE-');
    const [a, b] = before.operations;
    expect(after.operations[0]!.updatedAt).not.toBe(a!.updatedAt);
    expect(after).toEqual({
      total: 2,
      operations: [{ ...a, name: 'Cocair test, renamed', updatedAt: after.operations[0]!.updatedAt }, b],
    });
  });

  it('a new participant in an existing operation is added with its result', async () => {
    const rows = dataset('CHANGE').map((r) =>
      r.operation_code === 'CHANGE-A' ? { ...r, operation_name: 'Cocair test, renamed' } : r,
    );
    rows[3] = { ...rows[3]!, quantity: '151' };
    rows.push({ ...rows[2]!, ...GHA, country: 'GMB', persons_checked: '12', ...NO_SEIZURE });
    const res = await upload(analyst, csvFile(rows), 'operations.csv').expect(200);
    expect(res.body).toEqual(summary([0, 0, 2], [1, 0, 4], { rows: 6 }));
    const a = (await readState(analyst, 'CHANGE-A')).operations[0]!;
    expect(a).toMatchObject({ countries: ['GHA', 'GMB', 'SEN'], reportedCountries: ['GHA', 'GMB', 'SEN'] });
    expect(a.results.map((r) => r.country)).toEqual(['GHA', 'GMB', 'SEN']);
  });
});

describe('an operation first entered by hand, then imported', () => {
  it('keeps its description; the same activities in another order are no change', async () => {
    const created = await analyst
      .post('/api/operations')
      .send({
        code: 'HAND-A',
        name: 'Cocair test',
        description: 'Entered by hand before the file came',
        programme: 'aircop',
        lead: 'unodc',
        activities: ['interception', 'risk_targeting'],
        startDate: '2024-11-04',
        endDate: '2025-01-10',
        countries: ['SEN'],
      })
      .expect(201);
    await analyst
      .post(`/api/operations/${created.body.id}/results`)
      .send({
        country: 'SEN',
        unitType: 'airport_task_force',
        unitName: 'CAAT Dakar',
        arrests: 4,
        investigationsOpened: 2,
        controlledDeliveries: 0,
        personsChecked: 1250,
        databaseChecks: [
          { database: 'notices', queries: 800, hits: 1 },
          { database: 'sltd', queries: 1250, hits: 3 },
          { database: 'nominal', queries: 800, hits: 5 },
        ],
        seizures: [
          { commodity: 'currency', cases: 1, quantity: 48000, unit: 'usd' },
          { commodity: 'cocaine', cases: 3, quantity: 12.5, unit: 'kg' },
        ],
      })
      .expect(201);
    const before = await readState(analyst, 'HAND-A');

    // The file says what was entered by hand, for SEN, and adds GHA.
    const rows = dataset('HAND').slice(0, 3);
    const res = await upload(analyst, csvFile(rows), 'operations.csv').expect(200);
    expect(res.body).toEqual(summary([0, 0, 1], [1, 0, 1], { rows: 3, seizures: 2 }));

    const after = await readState(analyst, 'HAND-A');
    const [operation] = before.operations;
    const [gha] = after.operations[0]!.results;
    expect(after).toEqual({
      total: 1,
      operations: [
        {
          ...operation,
          countries: ['GHA', 'SEN'],
          reportedCountries: ['GHA', 'SEN'],
          results: [gha, ...operation!.results],
        },
      ],
    });
    expect(after.operations[0]!.description).toBe('Entered by hand before the file came');
  });
});

describe('a dry run', () => {
  it('reports what it would create and writes nothing', async () => {
    const before = await totalOperations();
    const res = await upload(analyst, csvFile(dataset('DRY')), 'operations.csv', '?dryRun=true').expect(200);
    expect(res.body).toEqual(summary([2, 0, 0], [4, 0, 0], { dryRun: true }));
    expect(await totalOperations()).toBe(before);
    expect((await readState(analyst, 'DRY-')).total).toBe(0);
  });

  it('reports what it would update and leaves the stored data as it was', async () => {
    await upload(analyst, csvFile(dataset('DRY')), 'operations.csv').expect(200);
    const stored = await readState(analyst, 'DRY-');
    const rows = dataset('DRY');
    rows[4] = { ...rows[4]!, cases: '6' }; // CIV's tobacco
    const res = await upload(analyst, csvFile(rows), 'operations.csv', '?dryRun=true').expect(200);
    expect(res.body).toEqual(summary([0, 0, 2], [0, 1, 3], { dryRun: true }));
    expect(await readState(analyst, 'DRY-')).toEqual(stored);
  });
});
