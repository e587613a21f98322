import type { Worker } from 'node:worker_threads';
import ExcelJS from 'exceljs';
import { zipSync, strToU8 } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { readSpreadsheet } from '../src/common/spreadsheet-reader.js';
import { XLSX_READS_AT_ONCE, readFirstXlsxSheet } from '../src/common/xlsx-sheet-reader.js';

function upload(buffer: Buffer, originalname = 'book.xlsx') {
  return { originalname, mimetype: 'application/octet-stream', size: buffer.length, buffer };
}

async function bytesOf(workbook: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function setTabOrder(sheet: ExcelJS.Worksheet, position: number): void {
  (sheet as unknown as { orderNo: number }).orderNo = position;
}

/** Two tabs, the data one moved first: its sheet file is sheet2.xml, and it comes second in the ZIP. */
async function workbookWithDataTabFirst(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const notes = workbook.addWorksheet('notes');
  notes.addRow(['read me first']);
  const data = workbook.addWorksheet('data');
  data.addRow(['code', 'when', 'count']);
  data.addRow(['OP-1', new Date(Date.UTC(2024, 1, 29)), 12]);
  data.addRow([]);
  data.addRow(['OP-2', new Date(Date.UTC(1999, 11, 31)), 3.5]);
  // ExcelJS writes tabs in this order, which its typings leave out.
  setTabOrder(notes, 1);
  setTabOrder(data, 0);
  return bytesOf(workbook);
}

async function wideWorkbook(rows: number): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('wide');
  sheet.addRow(Array.from({ length: 40 }, (_, i) => `column ${i}`));
  for (let r = 0; r < rows; r++) sheet.addRow(Array.from({ length: 40 }, (_, i) => `r${r}c${i}`));
  return bytesOf(workbook);
}

const started: Worker[] = [];
const noteWorker = (worker: Worker) => started.push(worker);
afterEach(() => {
  process.off('worker', noteWorker);
  started.length = 0;
});

describe('reading an XLSX upload', () => {
  it('reads the first tab in the tab order, not the first sheet in the file', async () => {
    const table = await readSpreadsheet(upload(await workbookWithDataTabFirst()));
    expect(table.header).toEqual({ row: 1, cells: ['code', 'when', 'count'] });
    // The empty third row is left out; rows keep their spreadsheet numbers.
    expect(table.rows).toEqual([
      { row: 2, cells: ['OP-1', '2024-02-29', '12'] },
      { row: 4, cells: ['OP-2', '1999-12-31', '3.5'] },
    ]);
  });

  it('parses in a worker thread and lets the API take turns before the rows come back', async () => {
    process.on('worker', noteWorker);
    let read = false;
    let readWhenOtherWorkRan: boolean | undefined;
    setImmediate(() => (readWhenOtherWorkRan = read));
    const table = await readSpreadsheet(upload(await wideWorkbook(2_000)));
    read = true;
    expect(started).toHaveLength(1);
    expect(readWhenOtherWorkRan).toBe(false);
    expect(table.rows).toHaveLength(2_000);
    expect(table.rows[1_999]).toEqual({ row: 2_001, cells: Array.from({ length: 40 }, (_, i) => `r1999c${i}`) });
  });

  it('a workbook that exhausts the reader’s memory ends the worker only, and the next read works', async () => {
    const bytes = await wideWorkbook(2_000);
    const starved = await readFirstXlsxSheet(bytes, { maxOldGenerationSizeMb: 4, maxYoungGenerationSizeMb: 1 });
    expect(starved).toEqual({ kind: 'out-of-memory' });
    const next = await readFirstXlsxSheet(bytes);
    expect(next.kind).toBe('rows');
  });

  it('reads at most one workbook per core at once, the others in their turn', async () => {
    let live = 0;
    let most = 0;
    const watch = (worker: Worker) => {
      most = Math.max(most, ++live);
      worker.once('exit', () => live--);
    };
    process.on('worker', watch);
    try {
      const books = await Promise.all([100, 200, 300, 400, 500].map((rows) => wideWorkbook(rows)));
      const replies = await Promise.all(books.map((bytes) => readFirstXlsxSheet(bytes)));
      // Each reply is its own workbook's: the header and one row per data row.
      expect(replies.map((r) => (r.kind === 'rows' ? r.rows.length : r.kind))).toEqual([101, 201, 301, 401, 501]);
      expect(most).toBe(Math.min(XLSX_READS_AT_ONCE, books.length));
    } finally {
      process.off('worker', watch);
    }
  });

  it('a ZIP that is not a workbook → 400 naming the file field', async () => {
    const zip = Buffer.from(zipSync({ 'notes.txt': strToU8('not a workbook') }));
    await expect(readSpreadsheet(upload(zip))).rejects.toMatchObject({
      status: 400,
      response: { message: 'file: the workbook has no sheet' },
    });
  });

  it('a workbook whose XML is broken → 400 saying it cannot be read', async () => {
    const zip = Buffer.from(
      zipSync({
        '[Content_Types].xml': strToU8('<Types'),
        'xl/workbook.xml': strToU8('<workbook><sheets><sheet'),
      }),
    );
    await expect(readSpreadsheet(upload(zip))).rejects.toMatchObject({
      status: 400,
      response: { message: expect.stringMatching(/^file: not a readable XLSX workbook \(/) as unknown },
    });
  });
});
