/** A cell of an exported table: text, a number, a yes/no, or empty. */
export type ExportCell = string | number | boolean | null;

/** Characters that make a spreadsheet read a text cell as a formula (OWASP, CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A text cell that a spreadsheet would run as a formula is prefixed with an apostrophe, which Excel and
 * LibreOffice show as text. Numbers are left alone: only text can carry a formula.
 */
export function neutralizeFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** Dot decimals, no thousands separators, never an exponent for the magnitudes the platform stores. */
export function formatNumberCell(value: number): string {
  if (!Number.isFinite(value)) return '';
  if (Number.isInteger(value) || Math.abs(value) >= 1e-6) {
    const text = String(value);
    return text.includes('e') ? value.toFixed(6).replace(/\.?0+$/, '') : text;
  }
  return value.toFixed(10).replace(/\.?0+$/, '');
}

/** One CSV field (RFC 4180): empty for null, quoted when it holds a comma, a quote or a line break. */
export function csvField(cell: ExportCell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return formatNumberCell(cell);
  if (typeof cell === 'boolean') return cell ? 'true' : 'false';
  const text = neutralizeFormula(cell);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One CSV record, CRLF-terminated as RFC 4180 has it. */
export function csvRecord(cells: readonly ExportCell[]): string {
  return `${cells.map(csvField).join(',')}\r\n`;
}

/** The byte-order mark that makes Excel read a CSV as UTF-8 (Côte d'Ivoire, São Tomé). */
export const UTF8_BOM = '\uFEFF';

/** A whole CSV file: the header, then one record per row; a UTF-8 byte-order mark in front when asked. */
export function csvDocument(
  table: { columns: readonly string[]; rows: readonly (readonly ExportCell[])[] },
  bom: boolean,
): string {
  // No columns (an empty list): no header either, rather than one empty field.
  const header = table.columns.length === 0 ? '' : csvRecord(table.columns);
  return `${bom ? UTF8_BOM : ''}${header}${table.rows.map(csvRecord).join('')}`;
}
