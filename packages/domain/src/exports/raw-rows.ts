import { csvField, neutralizeFormula, type ExportCell } from './cells.js';

/**
 * Rows that begin with the same cells: e.g. an operation's and a result's columns, then one seizure per row.
 * The shared cells are encoded once for all the group's rows. A row with nothing of its own has an empty tail.
 */
export interface RowGroup {
  lead: readonly ExportCell[];
  tails: readonly (readonly ExportCell[])[];
}

/** A group of one row. */
export function singleRow(cells: readonly ExportCell[]): RowGroup {
  return { lead: cells, tails: [[]] };
}

/** The group's CSV records (csvField: RFC 4180 quoting, formulas neutralised), CRLF-terminated. */
export function csvGroupRecords(group: RowGroup): string {
  const field = (cell: ExportCell) => csvField(cell);
  const lead = group.lead.map(field).join(',');
  let text = '';
  for (const tail of group.tails)
    text += tail.length === 0 ? `${lead}\r\n` : `${lead},${tail.map(field).join(',')}\r\n`;
  return text;
}

/** The group's rows, whole, for a workbook: text neutralised as in the CSV, numbers kept as numbers. */
export function workbookGroupRows(group: RowGroup): ExportCell[][] {
  const lead = group.lead.map(workbookCell);
  return group.tails.map((tail) => [...lead, ...tail.map(workbookCell)]);
}

function workbookCell(cell: ExportCell): ExportCell {
  return typeof cell === 'string' ? neutralizeFormula(cell) : cell;
}
