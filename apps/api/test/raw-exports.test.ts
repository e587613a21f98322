import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SECOND_EXAMPLE_SCORES, WORKED_EXAMPLE_SCORES, clientFor, type Client } from './assessment-fixtures.js';
import { startTestApp, type TestApp } from './test-app.js';
import {
  ASSESSMENT_COLUMNS,
  INJECTION,
  SCORE_COLUMNS,
  admin,
  analyst,
  asText,
  csvRecords,
  download,
  keyed,
  setUp,
  t,
  xlsxRows,
} from './raw-exports.fixture.js';

/**
 * The raw exports: every answer and every reported result, in exactly the import layouts, streamed. Each file
 * is read back with papaparse or exceljs and compared with the stored data, then imported again: into the
 * same database (nothing changes) and into an empty one (the same scores and results come out).
 *
 * This file: who may download, and the assessments export. The operation results export and exports
 * running at once: raw-exports-operations.test.ts; large downloads: raw-exports-streaming.test.ts. The
 * stored data and the readers: raw-exports.fixture.ts.
 */

beforeAll(setUp);
afterAll(() => t.close());

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
