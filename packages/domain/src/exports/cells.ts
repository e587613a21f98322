import { intlLocale, type Locale } from '../i18n.js';

/** A cell of an exported table: text, a number, a yes/no, or empty. */
export type ExportCell = string | number | boolean | null;

/**
 * First characters that make a spreadsheet read a text cell as a formula (OWASP, CSV injection). The raw
 * exports' SQL builds its own test from this list (apps/api/src/exports/raw/csv-copy.sql.ts).
 */
export const FORMULA_START_CHARACTERS: readonly string[] = ['=', '+', '-', '@', '\t', '\r'];

/**
 * A text cell that a spreadsheet would run as a formula is prefixed with an apostrophe, which Excel and
 * LibreOffice show as text. Numbers are left alone: only text can carry a formula.
 */
export function neutralizeFormula(text: string): string {
  return FORMULA_START_CHARACTERS.includes(text.charAt(0)) ? `'${text}` : text;
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

/** How a CSV writes its fields: its separator, and whether its decimals take a comma. */
export interface CsvDialect {
  separator: ',' | ';';
  decimalComma: boolean;
}

/** RFC 4180: commas and dot decimals, what scripts (pandas, R's read.csv) read. */
export const RFC4180: CsvDialect = { separator: ',', decimalComma: false };

/**
 * The CSV Excel reads in a locale: where the locale's decimal mark is a comma (French, Spanish), Excel's
 * list separator is a semicolon. Read from Intl, so a new locale needs no entry here.
 */
export function excelCsvDialect(locale: Locale): CsvDialect {
  const decimalComma = new Intl.NumberFormat(intlLocale(locale)).format(1.5).includes(',');
  return decimalComma ? { separator: ';', decimalComma } : RFC4180;
}

/** One CSV field: empty for null, quoted when it holds the separator, a quote or a line break. */
export function csvField(cell: ExportCell, dialect: CsvDialect = RFC4180): string {
  if (cell === null) return '';
  if (typeof cell === 'number') {
    const text = formatNumberCell(cell);
    return dialect.decimalComma ? text.replace('.', ',') : text;
  }
  // Upper case is what R's read.csv, pandas and Excel all read as logical, and what R's write.csv writes.
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  const text = neutralizeFormula(cell);
  const special = dialect.separator === ';' ? /[";\r\n]/ : /[",\r\n]/;
  return special.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One CSV record, CRLF-terminated as RFC 4180 has it. */
export function csvRecord(cells: readonly ExportCell[], dialect: CsvDialect = RFC4180): string {
  return `${cells.map((cell) => csvField(cell, dialect)).join(dialect.separator)}\r\n`;
}

/** The byte-order mark that makes Excel read a CSV as UTF-8 (Côte d'Ivoire, São Tomé). */
export const UTF8_BOM = '\uFEFF';

/** A whole CSV file: the header, then one record per row; a UTF-8 byte-order mark in front when asked. */
export function csvDocument(
  table: { columns: readonly string[]; rows: readonly (readonly ExportCell[])[] },
  bom: boolean,
  dialect: CsvDialect = RFC4180,
): string {
  // No columns (an empty list): no header either, rather than one empty field.
  const header = table.columns.length === 0 ? '' : csvRecord(table.columns, dialect);
  return `${bom ? UTF8_BOM : ''}${header}${table.rows.map((row) => csvRecord(row, dialect)).join('')}`;
}
