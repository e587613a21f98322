import { PassThrough } from 'node:stream';
import { entriesSheet, plainSheet, tableSheet, type WorkbookSheet } from '@cpc/domain';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { XlsxStream, xlsxFile } from '../src/exports/xlsx/xlsx-writer.js';

/*
 * The one XLSX writer behind every file the platform produces (analytics exports, raw exports, the two import
 * templates): the domain's sheet model in, the same conventions out, whether built in memory or streamed.
 */
async function read(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  return workbook;
}

const values = (sheet: ExcelJS.Worksheet, row: number) => (sheet.getRow(row).values as unknown[]).slice(1);

describe('xlsxFile', () => {
  it('writes a table: bold frozen header, numbers and yes/no typed, text neutralised, columns fitted', async () => {
    const table = {
      columns: ['region', 'mean', 'shared'],
      rows: [
        ['=command()', 61.25, true],
        ['AFR', null, false],
      ],
    };
    const workbook = await read(await xlsxFile([tableSheet('data', table)]));
    const sheet = workbook.getWorksheet('data')!;
    expect(values(sheet, 1)).toEqual(['region', 'mean', 'shared']);
    expect(values(sheet, 2)).toEqual(["'=command()", 61.25, true]);
    expect(sheet.getRow(3).getCell(2).value).toBeNull();
    expect(sheet.getRow(1).font).toMatchObject({ bold: true });
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect([1, 2, 3].map((c) => sheet.getColumn(c).width)).toEqual([13, 8, 8]);
  });

  it('writes key/value entries: bold keys, wrapped values, fixed widths', async () => {
    const workbook = await read(
      await xlsxFile([
        entriesSheet('metadata', [
          ['title', 'Maturity'],
          ['n', 12],
        ]),
      ]),
    );
    const sheet = workbook.getWorksheet('metadata')!;
    expect(values(sheet, 2)).toEqual(['n', 12]);
    expect(sheet.getColumn(1).font).toMatchObject({ bold: true });
    expect(sheet.getRow(1).alignment).toMatchObject({ wrapText: true, vertical: 'top' });
    expect([sheet.getColumn(1).width, sheet.getColumn(2).width]).toEqual([20, 100]);
  });

  it('writes a template: grey example row, frozen key columns, drop-down lists under the example', async () => {
    const template: WorkbookSheet = {
      ...plainSheet('assessments', [
        { cells: ['country', 'year', 'status'], style: 'header' },
        { cells: ['# example', '2024', 'submitted'], style: 'example' },
      ]),
      frozen: { rows: 1, columns: 2 },
      choices: [{ column: 2, codes: ['submitted', 'validated'] }],
      choiceRows: 3,
    };
    const workbook = await read(await xlsxFile([template]));
    const sheet = workbook.getWorksheet('assessments')!;
    expect(sheet.getRow(2).font).toMatchObject({ italic: true });
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', xSplit: 2, ySplit: 1 });
    for (const row of [3, 4, 5])
      expect(sheet.getCell(row, 3).dataValidation).toMatchObject({ type: 'list', formulae: ['"submitted,validated"'] });
    expect(sheet.getCell(6, 3).dataValidation).toBeUndefined();
  });
});

describe('XlsxStream', () => {
  it('streams rows under the header, neutralised and typed like the whole files', async () => {
    const output = new PassThrough();
    const chunks: Buffer[] = [];
    output.on('data', (chunk: Buffer) => chunks.push(chunk));
    const stream = new XlsxStream(output, {
      ...plainSheet('operations', [{ cells: ['code', 'arrests'], style: 'header' }]),
      frozen: { rows: 1, columns: 0 },
    });
    stream.addRows([
      ['+OP-1', 4],
      ['OP-2', null],
    ]);
    stream.addRows([['OP-3', 0]]);
    await stream.commit();
    const sheet = (await read(Buffer.concat(chunks))).getWorksheet('operations')!;
    expect([1, 2, 3, 4].map((r) => values(sheet, r))).toEqual([
      ['code', 'arrests'],
      ["'+OP-1", 4],
      ['OP-2'],
      ['OP-3', 0],
    ]);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  });
});
