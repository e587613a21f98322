import { importHeader } from '@cpc/domain';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findUnstorable } from '../src/common/unstorable-input.js';
import { WORKED_EXAMPLE, cellsOf, clientFor, type Client } from './assessment-fixtures.js';
import { NO_SEIZURE, OPERATION_IMPORT_COLUMNS, TGO, type Row } from './operation-fixtures.js';
import { startTestApp, type TestApp } from './test-app.js';

/**
 * Input that passes every check of the API but that PostgreSQL cannot store (a NUL, an unpaired UTF-16
 * surrogate) or that no recursive walker survives (JSON nested 100,000 deep), in JSON bodies, query strings
 * and import files: each is a 4xx naming the field (or the row and column), never a 500, and writes nothing.
 * A dry run of an import answers exactly as the import does.
 */

/** `levels` arrays, one inside the other, around nothing. */
function nestedArrays(levels: number): unknown {
  let value: unknown = [];
  for (let i = 1; i < levels; i++) value = [value];
  return value;
}

describe('findUnstorable', () => {
  it('accepts 64 levels of nesting and refuses 65, naming the body', () => {
    expect(findUnstorable(nestedArrays(64))).toBeNull();
    expect(findUnstorable(nestedArrays(65))).toEqual({ field: 'body', message: 'body: nested deeper than 64 levels' });
  });

  it('names an over-deep structure by the top-level field it starts in', () => {
    expect(findUnstorable({ version: 1, comments: { 'A.1': nestedArrays(64) } })).toEqual({
      field: 'comments',
      message: 'comments: nested deeper than 64 levels',
    });
  });

  it('walks 100,000 levels without overflowing the stack', () => {
    // JSON.parse builds it iteratively; a recursive walk would throw RangeError here.
    const deep: unknown = JSON.parse(`${'['.repeat(100_000)}${']'.repeat(100_000)}`);
    expect(findUnstorable({ answers: deep })?.field).toBe('answers');
  });

  it.each([
    ['a lone high surrogate', 'x\ud800y'],
    ['a high surrogate at the end', 'abc\udbff'],
    ['a lone low surrogate', '\udc00abc'],
    ['a pair in the wrong order', '\udc00\ud800'],
  ])('refuses %s', (_label, text) => {
    expect(findUnstorable({ comments: { 'A.1': text } })).toEqual({
      field: 'comments.A.1',
      message: 'comments.A.1: must not contain an unpaired UTF-16 surrogate (\\ud800 to \\udfff)',
    });
  });

  it('accepts surrogate pairs (an emoji, a rare CJK character) and ordinary accents', () => {
    expect(findUnstorable({ comments: { 'A.1': '😀 \ud83d\ude00 𠀀 é à ü' } })).toBeNull();
  });

  it('names the path of a NUL in an array, and of a bad key', () => {
    expect(findUnstorable({ a: { b: ['x', 'y\u0000'] } })).toEqual({
      field: 'a.b.1',
      message: 'a.b.1: must not contain a NUL character (\\u0000)',
    });
    expect(findUnstorable({ a: { 'k\ud800': 1 } })?.field).toBe('a.k\ud800');
  });

  it('reports the first problem in document order', () => {
    expect(findUnstorable({ first: ['ok', 'a\u0000'], second: '\ud800' })?.field).toBe('first.1');
    expect(findUnstorable({ first: 'ok', second: '\ud800', third: 'a\u0000' })?.field).toBe('second');
  });
});

let t: TestApp;
let analyst: Client;
let admin: Client;
let coordinator: Client;

beforeAll(async () => {
  t = await startTestApp();
  analyst = await clientFor(t, { role: 'analyst' });
  admin = await clientFor(t, { role: 'admin' });
  coordinator = await clientFor(t, { role: 'coordinator', country: 'FRA' });
});
afterAll(() => t.close());

async function storedDraft(id: string): Promise<{ version: number; answers: unknown; comments: unknown }> {
  const { rows } = await t.db.query('SELECT version, answers, comments FROM assessments WHERE id = $1', [id]);
  return rows[0];
}

describe('PATCH /api/assessments/:id (a draft update)', () => {
  let draftId = '';
  let before: Awaited<ReturnType<typeof storedDraft>>;

  beforeAll(async () => {
    const res = await coordinator
      .post('/api/assessments')
      .send({ country: 'FRA', year: 2024, answers: { 'A.1': ['mou'] }, comments: { 'A.1': 'MoU of 2019' } })
      .expect(201);
    draftId = res.body.id;
    before = await storedDraft(draftId);
  });

  /** Sent as JSON text, exactly as written (a `\ud800` escape stays an escape until the server parses it). */
  const patch = (json: string) =>
    coordinator.patch(`/api/assessments/${draftId}`).set('Content-Type', 'application/json').send(json);

  it.each([
    ['100,000 nested arrays as the body', `${'['.repeat(100_000)}${']'.repeat(100_000)}`, 'body'],
    [
      '100,000 nested arrays as an answer',
      `{"answers":{"A.1":${'['.repeat(100_000)}${']'.repeat(100_000)}},"version":1}`,
      'answers',
    ],
    [
      '5,000 nested objects inside comments',
      `{"comments":${'{"A.1":'.repeat(5_000)}"x"${'}'.repeat(5_000)},"version":1}`,
      'comments',
    ],
  ])('%s → 400 naming the field, nothing written', async (_label, json, field) => {
    const res = await patch(json).expect(400);
    expect(res.body.errors).toEqual([{ field, message: `${field}: nested deeper than 64 levels` }]);
    expect(await storedDraft(draftId)).toEqual(before);
  });

  it.each([
    ['a comment', '{"comments":{"A.1":"MoU \\ud800 of 2019"},"version":1}', 'comments.A.1'],
    ['a free-text answer', '{"answers":{"A.1":["mou"],"A.5.2":"Police only\\udfff"},"version":1}', 'answers.A.5.2'],
  ])('a lone surrogate in %s → 400 naming the field, nothing written', async (_label, json, field) => {
    const res = await patch(json).expect(400);
    expect(res.body.errors).toEqual([
      { field, message: `${field}: must not contain an unpaired UTF-16 surrogate (\\ud800 to \\udfff)` },
    ]);
    expect(await storedDraft(draftId)).toEqual(before);
  });

  it('a surrogate pair (an emoji written as escapes) is stored and read back', async () => {
    const res = await patch('{"comments":{"A.1":"MoU \\ud83d\\ude00"},"version":1}').expect(200);
    expect(res.body.comments).toEqual({ 'A.1': 'MoU 😀' });
    expect(await storedDraft(draftId)).toMatchObject({ version: 2, comments: { 'A.1': 'MoU 😀' } });
  });
});

describe('absurd offsets on the paged lists', () => {
  const LISTS = [
    { path: '/api/operations', as: () => analyst },
    { path: '/api/audit', as: () => admin },
  ];

  it.each(
    LISTS.flatMap((list) =>
      ['99999999999999999999', '9007199254740992', `1${'0'.repeat(400)}`].map((offset) => ({ ...list, offset })),
    ),
  )('$path?offset=$offset → 400 naming offset', async ({ path, as, offset }) => {
    const res = await as().get(`${path}?offset=${offset}`).expect(400);
    expect(res.body.errors).toEqual([{ field: 'offset', message: 'offset must be at most 9007199254740991' }]);
  });

  it.each(LISTS)(
    '$path?offset=9007199254740991 (the largest safe integer) → 200, an empty page',
    async ({ path, as }) => {
      const res = await as().get(`${path}?offset=9007199254740991`).expect(200);
      expect(res.body.total).toBeGreaterThanOrEqual(0);
      expect(res.body.operations ?? res.body.entries).toEqual([]);
    },
  );

  it.each(LISTS)('$path?offset=-1 and offset=1e3 stay refused as not whole numbers', async ({ path, as }) => {
    for (const offset of ['-1', '1e3']) {
      const res = await as().get(`${path}?offset=${offset}`).expect(400);
      expect(res.body.errors).toEqual([{ field: 'offset', message: 'offset must be a whole number' }]);
    }
  });
});

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
      errors: [{ row: 3, column, message: `${column}: ${problem}` }],
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
      { row: 1, column: `column ${header.length}`, message: `column ${header.length}: ${NUL_MESSAGE}` },
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
      errors: [{ row: 2, column, message: `${column}: ${problem}` }],
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
    expect(await tableCount('assessment_dimension_scores')).toBe(0);
    expect(await tableCount('assessment_revisions')).toBe(0);
    const real = await writer.post('/api/assessments/import').attach('file', file, 'a.xlsx').expect(200);
    expect(real.body).toEqual({ dryRun: false, rows: 2, created: 2, updated: 0 });
  });

  it('operations: a file the import refuses at write time gets the same 409 from a dry run', async () => {
    const taken = { ...OPERATION, operation_code: 'TAKEN-A' };
    const file = await xlsxOf(OPERATION_IMPORT_COLUMNS, [{ ...taken, ...TGO, ...NO_SEIZURE }]);
    const expected = {
      statusCode: 409,
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
