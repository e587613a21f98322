import { csvDocument, csvField, neutralizeFormula, type ExportCell, type FlatTable } from '@cpc/domain';
import ExcelJS from 'exceljs';

export const CSV_TYPE = 'text/csv; charset=utf-8';
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const MIN_WIDTH = 8;
const MAX_WIDTH = 50;

/** RFC 4180, UTF-8, a byte-order mark when asked. */
export function csvFile(table: FlatTable, bom: boolean): Buffer {
  return Buffer.from(csvDocument(table, bom), 'utf8');
}

/** Sheet `data`: the table with numbers as numbers and a frozen header; sheet `metadata`: key/value rows. */
export async function xlsxFile(
  table: FlatTable,
  metadata: readonly (readonly [string, ExportCell])[],
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'CPC Observatory';
  addDataSheet(workbook, table);
  addMetadataSheet(workbook, metadata);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Text neutralised as in the CSV; numbers and yes/no stay typed; null is an empty cell. */
function xlsxValue(cell: ExportCell): ExportCell {
  return typeof cell === 'string' ? neutralizeFormula(cell) : cell;
}

/** Characters of a cell's longest line, as the sheet shows it. */
function shownWidth(cell: ExportCell): number {
  const text = typeof cell === 'string' ? neutralizeFormula(cell) : csvField(cell);
  return Math.max(...text.split(/\r?\n/).map((line) => line.length));
}

function addDataSheet(workbook: ExcelJS.Workbook, table: FlatTable): void {
  const sheet = workbook.addWorksheet('data', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow(table.columns.map(neutralizeFormula)).font = { bold: true };
  for (const row of table.rows) sheet.addRow(row.map(xlsxValue));
  table.columns.forEach((column, index) => {
    const longest = Math.max(column.length, ...table.rows.map((row) => shownWidth(row[index] ?? null)));
    sheet.getColumn(index + 1).width = Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, longest + 2));
  });
}

function addMetadataSheet(workbook: ExcelJS.Workbook, metadata: readonly (readonly [string, ExportCell])[]): void {
  const sheet = workbook.addWorksheet('metadata');
  sheet.getColumn(1).width = 20;
  sheet.getColumn(1).font = { bold: true };
  sheet.getColumn(2).width = 100;
  for (const [key, value] of metadata) {
    sheet.addRow([key, xlsxValue(value)]).alignment = { wrapText: true, vertical: 'top' };
  }
}
