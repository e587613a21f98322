import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { expect } from 'vitest';

/*
 * The contract of the analytics exports, written a second time: the JSON list flattened by a small reducer,
 * and the cell texts; and the readers of the files (papaparse for CSV, exceljs for XLSX).
 */

/** Column → value, for one element of the JSON list: dots for objects, lists keyed by their natural key. */
export function reduceRow(value: unknown, prefix = '', out = new Map<string, unknown>()): Map<string, unknown> {
  if (Array.isArray(value)) {
    for (const element of value as Record<string, string | number | null>[]) {
      const { database, commodity, unit, ...rest } = element;
      const key = `${prefix}.${database === undefined ? `${commodity}.${unit}` : database}`;
      for (const [field, v] of Object.entries(rest)) out.set(field === 'quantity' ? key : `${key}.${field}`, v);
    }
  } else if (value !== null && typeof value === 'object') {
    for (const [field, v] of Object.entries(value)) reduceRow(v, prefix === '' ? field : `${prefix}.${field}`, out);
  } else {
    out.set(prefix, value);
  }
  return out;
}

/** What a CSV cell must read: empty for null, text with a formula-like start behind an apostrophe. */
export function csvText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'number') return String(value);
  throw new Error(`not a cell: ${JSON.stringify(value)}`);
}

/** What an XLSX cell must hold: numbers and yes/no typed, text neutralised, null empty. */
export function xlsxValue(value: unknown): unknown {
  if (value === undefined) return null;
  return typeof value === 'string' ? csvText(value) : value;
}

export interface Table {
  header: string[];
  rows: unknown[][];
}

export function parseCsv(bytes: Buffer): Table {
  const parsed = Papa.parse<string[]>(bytes.toString('utf8'), { skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  const [header = [], ...rows] = parsed.data;
  return { header, rows };
}

export async function readXlsx(bytes: Buffer): Promise<{ data: Table; metadata: Map<string, unknown> }> {
  const workbook = new ExcelJS.Workbook();
  // exceljs types its Buffer apart from Node's.
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  expect(workbook.worksheets.map((s) => s.name)).toEqual(['data', 'metadata', 'columns']);
  const sheet = workbook.getWorksheet('data')!;
  const width = sheet.getRow(1).cellCount;
  const cells = (n: number) => Array.from({ length: width }, (_, i) => sheet.getRow(n).getCell(i + 1).value);
  const rows = Array.from({ length: sheet.rowCount - 1 }, (_, i) => cells(i + 2));
  const metadata = new Map<string, unknown>();
  // Under its header row, each entry is its key, its name in the file's language, and its value.
  workbook.getWorksheet('metadata')!.eachRow((row, n) => {
    if (n > 1) metadata.set(row.getCell(1).text, row.getCell(3).value);
  });
  return { data: { header: cells(1) as string[], rows }, metadata };
}

/** Cell by cell, the file holds the JSON list: no row, column or figure more or less. */
export function expectSameTable(table: Table, list: unknown[], cell: (value: unknown) => unknown): void {
  const expected = list.map((element) => reduceRow(element));
  expect(new Set(table.header).size).toBe(table.header.length);
  expect(table.rows).toHaveLength(expected.length);
  expected.forEach((values, i) => {
    const row = table.rows[i]!;
    expect(row).toHaveLength(table.header.length);
    const actual = Object.fromEntries(table.header.map((column, j) => [column, row[j]]));
    const wanted = Object.fromEntries(table.header.map((column) => [column, cell(values.get(column) ?? null)]));
    expect(actual).toEqual(wanted);
    for (const [column, value] of values) if (value !== null) expect(table.header).toContain(column);
  });
}
