import type { z } from 'zod';
import type { ErrorParams, FieldErrorCode } from '../errors/codes.js';
import { codedIssue, type CodedProblem } from '../errors/issues.js';
import { cellError, IMPORT_COMMENT_MARK, type ImportCellError } from '../import/columns.js';
import type { ImportTable } from '../import/parse-table.js';
import type { ImportError } from '../schemas/assessments.js';
import { CreateInstrumentRequestSchema, type CreateInstrumentRequest } from '../schemas/instruments.js';
import { instrumentLayout, parseMeetings, INSTRUMENT_LIST_SEPARATOR, type LayoutColumn } from './import-layout.js';
import { instrumentNaturalKey, NATURAL_KEY_FIELDS } from './natural-key.js';
import type { InstrumentKind } from './vocabularies.js';

/** A row that passed every check: the record as the API would take it, and its natural key. */
export interface ImportedInstrument {
  row: number;
  request: CreateInstrumentRequest;
  naturalKey: string;
}

type HeaderIndex = Map<LayoutColumn, number>;

/** A raw export neutralises text that a spreadsheet would run as a formula with an apostrophe: taken off here. */
function cellText(cell: string | undefined): string {
  const text = (cell ?? '').trim();
  return /^'[=+\-@\t\r]/.test(text) ? text.slice(1) : text;
}

/** The header: every required column once, no unknown one. */
function parseHeader(
  kind: InstrumentKind,
  cells: readonly string[],
): { index: HeaderIndex; errors: ImportCellError[] } {
  const layout = instrumentLayout(kind);
  const index: HeaderIndex = new Map();
  const errors: ImportCellError[] = [];
  cells.forEach((cell, position) => {
    const name = cell.trim().toLowerCase();
    if (name === '') return;
    const column = layout.find((c) => c.column === name);
    const first = column && index.get(column);
    if (!column) {
      const message = `${name}: not a column of a ${kind} file (${layout.map((c) => c.column).join(', ')})`;
      errors.push(cellError(name, message, 'unknown_column', { column: name }));
    } else if (first !== undefined)
      errors.push(
        cellError(name, `${name}: the column appears twice`, 'duplicate_column', {
          first: first + 1,
          second: position + 1,
        }),
      );
    else index.set(column, position);
  });
  for (const column of layout)
    if (!column.optional && !index.has(column)) {
      const name = column.column;
      errors.push(cellError(name, `${name}: the column is missing`, 'missing_column', { column: name }));
    }
  return { index, errors };
}

type Decoded = { value: unknown } | ({ error: string } & CodedProblem);

function refused(error: string, code: FieldErrorCode, params?: ErrorParams): Decoded {
  return { error, code, ...(params && { params }) };
}

function decodeCell(text: string, column: LayoutColumn): Decoded {
  if (text === '') {
    if (column.codec === 'to') return { value: null };
    if (column.codec === 'list' || column.codec === 'meetings') return { value: [] };
    return column.optional ? { value: undefined } : refused('required, but the cell is empty', 'required');
  }
  switch (column.codec) {
    case 'list':
      return {
        value: text
          .split(INSTRUMENT_LIST_SEPARATOR)
          .map((v) => v.trim().toLowerCase())
          .filter((v) => v !== ''),
      };
    case 'count':
      return /^\d{1,9}$/.test(text)
        ? { value: Number(text) }
        : refused(`"${text}" is not a non-negative whole number`, 'not_integer', { value: text });
    case 'boolean': {
      const lower = text.toLowerCase();
      if (['yes', 'true', '1'].includes(lower)) return { value: true };
      if (['no', 'false', '0'].includes(lower)) return { value: false };
      return refused(`"${text}" is not yes or no`, 'not_yes_no', { value: text });
    }
    case 'meetings':
      return { value: parseMeetings(text) };
    case 'text':
    case 'date':
    case 'to':
      return { value: column.field === 'country' ? text.toUpperCase() : text };
  }
}

function setAt(record: Record<string, unknown>, path: string, value: unknown): void {
  const [head, tail] = path.split('.') as [string, string | undefined];
  if (tail === undefined) record[head] = value;
  else record[head] = { ...(record[head] as Record<string, unknown> | undefined), [tail]: value };
}

/** The column a schema issue is about: the dotted path's column, else the column of its first key. */
function columnOfIssue(kind: InstrumentKind, issue: z.core.$ZodIssue): string {
  const layout = instrumentLayout(kind);
  const path = issue.path.map(String);
  const exact = layout.find((c) => c.field === path.slice(0, 2).join('.')) ?? layout.find((c) => c.field === path[0]);
  return exact?.column ?? 'country';
}

function issueMessage(column: string, issue: z.core.$ZodIssue): string {
  const text = issue.message.startsWith(column) ? issue.message : `${column}: ${issue.message}`;
  return issue.path.length > 1 && !issue.message.includes('.') ? `${text} (${issue.path.join('.')})` : text;
}

/** One data row → the record, or every error of the row by column. */
export function parseInstrumentRow(
  kind: InstrumentKind,
  index: HeaderIndex,
  cells: readonly string[],
): { request: CreateInstrumentRequest } | { errors: ImportCellError[] } {
  const record: Record<string, unknown> = { kind };
  const errors: ImportCellError[] = [];
  for (const [column, position] of index) {
    const decoded = decodeCell(cellText(cells[position]), column);
    if ('error' in decoded)
      errors.push(cellError(column.column, `${column.column}: ${decoded.error}`, decoded.code, decoded.params));
    else if (decoded.value !== undefined) setAt(record, column.field, decoded.value);
  }
  if (!index.has(instrumentLayout(kind)[3] as LayoutColumn)) record.to = null;
  if (errors.length > 0) return { errors };
  const parsed = CreateInstrumentRequestSchema.safeParse(record);
  if (parsed.success) return { request: parsed.data };
  return {
    errors: parsed.error.issues.map((issue) => {
      const column = columnOfIssue(kind, issue);
      const { code, params } = codedIssue(issue);
      return cellError(column, issueMessage(column, issue), code, params);
    }),
  };
}

/**
 * A kind's import file → its records, or every error with its row (header = row 1) and column. Rows whose
 * first cell starts with # are skipped (the template's example); two rows of one natural key are refused.
 */
export function parseInstrumentsImportTable(
  kind: InstrumentKind,
  table: ImportTable,
  context: { knownCountries: ReadonlySet<string> },
): { rows: ImportedInstrument[]; errors: ImportError[] } {
  const header = parseHeader(kind, table.header.cells);
  if (header.errors.length > 0)
    return { rows: [], errors: header.errors.map((e) => ({ row: table.header.row, ...e })) };
  const rows: ImportedInstrument[] = [];
  const errors: ImportError[] = [];
  const firstRowOf = new Map<string, number>();
  const keyColumn = instrumentLayout(kind).find((c) => c.field === NATURAL_KEY_FIELDS[kind][1])?.column ?? 'country';
  for (const { row, cells } of table.rows) {
    if ((cells[0] ?? '').trim().startsWith(IMPORT_COMMENT_MARK)) continue;
    const parsed = parseInstrumentRow(kind, header.index, cells);
    if ('errors' in parsed) {
      errors.push(...parsed.errors.map((e) => ({ row, ...e })));
      continue;
    }
    const { country } = parsed.request;
    if (!context.knownCountries.has(country)) {
      const message = `country: unknown country ${country}`;
      errors.push({ row, ...cellError('country', message, 'unknown_country', { value: country }) });
      continue;
    }
    const naturalKey = instrumentNaturalKey(parsed.request);
    const first = firstRowOf.get(naturalKey);
    if (first !== undefined) {
      const fields = [...NATURAL_KEY_FIELDS[kind]];
      const message = `${keyColumn}: the same ${kind} as row ${first} (${fields.join(', ')})`;
      errors.push({ row, ...cellError(keyColumn, message, 'duplicate_row', { row: first, fields }) });
    } else firstRowOf.set(naturalKey, row);
    rows.push({ row, request: parsed.request, naturalKey });
  }
  return { rows, errors };
}
