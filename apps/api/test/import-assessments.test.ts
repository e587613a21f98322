import { importHeader } from '@cpc/domain';
import ExcelJS from 'exceljs';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  SECOND_EXAMPLE,
  SECOND_EXAMPLE_SCORES,
  WORKED_EXAMPLE,
  WORKED_EXAMPLE_SCORES,
  cellsOf,
  clientFor,
  csvOf,
  type Client,
} from './assessment-fixtures.js';
import { startTestApp, type TestApp } from './test-app.js';

let t: TestApp;
let analyst: Client;
let coordinator: Client;
const HEADER = importHeader();

beforeAll(async () => {
  t = await startTestApp();
  analyst = await clientFor(t, { role: 'analyst' });
  coordinator = await clientFor(t, { role: 'coordinator', country: 'BRA' });
});
afterAll(() => t.close());

function upload(file: Buffer, name: string, query = '') {
  return analyst.post(`/api/assessments/import${query}`).attach('file', file, name);
}

async function assessmentCount(): Promise<number> {
  const { rows } = await t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM assessments');
  return rows[0]!.n;
}

async function stored(country: string, year: number) {
  const { rows } = await t.db.query(
    `SELECT id, status, source, version, s.overall_index, s.computed_level, self_level, comments,
            (SELECT json_object_agg(d.code, d.score) FROM unnest(s.dimension_codes, s.dimension_scores) AS d(code, score)) AS dims,
            (SELECT json_object_agg(p.code, p.points) FROM unnest(s.item_codes, s.item_points) AS p(code, points)) AS items
     FROM assessments a LEFT JOIN assessment_scores s ON s.assessment_id = a.id AND s.methodology = 'v1'
     WHERE country_iso3 = $1 AND year = $2`,
    [country, year],
  );
  return rows[0];
}

async function xlsxOf(header: string[], rows: Record<string, string | number>[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('assessments');
  sheet.addRow(header);
  for (const r of rows) sheet.addRow(header.map((h) => r[h] ?? null));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const row = (country: string, year: number, status: string, answers: Record<string, unknown>, extra = {}) => ({
  country,
  year: String(year),
  status,
  ...cellsOf(answers as Parameters<typeof cellsOf>[0]),
  ...extra,
});

describe('a valid CSV file', () => {
  const file = csvOf(HEADER, [
    row('FRA', 2022, 'submitted', WORKED_EXAMPLE, { 'comment:A.1': 'MoU of 2019' }),
    row('KEN', 2022, 'validated', SECOND_EXAMPLE),
    row('BRA', 2021, 'submitted', SECOND_EXAMPLE),
  ]);

  it('a dry run checks it and writes nothing', async () => {
    const res = await upload(file, 'assessments.csv', '?dryRun=true').expect(200);
    expect(res.body).toEqual({ dryRun: true, rows: 3, created: 3, updated: 0 });
    expect(await assessmentCount()).toBe(0);
  });

  it('imports: three created, scored exactly as on submit', async () => {
    const res = await upload(file, 'assessments.csv').expect(200);
    expect(res.body).toEqual({ dryRun: false, rows: 3, created: 3, updated: 0 });
    const fra = await stored('FRA', 2022);
    expect(fra).toMatchObject({
      status: 'submitted',
      source: 'imported',
      version: 1,
      overall_index: WORKED_EXAMPLE_SCORES.overall,
      computed_level: 3,
      self_level: 3,
      comments: { 'A.1': 'MoU of 2019' },
      dims: WORKED_EXAMPLE_SCORES.dimensions,
    });
    // Each item's points, read back exactly (they are sent joined by commas, see scores.sql.ts).
    expect(fra.items).toEqual(WORKED_EXAMPLE_SCORES.items);
    const ken = await stored('KEN', 2022);
    expect(ken).toMatchObject({ status: 'validated', overall_index: 56.2963, self_level: 2 });
    expect(ken.dims).toEqual(SECOND_EXAMPLE_SCORES.dimensions);
    const history = await analyst.get(`/api/assessments/${fra.id}/history`).expect(200);
    expect(history.body.revisions).toHaveLength(1);
    expect(history.body.revisions[0]).toMatchObject({
      revision: 1,
      action: 'imported',
      fromStatus: null,
      toStatus: 'submitted',
    });
  });

  it('a dry run of a second file counts what would be updated', async () => {
    const next = csvOf(HEADER, [
      row('FRA', 2022, 'validated', SECOND_EXAMPLE),
      row('FRA', 2023, 'submitted', SECOND_EXAMPLE),
    ]);
    const res = await upload(next, 'next.csv', '?dryRun=true').expect(200);
    expect(res.body).toEqual({ dryRun: true, rows: 2, created: 1, updated: 1 });
    expect((await stored('FRA', 2022)).version).toBe(1);
  });

  it('importing again updates the existing country-years, with an imported revision each', async () => {
    const { id } = await stored('BRA', 2021);
    // The coordinator had opened BRA 2021 at version 1: after the import, their save is refused.
    const next = csvOf(HEADER, [
      row('FRA', 2022, 'validated', SECOND_EXAMPLE),
      row('KEN', 2022, 'validated', SECOND_EXAMPLE),
      row('BRA', 2021, 'validated', WORKED_EXAMPLE),
      row('BRA', 2022, 'submitted', WORKED_EXAMPLE),
    ]);
    const res = await upload(next, 'again.csv').expect(200);
    expect(res.body).toEqual({ dryRun: false, rows: 4, created: 1, updated: 3 });
    const fra = await stored('FRA', 2022);
    expect(fra).toMatchObject({ status: 'validated', version: 2, overall_index: 56.2963, comments: {} });
    expect(fra.dims).toEqual(SECOND_EXAMPLE_SCORES.dimensions);
    const history = (await analyst.get(`/api/assessments/${fra.id}/history`).expect(200)).body.revisions;
    expect(history.map((r: { revision: number; action: string }) => [r.revision, r.action])).toEqual([
      [1, 'imported'],
      [2, 'imported'],
    ]);
    expect(history[1]).toMatchObject({ fromStatus: 'submitted', toStatus: 'validated' });
    // A.1: [mou, joint_committee] → [moa, joint_committee]; the comment on A.1 is gone.
    expect(history[1].changes).toContainEqual({
      code: 'A.1',
      kind: 'answer',
      old: ['mou', 'joint_committee'],
      new: ['moa', 'joint_committee'],
    });
    expect(history[1].changes).toContainEqual({ code: 'A.1', kind: 'comment', old: 'MoU of 2019', new: null });
    await coordinator.patch(`/api/assessments/${id}`).send({ answers: {}, version: 1 }).expect(409);
  });
});

describe('text that JSON and array literals escape', () => {
  // The rows travel to PostgreSQL as one JSON document (assessment.sql.ts): each character below is escaped by
  // JSON, by an array literal, or by both, and must come back as it was typed.
  const TRICKY = 'C:\\dossiers\\2019 "MoU" {a,b} NULL, \t tab\nsecond line, العربية, 🛃 ∑ \u00e9';

  it('is stored and recorded exactly as typed', async () => {
    const file = csvOf(HEADER, [row('SEN', 2018, 'submitted', WORKED_EXAMPLE, { 'comment:A.1': TRICKY })]);
    await upload(file, 'tricky.csv').expect(200);
    const sen = await stored('SEN', 2018);
    expect(sen.comments).toEqual({ 'A.1': TRICKY });
    const history = await analyst.get(`/api/assessments/${sen.id}/history`).expect(200);
    expect(history.body.revisions[0].changes).toContainEqual({ code: 'A.1', kind: 'comment', old: null, new: TRICKY });
  });
});

describe('a valid XLSX file', () => {
  it('imports like a CSV, numbers as numbers', async () => {
    const file = await xlsxOf(HEADER, [
      { ...row('NGA', 2020, 'submitted', WORKED_EXAMPLE), year: 2020, 'A.18': 3 },
      row('GHA', 2020, 'validated', SECOND_EXAMPLE),
    ]);
    const dry = await upload(file, 'assessments.xlsx', '?dryRun=true').expect(200);
    expect(dry.body).toEqual({ dryRun: true, rows: 2, created: 2, updated: 0 });
    const res = await upload(file, 'assessments.xlsx').expect(200);
    expect(res.body).toEqual({ dryRun: false, rows: 2, created: 2, updated: 0 });
    expect(await stored('NGA', 2020)).toMatchObject({ overall_index: 45.7407, computed_level: 3, self_level: 3 });
    expect(await stored('GHA', 2020)).toMatchObject({ overall_index: 56.2963, status: 'validated' });
  });

  it('reports errors with the sheet row numbers', async () => {
    const file = await xlsxOf(HEADER, [row('NGA', 2019, 'submitted', { ...WORKED_EXAMPLE, 'A.1': 'none;mou' })]);
    const res = await upload(file, 'bad.xlsx').expect(422);
    expect(res.body.errors).toEqual([
      {
        row: 2,
        column: 'A.1',
        message: 'A.1: "none" cannot be combined with another option',
        code: 'exclusive_option',
        params: expect.objectContaining({ value: 'none' }),
      },
    ]);
  });
});

describe('the template', () => {
  it('CSV: the header and an example row that imports once its first cell is a country', async () => {
    const res = await analyst.get('/api/assessments/import/template?format=csv').expect(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    expect(res.headers['content-disposition']).toBe('attachment; filename="cpc-assessments-template.csv"');
    const text = res.text.replace(/^\uFEFF/, '');
    const [header, example] = text.split('\r\n');
    expect(header).toBe(HEADER.join(','));
    expect(example).toMatch(/^"# example, ignored: FRA",2024,submitted,/);
    // As downloaded: nothing to import.
    const empty = await upload(Buffer.from(res.text), 'template.csv').expect(422);
    expect(empty.body.errors).toEqual([
      { row: 2, column: 'country', message: 'no data rows under the header', code: 'no_data_rows' },
    ]);
    // Filled in: the example row with a real country.
    const filled = text.replace('"# example, ignored: FRA"', 'CHE');
    const ok = await upload(Buffer.from(filled), 'filled.csv').expect(200);
    expect(ok.body).toEqual({ dryRun: false, rows: 1, created: 1, updated: 0 });
    expect(await stored('CHE', 2024)).toMatchObject({ overall_index: 45.7407 });
  });

  it('XLSX: the same header, a codes sheet in EN/FR, and it imports once filled', async () => {
    const res = await analyst
      .get('/api/assessments/import/template?format=xlsx')
      .buffer(true)
      .parse((r, done) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => {
          chunks.push(c);
        });
        r.on('end', () => {
          done(null, Buffer.concat(chunks));
        });
      })
      .expect(200);
    expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const workbook = new ExcelJS.Workbook();
    // exceljs types its Buffer apart from Node's.
    await workbook.xlsx.load(res.body as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['assessments', 'codes']);
    const sheet = workbook.getWorksheet('assessments')!;
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(HEADER);
    const codes = workbook.getWorksheet('codes')!;
    const a21 = codes.getColumn(1).values.indexOf('A.2.1');
    expect(codes.getRow(a21).getCell(2).text).toBe('One option code: yes, partial, no');
    expect(codes.getRow(a21).getCell(8).text).toBe('yes = Yes\npartial = Partially\nno = No');
    expect(codes.getRow(a21).getCell(9).text).toBe('yes = Oui\npartial = Partiellement\nno = Non');
    sheet.getCell('A2').value = 'AUT';
    const filled = Buffer.from(await workbook.xlsx.writeBuffer());
    const ok = await upload(filled, 'filled.xlsx').expect(200);
    expect(ok.body).toEqual({ dryRun: false, rows: 1, created: 1, updated: 0 });
  });

  it('refuses an unknown format', async () => {
    const res = await analyst.get('/api/assessments/import/template?format=pdf').expect(400);
    expect(res.body.message).toBe('format must be csv or xlsx');
  });
});

describe('files that are not an import', () => {
  it('no file → 400', async () => {
    const res = await analyst.post('/api/assessments/import').send({}).expect(400);
    expect(res.body.message).toBe('file: attach the CSV or XLSX file as the multipart field "file"');
  });

  it('a PDF → 415', async () => {
    const res = await upload(Buffer.from('%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n\u0000'), 'report.pdf').expect(415);
    expect(res.body.message).toMatch(/^file: expected a CSV or XLSX file, got "report.pdf"/);
  });

  it('an old .xls workbook → 415', async () => {
    const ole2 = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512)]);
    const res = await upload(ole2, 'old.xls').expect(415);
    expect(res.body.message).toBe('file: old .xls workbooks are not supported: save the file as .xlsx or .csv');
  });

  it('a broken XLSX → 400', async () => {
    const res = await upload(Buffer.from('PK\u0003\u0004garbage'), 'broken.xlsx').expect(400);
    expect(res.body.message).toMatch(/^file: not a readable XLSX workbook/);
  });

  it('a CSV with an unclosed quote → 400 naming the line', async () => {
    const res = await upload(Buffer.from('country,year\n"FRA,2020\n'), 'quote.csv').expect(400);
    expect(res.body.message).toBe('file: the CSV cannot be read: a quoted field opened on line 2 is never closed');
  });

  it('a file over 10 MB → 413', async () => {
    const big = Buffer.alloc(10 * 1024 * 1024 + 1, 'a');
    const res = await upload(big, 'big.csv').expect(413);
    expect(res.body.message).toBe(
      'file: the file is larger than the upload limit (10 MB for assessments, 64 MB for operations)',
    );
  });

  it('a file under another field name → 400', async () => {
    const res = await analyst.post('/api/assessments/import').attach('upload', csvOf(HEADER, []), 'a.csv').expect(400);
    expect(res.body.message).toBe('upload: unexpected file field (send the file as "file")');
  });

  it('dryRun must be true or false', async () => {
    const res = await upload(csvOf(HEADER, []), 'a.csv', '?dryRun=yes').expect(400);
    expect(res.body.message).toBe('dryRun must be true or false');
  });

  it('a semicolon-separated CSV (Excel in French) in Windows-1252 imports', async () => {
    const file = csvOf(
      HEADER,
      [row('BEL', 2021, 'submitted', WORKED_EXAMPLE, { 'comment:A.13': 'Moyens très limités' })],
      ';',
    );
    const latin1 = Buffer.from(file.toString('utf8'), 'latin1');
    const res = await upload(latin1, 'fr.csv').expect(200);
    expect(res.body.created).toBe(1);
    expect((await stored('BEL', 2021)).comments).toEqual({ 'A.13': 'Moyens très limités' });
  });

  it('anonymous → 401 before anything is read', async () => {
    await request(t.app.getHttpServer())
      .post('/api/assessments/import')
      .attach('file', csvOf(HEADER, []), 'a.csv')
      .expect(401);
  });
});
