import { extname } from 'node:path';
import { SliceCounter, type ImportError, type ImportTable, type Sliced } from '@cpc/domain';
import { BadRequestException, HttpException, HttpStatus, UnsupportedMediaTypeException } from '@nestjs/common';
import { parseCsvRecordsInSlices } from './csv-records.js';
import { invalidField } from './field-errors.js';
import { importRejected } from './import-rejected.js';
import { unstorableText, type UnstorableText } from './unstorable-input.js';
import { formatBytes } from './upload-limits.js';
import { runInTurns } from './run-in-turns.js';
import { readFirstXlsxSheet, type NumberedRow } from './xlsx-sheet-reader.js';
import { declaredUnzippedSize } from './zip-size.js';

/** What multer gives for an uploaded file (memory storage). */
export interface UploadedSpreadsheet {
  originalname: string;
  mimetype: string;
  size: number;
  buffer: Buffer;
}

export type SpreadsheetKind = 'csv' | 'xlsx';

/** More assessment rows than there are country-years since 1990 is a wrong file; it is refused before any check. */
export const MAX_IMPORT_ROWS = 10_000;

/** No import layout has more than a few hundred columns; a row with more is a wrong or hostile file. */
export const MAX_IMPORT_COLUMNS = 1_000;

/** An XLSX may unpack to this much at most: a 64 MB upload of real rows stays well below. */
export const MAX_UNZIPPED_BYTES = 512 * 1024 * 1024;
/** Real workbooks compress text about 10:1; a bomb compresses zeros 1000:1. */
const MAX_ZIP_RATIO = 200;

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const OLE2_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const TEXT_EXTENSIONS = new Set(['.csv', '.txt', '']);
/** Browsers send CSV under many names (Windows says application/vnd.ms-excel). */
const CSV_TYPES = new Set([
  'text/csv',
  'text/plain',
  'application/csv',
  'text/comma-separated-values',
  'application/vnd.ms-excel',
  'application/octet-stream',
  '',
]);

function fileError(message: string): BadRequestException {
  return invalidField('file', message);
}

function unsupported(message: string): UnsupportedMediaTypeException {
  return new UnsupportedMediaTypeException({
    statusCode: 415,
    error: 'Unsupported Media Type',
    message: `file: ${message}`,
  });
}

/** CSV or XLSX, told by the content first (an XLSX is a ZIP), then by the name and type the client gave. */
export function detectKind(file: UploadedSpreadsheet): SpreadsheetKind {
  const head = file.buffer.subarray(0, 8);
  if (head.subarray(0, 4).equals(ZIP_MAGIC)) return 'xlsx';
  if (head.equals(OLE2_MAGIC))
    throw unsupported('old .xls workbooks are not supported: save the file as .xlsx or .csv');
  const extension = extname(file.originalname).toLowerCase();
  const looksBinary = file.buffer.subarray(0, 8192).includes(0);
  if (looksBinary || !TEXT_EXTENSIONS.has(extension) || !CSV_TYPES.has(file.mimetype.toLowerCase()))
    throw unsupported(`expected a CSV or XLSX file, got "${file.originalname}" (${file.mimetype || 'no type'})`);
  return 'csv';
}

/** Reads the first sheet of an upload into rows of text cells, numbered as a spreadsheet numbers them. */
export async function readSpreadsheet(
  file: UploadedSpreadsheet | undefined,
  maxRows = MAX_IMPORT_ROWS,
): Promise<ImportTable> {
  if (!file) throw fileError('attach the CSV or XLSX file as the multipart field "file"');
  if (file.size === 0) throw fileError('the file is empty');
  const rows = detectKind(file) === 'xlsx' ? await readXlsx(file.buffer) : await readCsv(file.buffer);
  return runInTurns(toTable(rows, maxRows));
}

function tooLarge(message: string): HttpException {
  return new HttpException(
    { statusCode: 413, error: 'Payload Too Large', message: `file: ${message}` },
    HttpStatus.PAYLOAD_TOO_LARGE,
  );
}

function* toTable(rows: NumberedRow[], maxRows: number): Sliced<ImportTable> {
  const wide = rows.find((r) => r.cells.length > MAX_IMPORT_COLUMNS);
  if (wide) throw tooLarge(`row ${wide.row} has ${wide.cells.length} columns; at most ${MAX_IMPORT_COLUMNS}`);
  const filled = rows.filter((r) => r.cells.some((c) => c.trim() !== ''));
  const [header, ...data] = filled;
  if (!header) throw fileError('the file has no header row');
  if (data.length > maxRows) throw tooLarge(`at most ${maxRows} rows per file (this one has ${data.length}); split it`);
  const unstorable = yield* unstorableCells(header, filled);
  if (unstorable.length > 0) throw importRejected(unstorable);
  return { header, rows: data };
}

/** ExcelJS decodes the escapes `_x0000_` and `_xD800_` of a workbook's text into the characters themselves. */
const CELL_PROBLEMS: Record<UnstorableText, string> = {
  nul: 'must not contain a NUL character (U+0000, written _x0000_ in a workbook)',
  'lone-surrogate': 'must not contain an unpaired UTF-16 surrogate (written _xD800_ to _xDFFF_ in a workbook)',
};

/** A surrogate, paired or not: worth a closer look. */
const SURROGATE = /[\uD800-\uDFFF]/;

/**
 * Every cell holding text PostgreSQL cannot store, named by row and column as the import's other errors are.
 * Such text passes every check of the import and would fail only when written, as a 500.
 */
function* unstorableCells(header: NumberedRow, rows: NumberedRow[]): Sliced<ImportError[]> {
  const errors: ImportError[] = [];
  const slices = new SliceCounter();
  for (const { row, cells } of rows) {
    if (slices.ended()) yield;
    // One look per row: almost every row holds neither a NUL nor a surrogate.
    const text = cells.join('');
    if (!text.includes('\u0000') && !SURROGATE.test(text)) continue;
    cells.forEach((cell, index) => {
      const problem = unstorableText(cell);
      if (problem === null) return;
      const column = columnName(header, index);
      errors.push({ row, column, message: `${column}: ${CELL_PROBLEMS[problem]}`, code: 'unstorable_text' });
    });
  }
  return errors;
}

/** The column's header, or its number when the header cell is empty or itself unstorable. */
function columnName(header: NumberedRow, index: number): string {
  const name = (header.cells[index] ?? '').trim();
  return name !== '' && unstorableText(name) === null ? name : `column ${index + 1}`;
}

/** UTF-8 (with or without BOM), else Windows-1252 as older Excel versions save it. */
function decodeText(buffer: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buffer);
  } catch {
    return new TextDecoder('windows-1252').decode(buffer);
  }
}

/** Comma, semicolon (Excel in French and other locales) or tab: the most frequent one in the header line. */
function delimiterOf(text: string): string {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const count = (d: string) => firstLine.split(d).length - 1;
  return [',', ';', '\t'].reduce((best, d) => (count(d) > count(best) ? d : best), ',');
}

async function readCsv(buffer: Buffer): Promise<NumberedRow[]> {
  const text = decodeText(buffer);
  let records: string[][];
  try {
    records = await runInTurns(parseCsvRecordsInSlices(text, delimiterOf(text)));
  } catch (e) {
    throw fileError(`the CSV cannot be read: ${e instanceof Error ? e.message : String(e)}`);
  }
  // One record is one spreadsheet row, even when a quoted cell spans several lines.
  return records.map((cells, index) => ({ row: index + 1, cells }));
}

/** Refuses a workbook that would unpack to far more than it weighs (a zip bomb) before inflating anything. */
function checkUnzippedSize(buffer: Buffer): void {
  const declared = declaredUnzippedSize(buffer);
  if (!declared) throw fileError('not a readable XLSX workbook (its ZIP directory is damaged)');
  if (declared.bytes > MAX_UNZIPPED_BYTES || declared.bytes > buffer.length * MAX_ZIP_RATIO)
    throw tooLarge(
      `the workbook unpacks to ${formatBytes(declared.bytes)} from ${formatBytes(buffer.length)}; ` +
        'that is not a spreadsheet of data (save it as CSV if it really is)',
    );
}

async function readXlsx(buffer: Buffer): Promise<NumberedRow[]> {
  checkUnzippedSize(buffer);
  const reply = await readFirstXlsxSheet(buffer);
  switch (reply.kind) {
    case 'rows':
      return reply.rows;
    case 'unreadable':
      throw fileError(`not a readable XLSX workbook (${reply.message})`);
    case 'no-sheet':
      throw fileError('the workbook has no sheet');
    case 'out-of-memory':
      throw tooLarge('the workbook needs more memory to read than the server gives one upload; save it as CSV');
  }
}
