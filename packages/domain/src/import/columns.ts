import type { ErrorParams, FieldErrorCode } from '../errors/codes.js';
import type { CodedProblem } from '../errors/issues.js';
import { ITEM_CODES, findItem } from '../instrument/items.js';

/** The columns every import file has, before the item columns. */
export const IMPORT_KEY_COLUMNS = ['country', 'year', 'status'] as const;
export type ImportKeyColumn = (typeof IMPORT_KEY_COLUMNS)[number];

/** `comment:A.2.1` holds the comment (the handbook's "Réponse" box) on item A.2.1. */
export const COMMENT_COLUMN_PREFIX = 'comment:';

/**
 * `score:overall`, `score:governance` …: the scores a raw export writes after the import layout. The import
 * skips every column with this prefix (scores are always recomputed from the answers), so that a raw export
 * re-imports as it is.
 */
export const SCORE_COLUMN_PREFIX = 'score:';

/** Separates the options of a multi item within one cell: `mou;joint_committee`. */
export const MULTI_SEPARATOR = ';';

/** An imported assessment arrives already submitted, or validated. */
export const IMPORT_STATUSES = ['submitted', 'validated'] as const;
export type ImportStatus = (typeof IMPORT_STATUSES)[number];

/** A row whose first cell starts with this is a comment line (the template's example) and is skipped. */
export const IMPORT_COMMENT_MARK = '#';

export type ImportColumn =
  | { kind: ImportKeyColumn; name: string }
  | { kind: 'answer' | 'comment'; name: string; code: string }
  /** An empty header cell: its cells must stay empty. */
  | { kind: 'blank'; name: string }
  /** A `score:` column: skipped, whatever its cells hold. */
  | { kind: 'ignored'; name: string }
  /** Reported once for the header; its cells are ignored. */
  | { kind: 'unknown'; name: string };

/** A cell's problem: the English message (starting with the column) and its code and params for a translation. */
export interface ImportCellError extends CodedProblem {
  column: string;
  message: string;
}

export function cellError(
  column: string,
  message: string,
  code: FieldErrorCode,
  params?: ErrorParams,
): ImportCellError {
  return { column, message, code, ...(params && { params }) };
}

/** The template's header: country, year, status, every item code in order, then one comment column per item. */
export function importHeader(): string[] {
  return [...IMPORT_KEY_COLUMNS, ...ITEM_CODES, ...ITEM_CODES.map((code) => `${COMMENT_COLUMN_PREFIX}${code}`)];
}

/** Reads the header row. Names are trimmed; key names and item codes are matched case-insensitively. */
export function parseImportHeader(cells: readonly string[]): { columns: ImportColumn[]; errors: ImportCellError[] } {
  const columns = cells.map((cell, index) => columnOf(cell.trim(), index));
  const errors: ImportCellError[] = [];
  const seen = new Map<string, number>();
  for (const [index, column] of columns.entries()) {
    if (column.kind === 'unknown')
      errors.push(cellError(column.name, unknownColumnMessage(column.name), 'unknown_column', { column: column.name }));
    if (column.kind === 'blank' || column.kind === 'unknown' || column.kind === 'ignored') continue;
    const first = seen.get(column.name);
    if (first !== undefined) errors.push(duplicateColumn(column.name, first, index));
    else seen.set(column.name, index);
  }
  for (const key of IMPORT_KEY_COLUMNS) if (!seen.has(key)) errors.push(missingColumn(key));
  return { columns, errors };
}

function columnOf(name: string, index: number): ImportColumn {
  if (name === '') return { kind: 'blank', name: `column ${index + 1}` };
  const lower = name.toLowerCase();
  const key = IMPORT_KEY_COLUMNS.find((k) => k === lower);
  if (key) return { kind: key, name: key };
  const answer = findItem(name.toUpperCase());
  if (answer) return { kind: 'answer', name: answer.code, code: answer.code };
  if (lower.startsWith(SCORE_COLUMN_PREFIX)) return { kind: 'ignored', name };
  if (lower.startsWith(COMMENT_COLUMN_PREFIX)) {
    const commented = findItem(name.slice(COMMENT_COLUMN_PREFIX.length).trim().toUpperCase());
    if (commented) return { kind: 'comment', name: `${COMMENT_COLUMN_PREFIX}${commented.code}`, code: commented.code };
  }
  return { kind: 'unknown', name };
}

/** The same column twice in a header (positions counted from 0, said from 1). */
export function duplicateColumn(column: string, first: number, second: number): ImportCellError {
  return cellError(column, `the column appears twice (columns ${first + 1} and ${second + 1})`, 'duplicate_column', {
    first: first + 1,
    second: second + 1,
  });
}

export function missingColumn(column: string): ImportCellError {
  return cellError(column, `missing column "${column}"`, 'missing_column', { column });
}

function unknownColumnMessage(name: string): string {
  return (
    `unknown column "${name}": expected ${IMPORT_KEY_COLUMNS.join(', ')}, an item code (A.1 … A.19) ` +
    `or ${COMMENT_COLUMN_PREFIX}<item code> (columns starting with ${SCORE_COLUMN_PREFIX} are skipped)`
  );
}
