import type { Answers, Comments } from '../methodology/answers.js';
import { checkSubmission } from '../methodology/submission.js';
import type { ImportError } from '../schemas/assessments.js';
import {
  cellError,
  COMMENT_COLUMN_PREFIX,
  IMPORT_COMMENT_MARK,
  parseImportHeader,
  type ImportCellError,
  type ImportStatus,
} from './columns.js';
import { parseImportRow, type ParsedImportRow } from './parse-row.js';
import { runAtOnce, SliceCounter, type Sliced } from './slices.js';

/** A spreadsheet as read from the file: `row` is the row number a spreadsheet shows (the header is row 1). */
export interface ImportTable {
  header: { row: number; cells: string[] };
  rows: { row: number; cells: string[] }[];
}

/** A row that passed every check: a complete, valid answer set ready to be scored and stored. */
export interface ImportRow {
  row: number;
  country: string;
  year: number;
  status: ImportStatus;
  answers: Answers;
  comments: Comments;
}

export interface ImportContext {
  /** ISO alpha-3 codes of the countries the database knows. */
  knownCountries: ReadonlySet<string>;
}

/**
 * Header + rows → complete answer sets, or every error found, each with its row and column. Blank rows and
 * rows whose first cell starts with `#` are skipped. Every row must pass the submission check, and each
 * (country, year) may appear once.
 */
export function parseImportTable(table: ImportTable, context: ImportContext): ParsedImport {
  return runAtOnce(parseImportTableInSlices(table, context));
}

type ParsedImport = { rows: ImportRow[]; errors: ImportError[] };

/** The same, in slices of rows (slices.ts). */
export function* parseImportTableInSlices(table: ImportTable, context: ImportContext): Sliced<ParsedImport> {
  const header = parseImportHeader(table.header.cells);
  const errors: ImportError[] = header.errors.map((e) => ({ row: table.header.row, ...e }));
  if (errors.length > 0) return { rows: [], errors };
  const present = new Set(header.columns.map((c) => c.name));
  const rows: ImportRow[] = [];
  const firstRowOf = new Map<string, number>();
  const slices = new SliceCounter();
  for (const { row, cells } of table.rows.filter((r) => !isSkipped(r.cells))) {
    if (slices.ended()) yield;
    const parsed = parseImportRow(header.columns, cells);
    const rowErrors = [...parsed.errors, ...checkRow(parsed, context, present)];
    const key = parsed.country !== null && parsed.year !== null ? `${parsed.country} ${parsed.year}` : null;
    const first = key === null ? undefined : firstRowOf.get(key);
    if (first !== undefined)
      rowErrors.push(
        cellError('country', `${key} is already on row ${first}`, 'duplicate_row', {
          row: first,
          fields: ['country', 'year'],
        }),
      );
    else if (key !== null) firstRowOf.set(key, row);
    errors.push(...rowErrors.map((e) => ({ row, ...e })));
    const accepted = rowErrors.length === 0 ? toImportRow(row, parsed) : null;
    if (accepted) rows.push(accepted);
  }
  if (rows.length === 0 && errors.length === 0)
    errors.push({
      row: table.header.row + 1,
      ...cellError('country', 'no data rows under the header', 'no_data_rows'),
    });
  return { rows, errors };
}

function isSkipped(cells: readonly string[]): boolean {
  return cells.every((c) => c.trim() === '') || (cells[0] ?? '').trim().startsWith(IMPORT_COMMENT_MARK);
}

/** The country must be known, and the answers must pass the submission check (reported per item column). */
function checkRow(parsed: ParsedImportRow, context: ImportContext, present: Set<string>): ImportCellError[] {
  const errors: ImportCellError[] = [];
  if (parsed.country !== null && !context.knownCountries.has(parsed.country))
    errors.push(
      cellError('country', `country: unknown country "${parsed.country}"`, 'unknown_country', {
        value: parsed.country,
      }),
    );
  // A cell already rejected for its form is not reported again as missing or invalid.
  const unreadable = new Set(parsed.errors.map((e) => e.column));
  const check = checkSubmission(parsed.answers, parsed.comments);
  const found = [
    ...check.invalidAnswers.map((issue) => cellError(issue.code, issue.message, issue.reason, issue.params)),
    ...check.invalidComments.map((issue) =>
      cellError(`${COMMENT_COLUMN_PREFIX}${issue.code}`, issue.message, issue.reason, issue.params),
    ),
    ...check.missing.map((code) =>
      present.has(code)
        ? cellError(code, `${code}: required, but the cell is empty`, 'required')
        : cellError(code, `${code}: required, but the file has no ${code} column`, 'missing_column', { column: code }),
    ),
  ];
  return [...errors, ...found.filter((e) => !unreadable.has(e.column))];
}

function toImportRow(row: number, parsed: ParsedImportRow): ImportRow | null {
  const { country, year, status } = parsed;
  if (country === null || year === null || status === null) return null;
  return { row, country, year, status, answers: parsed.answers, comments: parsed.comments };
}
