import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientFor, csvOf } from './assessment-fixtures.js';
import type { Row } from './operation-fixtures.js';
import { startTestApp, type TestApp } from './test-app.js';
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
  xlsxFile,
} from './operations-import.fixture.js';

/**
 * The operations import: one row per operation × country × commodity, all or nothing, idempotent, the same
 * from CSV and XLSX. Every check reads the stored operations and results back through the API.
 *
 * This file: the same data as CSV and XLSX, repeated columns that disagree, the template, what is not a
 * spreadsheet, who may import, and the same file sent twice at once. The rows and helpers:
 * operations-import.fixture.ts.
 */

beforeAll(setUp);
afterAll(() => t.close());

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
    expect(res.body.errors).toEqual([
      {
        row: 3,
        column: 'unit',
        message: expect.stringMatching(/^unit: "tons"/),
        code: 'invalid_value',
        params: { values: ['kg', 'l', 'pieces', 'heads', 'usd', 'eur'], value: 'tons' },
      },
    ]);
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
        code: 'differs_from_row',
        params: { row: 2, value: '4' },
      },
      {
        row: 4,
        column: 'operation_name',
        message: 'operation_name: differs from row 2 ("Cocair test"), which names the same operation',
        code: 'differs_from_row',
        params: { row: 2, value: 'Cocair test' },
      },
      {
        row: 6,
        column: 'end_date',
        message: 'end_date: differs from row 5 ("2023-03-31"), which names the same operation',
        code: 'differs_from_row',
        params: { row: 5, value: '2023-03-31' },
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

/** The template's columns: the contract's, with the optional unit_site after unit_name. */
const TEMPLATE_COLUMNS = COLUMNS.flatMap((c) => (c === 'unit_name' ? [c, 'unit_site'] : [c]));

describe('the template', () => {
  it('CSV: the columns of the contract and two example rows, which import once given a code', async () => {
    const res = await analyst.get('/api/operations/import/template?format=csv').expect(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename=".+\.csv"$/);
    const text = res.text;
    const records: string[][] = parse(text, { bom: true });
    const [header, ...examples] = records;
    expect(header).toEqual(TEMPLATE_COLUMNS);
    expect(examples).toHaveLength(2);
    for (const example of examples) expect(example[0]).toMatch(/^#/);

    // As downloaded, only comment rows: nothing to import.
    const empty = await upload(analyst, Buffer.from(text, 'utf8'), 'template.csv').expect(422);
    expect(empty.body.errors).toMatchObject([
      { row: 2, column: 'operation_code', message: 'no data rows under the header' },
    ]);

    const rows: Row[] = examples.map((cells) => ({
      ...Object.fromEntries(TEMPLATE_COLUMNS.map((column, i) => [column, cells[i] ?? ''])),
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
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(TEMPLATE_COLUMNS);
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
