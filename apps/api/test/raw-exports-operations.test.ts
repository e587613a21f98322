import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientFor } from './assessment-fixtures.js';
import { MAX_CONCURRENT_RAW_EXPORTS } from '../src/exports/raw/raw-exports.service.js';
import { startTestApp } from './test-app.js';
import { GHA, NO_SEIZURE, TGO } from './operation-fixtures.js';
import {
  COCAIR,
  EXPORT_COLUMNS,
  HARBOUR,
  SEN,
  analyst,
  asText,
  csvRecords,
  download,
  keyed,
  readOperations,
  setUp,
  t,
  xlsxRows,
  type StoredOperation,
} from './raw-exports.fixture.js';

/**
 * The raw exports: every answer and every reported result, in exactly the import layouts, streamed. Each file
 * is read back with papaparse or exceljs and compared with the stored data, then imported again: into the
 * same database (nothing changes) and into an empty one (the same scores and results come out).
 *
 * This file: the operation results export, and raw exports running at once (the stored data and the
 * readers: raw-exports.fixture.ts).
 */

beforeAll(setUp);
afterAll(() => t.close());

const IMPORT_LAYOUT = '/api/exports/operation-results?part=import';

describe('the operation results export in the import layout (part=import)', () => {
  it('is exactly the operations import layout, one row per operation × country × commodity, in order', async () => {
    const res = await download(analyst, IMPORT_LAYOUT);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toMatch(
      /^attachment; filename="operation-results_import_\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    const records = csvRecords(res.body);
    expect(records[0]).toEqual(EXPORT_COLUMNS);
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
    const rows = keyed(csvRecords((await download(analyst, IMPORT_LAYOUT)).body));
    const noUnit = { unit_site: '' };
    expect(rows[0]).toEqual({ ...COCAIR, activities: 'risk_targeting;interception', ...GHA, ...noUnit, ...NO_SEIZURE });
    expect(rows[2]).toEqual({
      ...COCAIR,
      ...SEN,
      ...noUnit,
      commodity: 'cocaine',
      cases: '1',
      quantity: '0.125',
      unit: 'l',
    });
    expect(rows[4]).toEqual({
      ...HARBOUR,
      activities: 'investigation;controlled_delivery',
      ...TGO,
      ...noUnit,
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
    const csv = csvRecords((await download(analyst, IMPORT_LAYOUT)).body);
    const res = await download(analyst, `${IMPORT_LAYOUT}&format=xlsx`);
    expect(res.headers['content-disposition']).toMatch(/filename="operation-results_import_\d{4}-\d{2}-\d{2}\.xlsx"/);
    const rows = await xlsxRows(res.body);
    expect(rows.map(asText)).toEqual(csv);
    const senCocaineLitres = rows[3]!; // the header is row 0
    expect(senCocaineLitres[EXPORT_COLUMNS.indexOf('quantity')]).toBe(0.125);
    expect(senCocaineLitres[EXPORT_COLUMNS.indexOf('cases')]).toBe(1);
    expect(senCocaineLitres[EXPORT_COLUMNS.indexOf('start_date')]).toBe('2024-11-04');
  });

  it('starts with a byte-order mark only with bom=true', async () => {
    const plain = (await download(analyst, IMPORT_LAYOUT)).body;
    expect(plain[0]).toBe('o'.charCodeAt(0));
    const withBom = (await download(analyst, `${IMPORT_LAYOUT}&bom=true`)).body;
    expect(withBom.subarray(3)).toEqual(plain);
    expect(withBom.subarray(0, 3).toString('utf8')).toBe('\uFEFF');
  });
});

describe('the import layout imported again', () => {
  it('into the same database, from CSV and from XLSX, changes nothing', async () => {
    const before = await readOperations(analyst);
    for (const format of ['csv', 'xlsx']) {
      const file = (await download(analyst, `${IMPORT_LAYOUT}&format=${format}`)).body;
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

  it('into an empty database, gives the same operations and results', async () => {
    const empty = await startTestApp();
    try {
      const emptyAnalyst = await clientFor(empty, { role: 'analyst' });
      const file = (await download(analyst, IMPORT_LAYOUT)).body;
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
