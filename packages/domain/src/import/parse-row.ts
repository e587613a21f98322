import { findItem } from '../instrument/items.js';
import type { InstrumentItem } from '../instrument/types.js';
import type { AnswerValue, Answers, Comments } from '../methodology/answers.js';
import type { ErrorParams, FieldErrorCode } from '../errors/codes.js';
import { codedIssue, type CodedProblem } from '../errors/issues.js';
import { AssessmentYearSchema } from '../schemas/assessments.js';
import {
  cellError,
  IMPORT_STATUSES,
  MULTI_SEPARATOR,
  type ImportCellError,
  type ImportColumn,
  type ImportKeyColumn,
  type ImportStatus,
} from './columns.js';

/** One spreadsheet row read into an answer set; the key fields are null where their cell is wrong. */
export interface ParsedImportRow {
  country: string | null;
  year: number | null;
  status: ImportStatus | null;
  answers: Answers;
  comments: Comments;
  errors: ImportCellError[];
}

/** A cell read into a value, or why it cannot be (the English text, and its code and params). */
export type ImportCellResult<T> = { value: T } | ({ error: string } & CodedProblem);

function refused(error: string, code: FieldErrorCode, params?: ErrorParams): { error: string } & CodedProblem {
  return { error, code, ...(params && { params }) };
}

/**
 * Cells (as text) → an answer set. In a multi column an empty cell is the empty list; in any other column
 * an empty cell is no answer. Option codes are matched case-insensitively; cells are trimmed. Only the
 * form of each cell is checked here: whether the answers make a valid, complete set is `checkSubmission`'s.
 */
export function parseImportRow(columns: readonly ImportColumn[], cells: readonly string[]): ParsedImportRow {
  const row: ParsedImportRow = { country: null, year: null, status: null, answers: {}, comments: {}, errors: [] };
  for (const [index, column] of columns.entries()) readCell(row, column, (cells[index] ?? '').trim());
  for (let index = columns.length; index < cells.length; index++) {
    if ((cells[index] ?? '').trim() !== '')
      row.errors.push(cellError(`column ${index + 1}`, 'a value to the right of the last column', 'no_column_header'));
  }
  return row;
}

function readCell(row: ParsedImportRow, column: ImportColumn, cell: string): void {
  switch (column.kind) {
    case 'country':
      row.country = keep(row, column.kind, countryOf(cell));
      return;
    case 'year':
      row.year = keep(row, column.kind, yearOf(cell));
      return;
    case 'status':
      row.status = keep(row, column.kind, statusOf(cell));
      return;
    case 'answer': {
      const item = findItem(column.code);
      if (!item) return;
      const result = parseImportCell(item, cell);
      if ('error' in result)
        row.errors.push(cellError(column.name, `${item.code}: ${result.error}`, result.code, result.params));
      else if (result.value !== undefined) row.answers[item.code] = result.value;
      return;
    }
    case 'comment':
      if (cell !== '') row.comments[column.code] = cell;
      return;
    case 'blank':
      if (cell !== '')
        row.errors.push(cellError(column.name, 'a value in a column without a header', 'no_column_header'));
      return;
    case 'unknown':
    case 'ignored':
      return;
  }
}

/** The cell's value, or null with the error recorded against the key column. */
function keep<T>(row: ParsedImportRow, key: ImportKeyColumn, result: ImportCellResult<T>): T | null {
  if ('value' in result) return result.value;
  const message = result.error.startsWith(key) ? result.error : `${key}: ${result.error}`;
  row.errors.push(cellError(key, message, result.code, result.params));
  return null;
}

function countryOf(cell: string): ImportCellResult<string> {
  if (cell === '') return refused('required', 'required');
  const iso3 = cell.toUpperCase();
  return /^[A-Z]{3}$/.test(iso3)
    ? { value: iso3 }
    : refused(`expected an ISO 3166-1 alpha-3 code, got "${cell}"`, 'not_iso3', { value: cell });
}

function yearOf(cell: string): ImportCellResult<number> {
  if (cell === '') return refused('required', 'required');
  if (!/^\d+$/.test(cell)) return refused(`expected an integer year, got "${cell}"`, 'not_integer', { value: cell });
  const parsed = AssessmentYearSchema.safeParse(Number(cell));
  if (parsed.success) return { value: parsed.data };
  const issue = parsed.error.issues[0];
  return issue ? { error: issue.message, ...codedIssue(issue) } : refused('invalid year', 'invalid');
}

function statusOf(cell: string): ImportCellResult<ImportStatus> {
  if (cell === '') return refused('required', 'required');
  const status = IMPORT_STATUSES.find((s) => s === cell.toLowerCase());
  if (status) return { value: status };
  const values = [...IMPORT_STATUSES];
  return refused(`expected ${values.join(' or ')}, got "${cell}"`, 'invalid_value', { values, value: cell });
}

/** A cell's answer: undefined when the cell is empty (except for a multi item, where it is the empty list). */
export function parseImportCell(item: InstrumentItem, cell: string): ImportCellResult<AnswerValue | undefined> {
  switch (item.type) {
    case 'multi':
      return {
        value: cell
          .split(MULTI_SEPARATOR)
          .map((code) => code.trim().toLowerCase())
          .filter((code) => code !== ''),
      };
    case 'tri':
    case 'choice':
    case 'yesno':
      return { value: cell === '' ? undefined : cell.toLowerCase() };
    case 'text':
      return { value: cell === '' ? undefined : cell };
    case 'level':
      if (cell === '') return { value: undefined };
      return /^\d+$/.test(cell)
        ? { value: Number(cell) }
        : refused('expected an integer level from 1 to 5', 'expected_level', { minimum: 1, maximum: 5 });
  }
}

/** The inverse of `parseImportCell`: how an answer is written in a cell. */
export function formatImportCell(value: AnswerValue | undefined): string {
  if (value === undefined) return '';
  return Array.isArray(value) ? value.join(MULTI_SEPARATOR) : String(value);
}
