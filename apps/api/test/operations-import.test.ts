import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientFor, csvOf, type Client } from './assessment-fixtures.js';
import { startTestApp, type TestApp } from './test-app.js';
import { GHA, NO_CHECKS, NO_SEIZURE, OPERATION_IMPORT_COLUMNS, TGO, type Row } from './operation-fixtures.js';

/**
 * The operations import: one row per operation × country × commodity, all or nothing, idempotent, the same
 * from CSV and XLSX. Every check reads the stored operations and results back through the API.
 */

const COLUMNS = OPERATION_IMPORT_COLUMNS;
const NUMBER_COLUMNS = new Set([...COLUMNS.slice(10, 22), 'cases', 'quantity']);
const DATE_COLUMNS = new Set(['start_date', 'end_date']);

let t: TestApp;
let analyst: Client;

beforeAll(async () => {
  t = await startTestApp();
  analyst = await clientFor(t, { role: 'analyst' });
});
afterAll(() => t.close());

// ---------------------------------------------------------------------------------------------------------
// Factories: the rows of two operations, four results and four seizures, under a code prefix of the test's own.

/** Operation A: West African airports. SEN seized in two commodities; GHA reported, without seizures. */
function operationA(prefix: string): Row {
  return {
    operation_code: `${prefix}-A`,
    operation_name: 'Cocair test',
    programme: 'aircop',
    lead: 'unodc',
    activities: 'interception;risk_targeting',
    start_date: '2024-11-04',
    end_date: '2025-01-10',
  };
}

/** Operation B: Gulf of Guinea ports. */
function operationB(prefix: string): Row {
  return {
    operation_code: `${prefix}-B`,
    operation_name: 'Harbour sweep',
    programme: 'ccp',
    lead: 'wco',
    activities: 'controlled_delivery;investigation',
    start_date: '2023-03-01',
    end_date: '2023-03-31',
  };
}

const SEN: Row = {
  country: 'SEN',
  unit_type: 'airport_task_force',
  unit_name: 'CAAT Dakar',
  arrests: '4',
  investigations_opened: '2',
  controlled_deliveries: '0',
  persons_checked: '1250',
  ...NO_CHECKS,
  sltd_queries: '1250',
  sltd_hits: '3',
  nominal_queries: '800',
  nominal_hits: '5',
  notices_queries: '800',
  notices_hits: '1',
};
const CIV: Row = {
  country: 'CIV',
  unit_type: 'customs',
  unit_name: '',
  arrests: '1',
  investigations_opened: '0',
  controlled_deliveries: '0',
  persons_checked: '15',
  ...NO_CHECKS,
};

/** Five rows: A×SEN×cocaine, A×SEN×currency, A×GHA (no seizure), B×TGO×cannabis, B×CIV×tobacco. */
function dataset(prefix: string): Row[] {
  const a = operationA(prefix);
  const b = operationB(prefix);
  return [
    { ...a, ...SEN, commodity: 'cocaine', cases: '3', quantity: '12.5', unit: 'kg' },
    { ...a, ...SEN, commodity: 'currency', cases: '1', quantity: '48000', unit: 'usd' },
    { ...a, ...GHA, ...NO_SEIZURE },
    { ...b, ...TGO, commodity: 'cannabis', cases: '2', quantity: '150.25', unit: 'kg' },
    { ...b, ...CIV, commodity: 'tobacco', cases: '5', quantity: '1200', unit: 'pieces' },
  ];
}

/** What the dataset must read back as, worked out from the rows above (ids and timestamps aside). */
function expectedState(prefix: string) {
  return {
    total: 2,
    operations: [
      {
        code: `${prefix}-A`,
        name: 'Cocair test',
        description: null,
        programme: 'aircop',
        lead: 'unodc',
        activities: ['risk_targeting', 'interception'],
        startDate: '2024-11-04',
        endDate: '2025-01-10',
        countries: ['GHA', 'SEN'],
        reportedCountries: ['GHA', 'SEN'],
        results: [
          {
            country: 'GHA',
            unitType: 'joint_team',
            unitName: null,
            arrests: 0,
            investigationsOpened: 0,
            controlledDeliveries: 0,
            personsChecked: 300,
            databaseChecks: [],
            seizures: [],
          },
          {
            country: 'SEN',
            unitType: 'airport_task_force',
            unitName: 'CAAT Dakar',
            arrests: 4,
            investigationsOpened: 2,
            controlledDeliveries: 0,
            personsChecked: 1250,
            databaseChecks: [
              { database: 'sltd', queries: 1250, hits: 3 },
              { database: 'nominal', queries: 800, hits: 5 },
              { database: 'notices', queries: 800, hits: 1 },
            ],
            seizures: [
              { commodity: 'cocaine', cases: 3, quantity: 12.5, unit: 'kg' },
              { commodity: 'currency', cases: 1, quantity: 48000, unit: 'usd' },
            ],
          },
        ],
      },
      {
        code: `${prefix}-B`,
        name: 'Harbour sweep',
        description: null,
        programme: 'ccp',
        lead: 'wco',
        activities: ['investigation', 'controlled_delivery'],
        startDate: '2023-03-01',
        endDate: '2023-03-31',
        countries: ['CIV', 'TGO'],
        reportedCountries: ['CIV', 'TGO'],
        results: [
          {
            country: 'CIV',
            unitType: 'customs',
            unitName: null,
            arrests: 1,
            investigationsOpened: 0,
            controlledDeliveries: 0,
            personsChecked: 15,
            databaseChecks: [],
            seizures: [{ commodity: 'tobacco', cases: 5, quantity: 1200, unit: 'pieces' }],
          },
          {
            country: 'TGO',
            unitType: 'port_control_unit',
            unitName: 'UCP Lomé',
            arrests: 2,
            investigationsOpened: 1,
            controlledDeliveries: 1,
            personsChecked: 40,
            databaseChecks: [{ database: 'smv', queries: 60, hits: 2 }],
            seizures: [{ commodity: 'cannabis', cases: 2, quantity: 150.25, unit: 'kg' }],
          },
        ],
      },
    ],
  };
}

function csvFile(rows: Row[]): Buffer {
  return csvOf(COLUMNS, rows);
}

/** As a person fills a workbook: counts and quantities as numbers, dates as date cells. */
async function xlsxFile(rows: Row[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('operations');
  sheet.addRow(COLUMNS);
  for (const r of rows)
    sheet.addRow(
      COLUMNS.map((column) => {
        const value = r[column] ?? '';
        if (value === '') return null;
        if (NUMBER_COLUMNS.has(column)) return Number(value);
        if (DATE_COLUMNS.has(column)) return new Date(`${value}T00:00:00Z`);
        return value;
      }),
    );
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function upload(client: Client, file: Buffer, name: string, query = '') {
  return client.post(`/api/operations/import${query}`).attach('file', file, name);
}

interface StoredOperation {
  id: string;
  code: string;
  results: {
    id: string;
    operationId: string;
    country: string;
    createdAt: string;
    updatedAt: string;
    [field: string]: unknown;
  }[];
  [field: string]: unknown;
}

/** Every operation whose code or name holds `q`, each with its results, as the API gives them. */
async function readState(client: Client, q: string): Promise<{ total: number; operations: StoredOperation[] }> {
  const list = await client.get(`/api/operations?limit=500&q=${encodeURIComponent(q)}`).expect(200);
  const operations: StoredOperation[] = [];
  for (const operation of list.body.operations as StoredOperation[]) {
    const results = await client.get(`/api/operations/${operation.id}/results`).expect(200);
    operations.push({ ...operation, results: results.body.results });
  }
  return { total: list.body.total, operations };
}

/** The state without what differs between two databases: ids and timestamps. */
function withoutIds(state: { total: number; operations: StoredOperation[] }) {
  return {
    total: state.total,
    operations: state.operations.map(({ id: _, createdAt: _c, updatedAt: _u, results, ...operation }) => ({
      ...operation,
      results: results.map(({ id: _i, operationId: _o, createdAt: _rc, updatedAt: _ru, ...result }) => result),
    })),
  };
}

async function totalOperations(client: Client = analyst): Promise<number> {
  return (await client.get('/api/operations?limit=1').expect(200)).body.total as number;
}

function summary(
  operations: [number, number, number],
  results: [number, number, number],
  extra: { rows?: number; seizures?: number; dryRun?: boolean } = {},
) {
  const counts = ([created, updated, unchanged]: [number, number, number]) => ({ created, updated, unchanged });
  return {
    dryRun: extra.dryRun ?? false,
    rows: extra.rows ?? 5,
    operations: counts(operations),
    results: counts(results),
    seizures: extra.seizures ?? 4,
  };
}

// ---------------------------------------------------------------------------------------------------------

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
      { row: 3, column: 'country', message: expect.stringMatching(/^country: unknown country "XXX"/) },
      { row: 4, column: 'programme', message: expect.stringMatching(/^programme: "nato" is not one of /) },
      { row: 5, column: 'sltd_hits', message: 'sltd_hits: 12 hits exceed the 10 queries' },
      {
        row: 6,
        column: 'quantity',
        message: expect.stringMatching(/^quantity: "48,000" is not a non-negative number/),
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
      { row: 3, column: 'persons_checked', message: 'persons_checked: "-3" is not a non-negative whole number' },
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

describe('the same data as CSV and as XLSX', () => {
  let other: TestApp;

  beforeAll(async () => {
    other = await startTestApp();
  });
  afterAll(() => other.close());

  it('stores the same operations and results, each into a fresh database', async () => {
    const rows = dataset('SAME');
    const fromCsv = await upload(analyst, csvFile(rows), 'operations.csv').expect(200);
    const otherAnalyst = await clientFor(other, { role: 'analyst' });
    const fromXlsx = await upload(otherAnalyst, await xlsxFile(rows), 'operations.xlsx').expect(200);
    expect(fromCsv.body).toEqual(summary([2, 0, 0], [4, 0, 0]));
    expect(fromXlsx.body).toEqual(fromCsv.body);

    const csvState = withoutIds(await readState(analyst, 'SAME-'));
    const xlsxState = withoutIds(await readState(otherAnalyst, 'SAME-'));
    expect(xlsxState).toEqual(csvState);
    expect(csvState).toEqual(expectedState('SAME'));
  });

  it('the CSV saved with semicolons (as Excel does in French) is the same data: nothing changes', async () => {
    const before = await readState(analyst, 'SAME-');
    const res = await upload(analyst, csvOf(COLUMNS, dataset('SAME'), ';'), 'operations.csv').expect(200);
    expect(res.body).toEqual(summary([0, 0, 2], [0, 0, 4]));
    expect(await readState(analyst, 'SAME-')).toEqual(before);
  });

  it('the XLSX imported again changes nothing', async () => {
    const otherAnalyst = await clientFor(other, { role: 'analyst' });
    const before = await readState(otherAnalyst, 'SAME-');
    const res = await upload(otherAnalyst, await xlsxFile(dataset('SAME')), 'operations.xlsx').expect(200);
    expect(res.body).toEqual(summary([0, 0, 2], [0, 0, 4]));
    expect(await readState(otherAnalyst, 'SAME-')).toEqual(before);
  });

  it('an XLSX with errors names the sheet rows and writes nothing', async () => {
    const otherAnalyst = await clientFor(other, { role: 'analyst' });
    const rows = dataset('XLERR');
    rows[1] = { ...rows[1]!, unit: 'tons' };
    const res = await upload(otherAnalyst, await xlsxFile(rows), 'operations.xlsx').expect(422);
    expect(res.body.errors).toEqual([{ row: 3, column: 'unit', message: expect.stringMatching(/^unit: "tons"/) }]);
    expect((await readState(otherAnalyst, 'XLERR-')).total).toBe(0);
  });
});

describe('repeated columns that disagree', () => {
  it('are refused with 422 naming each column, and nothing is written', async () => {
    const rows = dataset('AGREE');
    rows[1] = { ...rows[1]!, arrests: '5' }; // SEN said 4 on row 2
    rows[2] = { ...rows[2]!, operation_name: 'Cocair' }; // operation A is "Cocair test" on row 2
    rows[4] = { ...rows[4]!, end_date: '2023-04-30' }; // operation B ends 2023-03-31 on row 5
    const res = await upload(analyst, csvFile(rows), 'operations.csv').expect(422);
    expect(res.body.errors).toEqual([
      {
        row: 3,
        column: 'arrests',
        message: 'arrests: differs from row 2 ("4"), which names the same operation and country',
      },
      {
        row: 4,
        column: 'operation_name',
        message: 'operation_name: differs from row 2 ("Cocair test"), which names the same operation',
      },
      {
        row: 6,
        column: 'end_date',
        message: 'end_date: differs from row 5 ("2023-03-31"), which names the same operation',
      },
    ]);
    expect((await readState(analyst, 'AGREE-')).total).toBe(0);
  });

  it('the same commodity and unit twice for one result is refused too', async () => {
    const rows = dataset('TWINS');
    rows[1] = { ...rows[1]!, commodity: 'cocaine', unit: 'kg' };
    const res = await upload(analyst, csvFile(rows), 'operations.csv').expect(422);
    expect(res.body.errors.map((e: { row: number; column: string }) => [e.row, e.column])).toEqual([[3, 'commodity']]);
    expect((await readState(analyst, 'TWINS-')).total).toBe(0);
  });
});

describe('the template', () => {
  it('CSV: the columns of the contract and two example rows, which import once given a code', async () => {
    const res = await analyst.get('/api/operations/import/template?format=csv').expect(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename=".+\.csv"$/);
    const text = res.text;
    const records: string[][] = parse(text, { bom: true });
    const [header, ...examples] = records;
    expect(header).toEqual(COLUMNS);
    expect(examples).toHaveLength(2);
    for (const example of examples) expect(example[0]).toMatch(/^#/);

    // As downloaded, only comment rows: nothing to import.
    const empty = await upload(analyst, Buffer.from(text, 'utf8'), 'template.csv').expect(422);
    expect(empty.body.errors).toEqual([{ row: 2, column: 'operation_code', message: 'no data rows under the header' }]);

    const rows: Row[] = examples.map((cells) => ({
      ...Object.fromEntries(COLUMNS.map((column, i) => [column, cells[i] ?? ''])),
      operation_code: 'TPL-CSV',
    }));
    const imported = await upload(analyst, csvFile(rows), 'template.csv').expect(200);
    expect(imported.body).toEqual(summary([1, 0, 0], [1, 0, 0], { rows: 2, seizures: 2 }));

    // What the two example rows say, read cell by cell: one operation, one result, one seizure per row.
    const [first, second] = rows as [Row, Row];
    const { operations } = await readState(analyst, 'TPL-CSV');
    expect(operations).toHaveLength(1);
    expect(operations[0]).toMatchObject({
      code: 'TPL-CSV',
      name: first.operation_name,
      startDate: first.start_date,
      endDate: first.end_date,
      countries: [first.country],
    });
    expect(operations[0]!.results).toHaveLength(1);
    expect(operations[0]!.results[0]).toMatchObject({
      country: first.country,
      unitType: first.unit_type,
      unitName: first.unit_name,
      arrests: Number(first.arrests),
      personsChecked: Number(first.persons_checked),
    });
    const { seizures } = operations[0]!.results[0]!;
    expect(seizures).toHaveLength(2);
    for (const row of [first, second])
      expect(seizures).toContainEqual({
        commodity: row.commodity,
        cases: Number(row.cases),
        quantity: Number(row.quantity),
        unit: row.unit,
      });
  });

  it('XLSX: the same columns; with a code in place of the example mark it imports like the CSV', async () => {
    const res = await analyst
      .get('/api/operations/import/template?format=xlsx')
      .buffer(true)
      .parse((response, done) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          done(null, Buffer.concat(chunks));
        });
      })
      .expect(200);
    expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.body as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(COLUMNS);
    expect(sheet.getCell('A2').text).toMatch(/^#/);
    expect(sheet.getCell('A3').text).toMatch(/^#/);
    sheet.getCell('A2').value = 'TPL-XLSX';
    sheet.getCell('A3').value = 'TPL-XLSX';
    const file = Buffer.from(await workbook.xlsx.writeBuffer());
    const imported = await upload(analyst, file, 'template.xlsx').expect(200);
    expect(imported.body).toEqual(summary([1, 0, 0], [1, 0, 0], { rows: 2, seizures: 2 }));

    const fromCsv = withoutIds(await readState(analyst, 'TPL-CSV')).operations[0]!;
    const fromXlsx = withoutIds(await readState(analyst, 'TPL-XLSX')).operations[0]!;
    expect(fromXlsx).toEqual({ ...fromCsv, code: 'TPL-XLSX' });
  });

  it('an unknown format is a 400 naming format', async () => {
    const res = await analyst.get('/api/operations/import/template?format=ods').expect(400);
    expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual(['format']);
  });
});

describe('what is not a spreadsheet', () => {
  it.each([
    ['a PDF', Buffer.from('%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n'), 'report.pdf', 'application/pdf'],
    ['an old .xls workbook', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), 'old.xls', ''],
    ['a PNG', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]), 'chart.png', 'image/png'],
  ])('%s → 415, nothing written', async (_, buffer, filename, contentType) => {
    const before = await totalOperations();
    const test = analyst.post('/api/operations/import');
    const res = await (
      contentType ? test.attach('file', buffer, { filename, contentType }) : test.attach('file', buffer, filename)
    ).expect(415);
    expect(res.body.message).toMatch(/^file: /);
    expect(await totalOperations()).toBe(before);
  });

  it('no file → 400 naming file', async () => {
    const res = await analyst.post('/api/operations/import').field('note', 'forgot the file').expect(400);
    expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual(['file']);
  });

  it('an empty file → 400 naming file', async () => {
    const res = await upload(analyst, Buffer.alloc(0), 'empty.csv').expect(400);
    expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual(['file']);
  });

  it('?dryRun=yes → 400 naming dryRun', async () => {
    const res = await upload(analyst, csvFile(dataset('BADQ')), 'operations.csv', '?dryRun=yes').expect(400);
    expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual(['dryRun']);
    expect((await readState(analyst, 'BADQ-')).total).toBe(0);
  });
});

describe('who may import', () => {
  it.each([
    ['anonymous', 'anonymous', 401],
    ['a coordinator', { role: 'coordinator', country: 'SEN' }, 403],
    ['a viewer', { role: 'viewer', country: 'SEN' }, 403],
  ] as const)('%s → %i on the import and the template, nothing written', async (_, who, status) => {
    const client = await clientFor(t, who);
    await upload(client, csvFile(dataset('WHO')), 'operations.csv').expect(status);
    await client.get('/api/operations/import/template?format=csv').expect(status);
    expect((await readState(analyst, 'WHO-')).total).toBe(0);
  });

  it('an admin may, like an analyst', async () => {
    const admin = await clientFor(t, { role: 'admin' });
    const res = await upload(admin, csvFile(dataset('WHO')), 'operations.csv', '?dryRun=true').expect(200);
    expect(res.body).toEqual(summary([2, 0, 0], [4, 0, 0], { dryRun: true }));
    await admin.get('/api/operations/import/template?format=xlsx').expect(200);
  });
});

describe('the same file sent twice at once', () => {
  it('a double submit: one import creates, the other finds everything unchanged', async () => {
    const file = csvFile(dataset('RACE'));
    const answers = await Promise.all([
      upload(analyst, file, 'operations.csv'),
      upload(analyst, file, 'operations.csv'),
    ]);
    expect(
      answers.map((a) => a.status),
      JSON.stringify(answers.map((a) => a.body)),
    ).toEqual([200, 200]);
    expect(answers.map((a) => a.body).sort((x, y) => y.operations.created - x.operations.created)).toEqual([
      summary([2, 0, 0], [4, 0, 0]),
      summary([0, 0, 2], [0, 0, 4]),
    ]);
    expect(withoutIds(await readState(analyst, 'RACE-'))).toEqual(expectedState('RACE'));
  });
});
