import { randomBytes } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { importHeader } from '@cpc/domain';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  SECOND_EXAMPLE,
  SECOND_EXAMPLE_SCORES,
  WORKED_EXAMPLE,
  WORKED_EXAMPLE_SCORES,
  cellsOf,
  clientFor,
  csvOf,
  insertRawAssessment,
  type Client,
} from './assessment-fixtures.js';
import { MAX_CONCURRENT_RAW_EXPORTS } from '../src/exports/raw/raw-exports.service.js';
import { sheetBacklog } from '../src/exports/raw/table-writer.js';
import { startTestApp, type TestApp } from './test-app.js';
import { GHA, NO_CHECKS, NO_SEIZURE, OPERATION_IMPORT_COLUMNS, TGO, type Row } from './operation-fixtures.js';

/**
 * The raw exports: every answer and every reported result, in exactly the import layouts, streamed. Each file
 * is read back with papaparse or exceljs and compared with the stored data, then imported again: into the
 * same database (nothing changes) and into an empty one (the same scores and results come out).
 */

const OPERATION_COLUMNS = OPERATION_IMPORT_COLUMNS;
const SCORE_COLUMNS = [
  'score:methodologyVersion',
  'score:overall',
  'score:level',
  'score:selfLevel',
  'score:governance',
  'score:information_exchange',
  'score:risk_targeting',
  'score:joint_controls',
  'score:enforcement_powers',
  'score:investigations',
  'score:resource_sharing',
  'score:liaison',
  'score:training',
];
const ASSESSMENT_COLUMNS = [...importHeader(), ...SCORE_COLUMNS];
const INJECTION = '=HYPERLINK("http://x","y")';

let t: TestApp;
let analyst: Client;
let admin: Client;

beforeAll(async () => {
  t = await startTestApp();
  analyst = await clientFor(t, { role: 'analyst' });
  admin = await clientFor(t, { role: 'admin' });
  await seedAssessments();
  await seedOperations();
});
afterAll(() => t.close());

// ---------------------------------------------------------------------------------------------------------
// Fixtures

/** Imported: FRA 2023 and 2024, BRA 2022. Entered through the API: SEN 2024 with a formula as a comment. */
async function seedAssessments(): Promise<void> {
  const row = (country: string, year: number, status: string, answers: typeof WORKED_EXAMPLE, comments: Row = {}) => ({
    country,
    year: String(year),
    status,
    ...cellsOf(answers),
    ...Object.fromEntries(Object.entries(comments).map(([code, text]) => [`comment:${code}`, text])),
  });
  const file = csvOf(importHeader(), [
    row('FRA', 2024, 'validated', SECOND_EXAMPLE, { 'A.13': 'Shared, "mostly"; and\nsometimes not.' }),
    row('BRA', 2022, 'submitted', SECOND_EXAMPLE),
    row('FRA', 2023, 'submitted', WORKED_EXAMPLE, { 'A.2.1': 'Réunions hebdomadaires, São Tomé' }),
  ]);
  await analyst.post('/api/assessments/import').attach('file', file, 'seed.csv').expect(200);

  const coordinator = await clientFor(t, { role: 'coordinator', country: 'SEN' });
  const created = await coordinator
    .post('/api/assessments')
    .send({ country: 'SEN', year: 2024, answers: WORKED_EXAMPLE, comments: { 'A.2.1': INJECTION } })
    .expect(201);
  await coordinator
    .post(`/api/assessments/${created.body.id}/submit`)
    .send({ version: created.body.version })
    .expect(200);

  await insertRawAssessment(t.db, { country: 'KEN', year: 2024, status: 'draft', answers: { 'A.1': ['mou'] } });
  await insertRawAssessment(t.db, { country: 'GHA', year: 2023, status: 'returned', answers: WORKED_EXAMPLE });
}

const HARBOUR: Row = {
  operation_code: 'RAW-B',
  operation_name: 'Harbour "sweep", phase 2',
  programme: 'ccp',
  lead: 'wco',
  activities: 'investigation;controlled_delivery',
  start_date: '2023-03-01',
  end_date: '2023-03-31',
};
const COCAIR: Row = {
  operation_code: 'RAW-A',
  operation_name: 'Cocair test',
  programme: 'aircop',
  lead: 'unodc',
  activities: 'risk_targeting;interception',
  start_date: '2024-11-04',
  end_date: '2025-01-10',
};
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
};

/**
 * Imported: RAW-A (SEN with three seizures, GHA without) and RAW-B (TGO). Entered through the API: RAW-C, with
 * a description, activities out of the vocabulary's order and a participant (CIV) that has not reported.
 */
async function seedOperations(): Promise<void> {
  const rows = [
    { ...HARBOUR, ...TGO, commodity: 'cannabis', cases: '2', quantity: '150.25', unit: 'kg' },
    { ...COCAIR, ...SEN, commodity: 'currency', cases: '1', quantity: '48000', unit: 'usd' },
    { ...COCAIR, ...SEN, commodity: 'cocaine', cases: '3', quantity: '12.5', unit: 'kg' },
    { ...COCAIR, ...GHA, ...NO_SEIZURE },
    { ...COCAIR, ...SEN, commodity: 'cocaine', cases: '1', quantity: '0.125', unit: 'l' },
  ];
  await analyst
    .post('/api/operations/import')
    .attach('file', csvOf(OPERATION_COLUMNS, rows), 'operations.csv')
    .expect(200);
  const created = await analyst
    .post('/api/operations')
    .send({
      code: 'RAW-C',
      name: 'Entered by hand',
      description: 'Only in this database: the import layout has no description column.',
      programme: 'wco',
      lead: 'interpol',
      activities: ['operational', 'risk_targeting'],
      startDate: '2022-05-01',
      endDate: '2022-05-03',
      countries: ['NGA', 'CIV'],
    })
    .expect(201);
  await analyst
    .post(`/api/operations/${created.body.id}/results`)
    .send({
      country: 'NGA',
      unitType: 'customs',
      unitName: 'Tin Can Island',
      arrests: 7,
      investigationsOpened: 1,
      controlledDeliveries: 0,
      personsChecked: 900,
      databaseChecks: [{ database: 'notices', queries: 900, hits: 2 }],
      seizures: [
        { commodity: 'weapons', cases: 2, quantity: 3, unit: 'pieces' },
        { commodity: 'medicines', cases: 4, quantity: 1234.567, unit: 'kg' },
      ],
    })
    .expect(201);
}

// ---------------------------------------------------------------------------------------------------------
// Reading the files

interface Download {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

async function download(client: Client, path: string): Promise<Download> {
  const res = await client
    .get(path)
    .buffer(true)
    .parse((stream, done) => {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => {
        chunks.push(chunk);
      });
      stream.on('end', () => {
        done(null, Buffer.concat(chunks));
      });
    });
  return { status: res.status, headers: res.headers, body: res.body as Buffer };
}

/** The CSV's records, header first, as papaparse reads them. */
function csvRecords(body: Buffer): string[][] {
  const parsed = Papa.parse<string[]>(body.toString('utf8'), { skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

/** Records as objects keyed by the header. */
function keyed(records: string[][]): Row[] {
  const [header, ...rows] = records;
  return rows.map((cells) => Object.fromEntries(header!.map((name, i) => [name, cells[i] ?? ''])));
}

/** The first sheet's rows, each cell's value as exceljs reads it (null when empty). */
async function xlsxRows(body: Buffer): Promise<ExcelJS.CellValue[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(body as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0]!;
  const width = sheet.getRow(1).cellCount;
  const rows: ExcelJS.CellValue[][] = [];
  sheet.eachRow((row) => rows.push(Array.from({ length: width }, (_, i) => row.getCell(i + 1).value ?? null)));
  return rows;
}

/** An XLSX row as CSV text: numbers printed as the CSV prints them, empty for nothing. */
const asText = (cells: ExcelJS.CellValue[]) =>
  cells.map((c) => {
    if (c === null) return '';
    if (typeof c === 'string' || typeof c === 'number') return String(c);
    throw new Error(`an unexpected cell: ${JSON.stringify(c)}`);
  });

// ---------------------------------------------------------------------------------------------------------

describe('who may download', () => {
  const routes = ['/api/exports/assessments', '/api/exports/operation-results'];

  it('refuses viewers and coordinators (403) and anonymous callers (401)', async () => {
    const viewer = await clientFor(t, { role: 'viewer', country: 'FRA' });
    const coordinator = await clientFor(t, { role: 'coordinator', country: 'FRA' });
    const anonymous = await clientFor(t, 'anonymous');
    for (const route of routes) {
      await viewer.get(route).expect(403);
      await coordinator.get(route).expect(403);
      await anonymous.get(route).expect(401);
    }
  });

  it('serves analysts and admins', async () => {
    for (const route of routes) {
      expect((await download(analyst, route)).status).toBe(200);
      expect((await download(admin, `${route}?format=xlsx`)).status).toBe(200);
    }
  });

  it('are documented in the OpenAPI document', async () => {
    const doc = (await analyst.get('/api/docs/openapi.json').expect(200)).body;
    for (const route of routes) expect(doc.paths[route].get.tags).toEqual(['exports']);
  });

  it('refuses an unknown format, status or parameter with 400', async () => {
    await analyst.get('/api/exports/assessments?format=pdf').expect(400);
    await analyst.get('/api/exports/assessments?status=draft').expect(400);
    await analyst.get('/api/exports/operation-results?status=all').expect(400);
    await analyst.get('/api/exports/operation-results?bom=yes').expect(400);
  });
});

describe('the assessments export', () => {
  it('is a CSV attachment in the import layout plus score columns, by country and year', async () => {
    const res = await download(analyst, '/api/exports/assessments?format=csv');
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="assessments_\d{4}-\d{2}-\d{2}\.csv"$/);
    const records = csvRecords(res.body);
    expect(records[0]).toEqual(ASSESSMENT_COLUMNS);
    expect(keyed(records).map((r) => [r.country, r.year, r.status])).toEqual([
      ['BRA', '2022', 'submitted'],
      ['FRA', '2023', 'submitted'],
      ['FRA', '2024', 'validated'],
      ['SEN', '2024', 'submitted'],
    ]);
  });

  it('holds every answer, comment and stored score', async () => {
    const rows = keyed(csvRecords((await download(analyst, '/api/exports/assessments')).body));
    const fra = rows.find((r) => r.country === 'FRA' && r.year === '2024')!;
    expect(fra['A.1']).toBe('moa;joint_committee');
    expect(fra['A.5.1']).toBe('narcotics;counterfeits;endangered_species;currency;weapons');
    expect(fra['A.7.2']).toBe('Organised crime cases are led jointly with the police.');
    expect(fra['A.17']).toBe('');
    expect(fra['A.18']).toBe('2');
    expect(fra['A.4.2']).toBe(''); // does not apply
    expect(fra['comment:A.13']).toBe('Shared, "mostly"; and\nsometimes not.');
    expect(fra['score:methodologyVersion']).toBe('v1');
    expect(Number(fra['score:overall'])).toBe(SECOND_EXAMPLE_SCORES.overall);
    expect(Number(fra['score:level'])).toBe(SECOND_EXAMPLE_SCORES.level);
    expect(Number(fra['score:selfLevel'])).toBe(SECOND_EXAMPLE_SCORES.selfLevel);
    for (const [dimension, score] of Object.entries(SECOND_EXAMPLE_SCORES.dimensions))
      expect(Number(fra[`score:${dimension}`])).toBe(score);
    const fra2023 = rows.find((r) => r.country === 'FRA' && r.year === '2023')!;
    expect(fra2023['comment:A.2.1']).toBe('Réunions hebdomadaires, São Tomé');
    expect(Number(fra2023['score:overall'])).toBe(WORKED_EXAMPLE_SCORES.overall);
  });

  it('adds drafts and returned assessments, without scores, with status=all', async () => {
    const res = await download(analyst, '/api/exports/assessments?status=all');
    expect(res.headers['content-disposition']).toMatch(/filename="assessments_all_\d{4}-\d{2}-\d{2}\.csv"/);
    const rows = keyed(csvRecords(res.body));
    expect(rows.map((r) => [r.country, r.year, r.status])).toEqual([
      ['BRA', '2022', 'submitted'],
      ['FRA', '2023', 'submitted'],
      ['FRA', '2024', 'validated'],
      ['GHA', '2023', 'returned'],
      ['KEN', '2024', 'draft'],
      ['SEN', '2024', 'submitted'],
    ]);
    const draft = rows.find((r) => r.country === 'KEN')!;
    expect(draft['A.1']).toBe('mou');
    expect(SCORE_COLUMNS.map((c) => draft[c])).toEqual(SCORE_COLUMNS.map(() => ''));
  });

  it('is the same table as XLSX, numbers as numbers', async () => {
    const csv = csvRecords((await download(analyst, '/api/exports/assessments?status=all')).body);
    const res = await download(analyst, '/api/exports/assessments?status=all&format=xlsx');
    expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(res.headers['content-disposition']).toMatch(/filename="assessments_all_\d{4}-\d{2}-\d{2}\.xlsx"/);
    const rows = await xlsxRows(res.body);
    expect(rows.map(asText)).toEqual(csv);
    const header = rows[0]!;
    expect(typeof rows[1]![header.indexOf('year')]).toBe('number');
    expect(typeof rows[1]![header.indexOf('score:overall')]).toBe('number');
  });

  it('neutralises a comment that a spreadsheet would run as a formula, in CSV and in XLSX', async () => {
    const csv = await download(analyst, '/api/exports/assessments');
    expect(csv.body.toString('utf8')).toContain(`"'=HYPERLINK(""http://x"",""y"")"`);
    const sen = keyed(csvRecords(csv.body)).find((r) => r.country === 'SEN')!;
    expect(sen['comment:A.2.1']).toBe(`'${INJECTION}`);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await download(analyst, '/api/exports/assessments?format=xlsx')).body as never);
    const sheet = workbook.worksheets[0]!;
    const column = ASSESSMENT_COLUMNS.indexOf('comment:A.2.1') + 1;
    const cells: ExcelJS.Cell[] = [];
    sheet.eachRow((row) => {
      if (row.getCell(1).value === 'SEN') cells.push(row.getCell(column));
    });
    expect(cells).toHaveLength(1);
    expect(cells[0]!.value).toBe(`'${INJECTION}`);
    expect(cells[0]!.type).toBe(ExcelJS.ValueType.String);
    expect(cells[0]!.formula).toBeUndefined();
  });

  it('starts with a byte-order mark only with bom=true', async () => {
    const plain = (await download(analyst, '/api/exports/assessments')).body;
    expect(plain.subarray(0, 7).toString('utf8')).toBe('country');
    const withBom = (await download(analyst, '/api/exports/assessments?bom=true')).body;
    expect([...withBom.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(withBom.subarray(3)).toEqual(plain);
  });
});

describe('the assessments export imported into an empty database', () => {
  let empty: TestApp;
  let emptyAnalyst: Client;

  beforeAll(async () => {
    empty = await startTestApp();
    emptyAnalyst = await clientFor(empty, { role: 'analyst' });
  });
  afterAll(() => empty.close());

  /** Every assessment with its scores and answers, as the API reads them, without what differs between databases. */
  async function readAll(client: Client) {
    const list = await client.get('/api/assessments').expect(200);
    const out = [];
    for (const summary of list.body.assessments as { id: string }[]) {
      const a = (await client.get(`/api/assessments/${summary.id}`).expect(200)).body;
      out.push({ country: a.country, year: a.year, status: a.status, scores: a.scores, answers: a.answers });
    }
    return out.sort((x, y) => `${x.country}${x.year}`.localeCompare(`${y.country}${y.year}`));
  }

  it('reproduces the same assessments and scores, from CSV and from XLSX', async () => {
    const expected = (await readAll(analyst)).filter((a) => a.status === 'submitted' || a.status === 'validated');
    expect(expected).toHaveLength(4);

    const csv = (await download(analyst, '/api/exports/assessments')).body;
    const imported = await emptyAnalyst.post('/api/assessments/import').attach('file', csv, 'raw.csv').expect(200);
    expect(imported.body).toEqual({ dryRun: false, rows: 4, created: 4, updated: 0 });
    expect(await readAll(emptyAnalyst)).toEqual(expected);

    const xlsx = (await download(analyst, '/api/exports/assessments?format=xlsx')).body;
    const again = await emptyAnalyst.post('/api/assessments/import').attach('file', xlsx, 'raw.xlsx').expect(200);
    expect(again.body).toEqual({ dryRun: false, rows: 4, created: 0, updated: 4 });
    expect(await readAll(emptyAnalyst)).toEqual(expected);
  });

  it('refuses a status=all file as it is: the import takes submitted and validated assessments only', async () => {
    const all = (await download(analyst, '/api/exports/assessments?status=all')).body;
    const res = await emptyAnalyst.post('/api/assessments/import').attach('file', all, 'all.csv').expect(422);
    expect(res.body.errors).toEqual(
      expect.arrayContaining([expect.objectContaining({ column: 'status', message: expect.stringMatching(/draft/) })]),
    );
  });
});

describe('the operation results export', () => {
  it('is exactly the operations import layout, one row per operation × country × commodity, in order', async () => {
    const res = await download(analyst, '/api/exports/operation-results');
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toMatch(
      /^attachment; filename="operation-results_\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    const records = csvRecords(res.body);
    expect(records[0]).toEqual(OPERATION_COLUMNS);
    const rows = keyed(records);
    expect(rows.map((r) => [r.operation_code, r.country, r.commodity, r.unit])).toEqual([
      ['RAW-A', 'GHA', '', ''],
      ['RAW-A', 'SEN', 'cocaine', 'kg'],
      ['RAW-A', 'SEN', 'cocaine', 'l'],
      ['RAW-A', 'SEN', 'currency', 'usd'],
      ['RAW-B', 'TGO', 'cannabis', 'kg'],
      ['RAW-C', 'NGA', 'medicines', 'kg'],
      ['RAW-C', 'NGA', 'weapons', 'pieces'],
    ]);
  });

  it('holds the stored results: quantities with a dot, empty cells for what was not reported', async () => {
    const rows = keyed(csvRecords((await download(analyst, '/api/exports/operation-results')).body));
    expect(rows[0]).toEqual({ ...COCAIR, activities: 'risk_targeting;interception', ...GHA, ...NO_SEIZURE });
    expect(rows[2]).toEqual({ ...COCAIR, ...SEN, commodity: 'cocaine', cases: '1', quantity: '0.125', unit: 'l' });
    expect(rows[4]).toEqual({
      ...HARBOUR,
      activities: 'investigation;controlled_delivery',
      ...TGO,
      commodity: 'cannabis',
      cases: '2',
      quantity: '150.25',
      unit: 'kg',
    });
    expect(rows[5]).toMatchObject({
      operation_code: 'RAW-C',
      activities: 'risk_targeting;operational',
      notices_queries: '900',
      notices_hits: '2',
      sltd_queries: '',
      quantity: '1234.567',
    });
    expect(rows.map((r) => r.quantity)).toEqual(['', '12.5', '0.125', '48000', '150.25', '1234.567', '3']);
  });

  it('is the same table as XLSX, counts and quantities as numbers, dates as text', async () => {
    const csv = csvRecords((await download(analyst, '/api/exports/operation-results')).body);
    const res = await download(analyst, '/api/exports/operation-results?format=xlsx');
    expect(res.headers['content-disposition']).toMatch(/filename="operation-results_\d{4}-\d{2}-\d{2}\.xlsx"/);
    const rows = await xlsxRows(res.body);
    expect(rows.map(asText)).toEqual(csv);
    const senCocaineLitres = rows[3]!; // the header is row 0
    expect(senCocaineLitres[OPERATION_COLUMNS.indexOf('quantity')]).toBe(0.125);
    expect(senCocaineLitres[OPERATION_COLUMNS.indexOf('cases')]).toBe(1);
    expect(senCocaineLitres[OPERATION_COLUMNS.indexOf('start_date')]).toBe('2024-11-04');
  });

  it('starts with a byte-order mark only with bom=true', async () => {
    const plain = (await download(analyst, '/api/exports/operation-results')).body;
    expect(plain[0]).toBe('o'.charCodeAt(0));
    const withBom = (await download(analyst, '/api/exports/operation-results?bom=true')).body;
    expect(withBom.subarray(3)).toEqual(plain);
    expect(withBom.subarray(0, 3).toString('utf8')).toBe('\uFEFF');
  });

  it('imported into the same database, from CSV and from XLSX, changes nothing', async () => {
    const before = await readOperations(analyst);
    for (const format of ['csv', 'xlsx']) {
      const file = (await download(analyst, `/api/exports/operation-results?format=${format}`)).body;
      const res = await analyst.post('/api/operations/import').attach('file', file, `raw.${format}`).expect(200);
      expect(res.body).toEqual({
        dryRun: false,
        rows: 7,
        operations: { created: 0, updated: 0, unchanged: 3 },
        results: { created: 0, updated: 0, unchanged: 4 },
        seizures: 6,
      });
    }
    expect(await readOperations(analyst)).toEqual(before);
  });

  it('imported into an empty database, gives the same operations and results', async () => {
    const empty = await startTestApp();
    try {
      const emptyAnalyst = await clientFor(empty, { role: 'analyst' });
      const file = (await download(analyst, '/api/exports/operation-results')).body;
      await emptyAnalyst.post('/api/operations/import').attach('file', file, 'raw.csv').expect(200);
      // What the layout cannot carry: descriptions and participants that have not reported.
      const portable = (state: StoredOperation[]) =>
        state.map(({ description: _d, countries: _c, ...o }) => ({ ...o, activities: [...o.activities].sort() }));
      const source = await readOperations(analyst);
      expect(source.find((o) => o.code === 'RAW-C')).toMatchObject({ countries: ['CIV', 'NGA'] });
      expect(portable(await readOperations(emptyAnalyst))).toEqual(portable(source));
    } finally {
      await empty.close();
    }
  });
});

interface StoredOperation {
  code: string;
  description: string | null;
  activities: string[];
  countries: string[];
  [field: string]: unknown;
}

/** Every operation with its results, as the API gives them, without ids and timestamps. */
async function readOperations(client: Client): Promise<StoredOperation[]> {
  const list = await client.get('/api/operations?limit=500').expect(200);
  const out: StoredOperation[] = [];
  for (const { id, createdAt: _c, updatedAt: _u, ...operation } of list.body.operations) {
    const results = (await client.get(`/api/operations/${id}/results`).expect(200)).body.results as Row[];
    out.push({
      ...operation,
      results: results.map(({ id: _i, operationId: _o, createdAt: _rc, updatedAt: _ru, ...r }) => r),
    });
  }
  return out.sort((a, b) => a.code.localeCompare(b.code));
}

describe('raw exports running at once', () => {
  async function waitingOnLock(): Promise<number> {
    const { rows } = await t.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM pg_locks WHERE NOT granted AND relation = 'operation_results'::regclass`,
    );
    return rows[0]!.n;
  }

  it(`are at most ${MAX_CONCURRENT_RAW_EXPORTS}; another gets 503 with Retry-After, and other requests still get a connection`, async () => {
    // The table locked, the first exports wait inside their transactions, each holding a pool connection.
    const lock = await t.db.connect();
    try {
      await lock.query('BEGIN');
      await lock.query('LOCK TABLE operation_results IN ACCESS EXCLUSIVE MODE');
      const running = Array.from({ length: MAX_CONCURRENT_RAW_EXPORTS }, () =>
        download(analyst, '/api/exports/operation-results'),
      );
      const deadline = Date.now() + 10_000;
      while ((await waitingOnLock()) < MAX_CONCURRENT_RAW_EXPORTS) {
        expect(Date.now()).toBeLessThan(deadline);
        await new Promise((r) => setTimeout(r, 20));
      }
      const refused = await analyst.get('/api/exports/operation-results').expect(503);
      expect(refused.headers['retry-after']).toBe('60');
      expect(refused.body.message).toContain('already running');
      await analyst.get('/api/assessments').expect(200);
      await lock.query('ROLLBACK');
      for (const res of await Promise.all(running)) expect(res.status).toBe(200);
    } finally {
      lock.release();
    }
    expect((await download(analyst, '/api/exports/operation-results')).status).toBe(200);
  });
});

describe('a client that leaves during a large download', () => {
  let big: TestApp;
  let port: number;
  let token: string;

  /** 200 operations × 20 countries × 18 commodities: 72,000 rows, about 10 MB of CSV. */
  beforeAll(async () => {
    big = await startTestApp();
    token = await big.tokenFor('analyst');
    await big.db.query(`
      WITH ops AS (
        INSERT INTO operations (code, name, programme, lead, activities, start_date, end_date, end_year, source)
        SELECT 'BULK-' || lpad(g::text, 4, '0'), 'Bulk ' || g, 'wco', 'wco', ARRAY['interception'],
               '2024-01-01', '2024-01-31', 2024, 'imported'
        FROM generate_series(1, 200) g
        RETURNING id),
      countries AS (SELECT iso3 FROM countries ORDER BY iso3 LIMIT 20),
      participants AS (
        INSERT INTO operation_countries (operation_id, country_iso3)
        SELECT ops.id, countries.iso3 FROM ops CROSS JOIN countries RETURNING operation_id, country_iso3),
      results AS (
        INSERT INTO operation_results (operation_id, country_iso3, unit_type, arrests, investigations_opened,
                                       controlled_deliveries, persons_checked, content_hash)
        SELECT operation_id, country_iso3, 'customs', 1, 0, 0, 10, 'bulk' FROM participants RETURNING id)
      INSERT INTO operation_seizures (result_id, commodity, unit, cases, quantity)
      SELECT results.id, c, 'kg', 1, 1.5 FROM results
      CROSS JOIN unnest(ARRAY['cocaine', 'cannabis', 'heroin', 'synthetic_drugs', 'precursors',
        'counterfeit_goods', 'medicines', 'tobacco', 'alcohol', 'wildlife', 'timber', 'cultural_goods', 'weapons',
        'ammunition', 'explosives', 'currency', 'hazardous_waste', 'other']) AS c`);
    const server = big.app.getHttpServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => big.close());

  /** Sessions of the API's pool that are inside a transaction: an export's cursor is open in one of them. */
  async function inTransaction(): Promise<number> {
    const { rows } = await big.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM pg_stat_activity
       WHERE datname = current_database() AND pid <> pg_backend_pid() AND xact_start IS NOT NULL`,
    );
    return rows[0]!.n;
  }

  async function noneInTransaction(): Promise<boolean> {
    for (let i = 0; i < 100; i++) {
      if ((await inTransaction()) === 0) return true;
      await new Promise((r) => setTimeout(r, 50));
    }
    return false;
  }

  /**
   * Reads the first chunk and stops reading, waits until the export's transaction is open (the server is
   * then still writing: the file takes far longer to write than that look), then closes the connection.
   */
  function leaveEarly(path: string): Promise<{ received: number; openTransactions: number }> {
    return new Promise((resolve, reject) => {
      const req = httpRequest({ port, path, headers: { Authorization: `Bearer ${token}` } }, (res) => {
        let received = 0;
        res.on('data', (chunk: Buffer) => {
          received += chunk.length;
          res.pause();
        });
        res.once('data', () => {
          // The header row comes before the cursor is opened: wait until the export's transaction shows.
          const look = async () => {
            for (let i = 0; i < 200; i++) {
              const open = await inTransaction();
              if (open > 0) return open;
              await new Promise((r) => setTimeout(r, 5));
            }
            return 0;
          };
          look().then((openTransactions) => {
            req.destroy();
            resolve({ received, openTransactions });
          }, reject);
        });
      });
      req.on('error', (e: NodeJS.ErrnoException) => {
        if (e.code !== 'ECONNRESET') reject(e);
      });
      req.end();
    });
  }

  it('gets its transaction closed and its connection released, more times than the pool has connections', async () => {
    for (let i = 0; i < 12; i++) {
      const path = i % 2 === 0 ? '/api/exports/operation-results' : '/api/exports/operation-results?format=xlsx';
      const { received, openTransactions } = await leaveEarly(path);
      expect(received).toBeLessThan(1_000_000);
      expect(openTransactions).toBeGreaterThanOrEqual(1);
      expect(await noneInTransaction()).toBe(true);
    }
    const client = await clientFor(big, { role: 'analyst' });
    const full = await download(client, '/api/exports/operation-results');
    expect(full.body.length).toBeGreaterThan(5_000_000);
    expect(csvRecords(full.body)).toHaveLength(1 + 72_000);
    expect(await noneInTransaction()).toBe(true);
  });

  it('still gets the whole file, in many batches, as XLSX', { timeout: 90_000 }, async () => {
    const client = await clientFor(big, { role: 'analyst' });
    const rows = await xlsxRows((await download(client, '/api/exports/operation-results?format=xlsx')).body);
    expect(rows).toHaveLength(1 + 72_000);
    expect(rows[72_000]!.slice(0, 1)).toEqual(['BULK-0200']);
  });
});

describe('the XLSX writer’s backpressure', () => {
  it('can see the worksheet XML waiting for the zip (the writer keeps it under 1 MB)', async () => {
    // A client that takes nothing: once the zip's own buffers are full (text that does not compress fills them
    // fast), everything the sheet commits waits in the buffer that the writer watches.
    const stalled = new Writable({ write: () => undefined });
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: stalled });
    const sheet = workbook.addWorksheet('operations');
    for (let i = 0; i < 20_000; i++) sheet.addRow([randomBytes(100).toString('hex'), i]).commit();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(sheetBacklog(sheet)).toBeGreaterThan(1 << 20);
  });
});
