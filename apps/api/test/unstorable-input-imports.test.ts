import { importHeader } from '@cpc/domain';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WORKED_EXAMPLE, cellsOf, clientFor, type Client } from './assessment-fixtures.js';
import { NO_SEIZURE, OPERATION_IMPORT_COLUMNS, TGO, type Row } from './operation-fixtures.js';
import { startTestApp, type TestApp } from './test-app.js';

/**
 * Input that passes every check of the API but that PostgreSQL cannot store (a NUL, an unpaired UTF-16
 * surrogate), in import files: Excel escapes that decode to it are a 422 naming the row and column, never a
 * 500, and write nothing. A dry run of an import answers exactly as the import does.
 *
 * JSON bodies and query strings: unstorable-input.test.ts.
 */

let t: TestApp;
let analyst: Client;

beforeAll(async () => {
  t = await startTestApp();
  analyst = await clientFor(t, { role: 'analyst' });
});
afterAll(() => t.close());

/** A workbook of text cells under this header; ExcelJS writes `_x0000_` as it is, and Excel reads it as U+0000. */
async function xlsxOf(header: string[], rows: Row[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('import');
  sheet.addRow(header);
  for (const r of rows) sheet.addRow(header.map((h) => r[h] ?? null));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function count(table: 'assessments' | 'operations' | 'operation_results'): Promise<number> {
  const { rows } = await t.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`);
  return rows[0]!.n;
}

describe('the fixture workbooks', () => {
  it('hold the Excel escapes, which ExcelJS reads back as a NUL and a lone surrogate', async () => {
    const file = await xlsxOf(['a', 'b'], [{ a: 'x_x0000_y', b: 'x_xD800_y' }]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file as unknown as ArrayBuffer);
    const row = workbook.worksheets[0]!.getRow(2);
    expect([row.getCell(1).text, row.getCell(2).text]).toEqual(['x\u0000y', 'x\ud800y']);
  });
});

const ASSESSMENT_HEADER = importHeader();
const assessmentRow = (country: string, extra: Row = {}): Row => ({
  country,
  year: '2022',
  status: 'submitted',
  ...cellsOf(WORKED_EXAMPLE),
  ...extra,
});

const NUL_MESSAGE = 'must not contain a NUL character (U+0000, written _x0000_ in a workbook)';
const SURROGATE_MESSAGE = 'must not contain an unpaired UTF-16 surrogate (written _xD800_ to _xDFFF_ in a workbook)';

describe('POST /api/assessments/import: Excel escapes that decode to unstorable text', () => {
  const importAssessments = (file: Buffer, query = '') =>
    analyst.post(`/api/assessments/import${query}`).attach('file', file, 'assessments.xlsx');

  it.each([
    ['_x0000_ in a comment', { 'comment:A.1': 'MoU_x0000_ of 2019' }, 'comment:A.1', NUL_MESSAGE],
    ['_xD800_ in a free-text answer', { 'A.5.2': 'Police only_xD800_' }, 'A.5.2', SURROGATE_MESSAGE],
  ])('%s → 422 naming row and column, the same from a dry run, nothing written', async (_l, cells, column, problem) => {
    const file = await xlsxOf(ASSESSMENT_HEADER, [assessmentRow('NOR'), assessmentRow('SWE', cells)]);
    const before = await count('assessments');
    const expected = {
      statusCode: 422,
      message: 'Nothing was imported: 1 error on 1 row',
      errors: [{ row: 3, column, message: `${column}: ${problem}`, code: 'unstorable_text' }],
    };
    const real = await importAssessments(file).expect(422);
    expect(real.body).toEqual(expected);
    const dry = await importAssessments(file, '?dryRun=true').expect(422);
    expect(dry.body).toEqual(expected);
    expect(await count('assessments')).toBe(before);
  });

  it('a bad header cell is named by its column number', async () => {
    const header = [...ASSESSMENT_HEADER, 'note_x0000_'];
    const res = await importAssessments(await xlsxOf(header, [assessmentRow('NOR')])).expect(422);
    expect(res.body.errors).toEqual([
      {
        row: 1,
        column: `column ${header.length}`,
        message: `column ${header.length}: ${NUL_MESSAGE}`,
        code: 'unstorable_text',
      },
    ]);
  });
});

const OPERATION: Row = {
  operation_code: 'ESC-A',
  operation_name: 'Escape test',
  programme: 'ccp',
  lead: 'wco',
  activities: 'interception',
  start_date: '2024-03-01',
  end_date: '2024-03-31',
};

describe('POST /api/operations/import: Excel escapes that decode to unstorable text', () => {
  const importOperations = (file: Buffer, query = '') =>
    analyst.post(`/api/operations/import${query}`).attach('file', file, 'operations.xlsx');

  it.each([
    ['_x0000_ in the operation name', { operation_name: 'Escape_x0000_ test' }, 'operation_name', NUL_MESSAGE],
    ['_xD800_ in the unit name', { unit_name: 'UCP_xD800_ Lomé' }, 'unit_name', SURROGATE_MESSAGE],
  ])('%s → 422 naming row and column, the same from a dry run, nothing written', async (_l, cells, column, problem) => {
    const file = await xlsxOf(OPERATION_IMPORT_COLUMNS, [{ ...OPERATION, ...TGO, ...NO_SEIZURE, ...cells }]);
    const expected = {
      statusCode: 422,
      message: 'Nothing was imported: 1 error on 1 row',
      errors: [{ row: 2, column, message: `${column}: ${problem}`, code: 'unstorable_text' }],
    };
    const real = await importOperations(file).expect(422);
    expect(real.body).toEqual(expected);
    const dry = await importOperations(file, '?dryRun=true').expect(422);
    expect(dry.body).toEqual(expected);
    expect(await count('operations')).toBe(0);
  });

  it('the same row without the escape imports', async () => {
    const file = await xlsxOf(OPERATION_IMPORT_COLUMNS, [{ ...OPERATION, ...TGO, ...NO_SEIZURE }]);
    const res = await importOperations(file).expect(200);
    expect(res.body.operations).toEqual({ created: 1, updated: 0, unchanged: 0 });
    expect(await count('operations')).toBe(1);
  });
});

describe('a dry run goes through the same writes as the import, then rolls back', () => {
  let w: TestApp;
  let writer: Client;

  // PostgreSQL refuses these rows only when they are written, as it would a row a concurrent writer got first.
  beforeAll(async () => {
    w = await startTestApp();
    writer = await clientFor(w, { role: 'analyst' });
    for (const [table, condition] of [
      ['assessments', "NEW.country_iso3 = 'ISL'"],
      ['operations', "NEW.code = 'TAKEN-A'"],
    ])
      await w.db.query(`
        CREATE FUNCTION refuse_${table}_for_test() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF ${condition} THEN RAISE unique_violation USING MESSAGE = 'taken meanwhile (test)'; END IF;
          RETURN NEW;
        END $$;
        CREATE TRIGGER refuse_for_test BEFORE INSERT ON ${table} FOR EACH ROW EXECUTE FUNCTION refuse_${table}_for_test();
      `);
  });
  afterAll(() => w.close());

  async function tableCount(table: string): Promise<number> {
    const { rows } = await w.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`);
    return rows[0]!.n;
  }

  it('assessments: a file the import refuses at write time gets the same 409 from a dry run', async () => {
    const file = await xlsxOf(ASSESSMENT_HEADER, [assessmentRow('NOR'), assessmentRow('ISL')]);
    const expected = {
      statusCode: 409,
      code: 'concurrent_import',
      message: 'country: an assessment of this file was created meanwhile by someone else; import the file again',
    };
    const dry = await writer.post('/api/assessments/import?dryRun=true').attach('file', file, 'a.xlsx').expect(409);
    expect(dry.body).toEqual(expected);
    const real = await writer.post('/api/assessments/import').attach('file', file, 'a.xlsx').expect(409);
    expect(real.body).toEqual(expected);
    expect(await tableCount('assessments')).toBe(0);
    expect(await tableCount('assessment_revisions')).toBe(0);
  });

  it('assessments: a dry run of an accepted file counts like the import and leaves nothing', async () => {
    const file = await xlsxOf(ASSESSMENT_HEADER, [assessmentRow('NOR'), assessmentRow('SWE')]);
    const dry = await writer.post('/api/assessments/import?dryRun=true').attach('file', file, 'a.xlsx').expect(200);
    expect(dry.body).toEqual({ dryRun: true, rows: 2, created: 2, updated: 0 });
    expect(await tableCount('assessments')).toBe(0);
    expect(await tableCount('assessment_scores')).toBe(0);
    expect(await tableCount('assessment_revisions')).toBe(0);
    const real = await writer.post('/api/assessments/import').attach('file', file, 'a.xlsx').expect(200);
    expect(real.body).toEqual({ dryRun: false, rows: 2, created: 2, updated: 0 });
  });

  it('operations: a file the import refuses at write time gets the same 409 from a dry run', async () => {
    const taken = { ...OPERATION, operation_code: 'TAKEN-A' };
    const file = await xlsxOf(OPERATION_IMPORT_COLUMNS, [{ ...taken, ...TGO, ...NO_SEIZURE }]);
    const expected = {
      statusCode: 409,
      code: 'concurrent_import',
      message: 'operation_code: an operation of this file was created meanwhile by someone else; import the file again',
    };
    const dry = await writer.post('/api/operations/import?dryRun=true').attach('file', file, 'o.xlsx').expect(409);
    expect(dry.body).toEqual(expected);
    const real = await writer.post('/api/operations/import').attach('file', file, 'o.xlsx').expect(409);
    expect(real.body).toEqual(expected);
    expect(await tableCount('operations')).toBe(0);
  });

  it('operations: a dry run of an accepted file counts like the import and leaves nothing', async () => {
    const file = await xlsxOf(OPERATION_IMPORT_COLUMNS, [{ ...OPERATION, ...TGO, ...NO_SEIZURE }]);
    const dry = await writer.post('/api/operations/import?dryRun=true').attach('file', file, 'o.xlsx').expect(200);
    const counts = {
      rows: 1,
      operations: { created: 1, updated: 0, unchanged: 0 },
      results: { created: 1, updated: 0, unchanged: 0 },
      seizures: 0,
    };
    expect(dry.body).toEqual({ dryRun: true, ...counts });
    for (const table of ['operations', 'operation_countries', 'operation_results', 'operation_seizure_rollup'])
      expect(await tableCount(table), table).toBe(0);
    const real = await writer.post('/api/operations/import').attach('file', file, 'o.xlsx').expect(200);
    expect(real.body).toEqual({ dryRun: false, ...counts });
  });
});
