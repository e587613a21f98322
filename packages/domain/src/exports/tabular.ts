import type { z } from 'zod';
import { ProfileAssessmentSchema, ProfileQuerySchema, type ProfileResponse } from '../schemas/profile.js';
import { csvField, neutralizeFormula, type ExportCell } from './cells.js';
import type { FlatTable } from './flatten.js';
import type { CountedData, ExportMetadata } from './metadata.js';
import type { Localized } from '../i18n.js';
import type { LabelContext } from './labels/columns.js';
import { countrySubject } from './labels/titles.js';

export type ExportFilters = ExportMetadata['filters'];
export type FileNamePart = string | number | null | undefined;

/** How an analytics response becomes a CSV or XLSX file: which list gives the rows, and what to call it. */
export interface TabularExport {
  /** The file name's first word: `maturity` → `maturity_wco_2016-2026_2026-11-27.csv`. */
  name: string;
  /** What the file holds, in every language. */
  title: Localized;
  /** What the file is narrowed to (a dimension, a metric…), named after the title. */
  subject?: (ctx: LabelContext) => string[];
  /** The response field whose list is exported, one row per element. */
  list: string;
  /** The schema of one element of the list: the columns of an empty file. */
  rows: z.ZodType;
  /** The endpoint's query schema, parsed again for the applied query (defaults included). */
  query: z.ZodType<object>;
  /** What the rows count, said by the file's `dataStatus` (status=validated narrows assessments). */
  counts: CountedData;
  /** The file name's words after `name`, from the applied query and path parameters. */
  fileName(filters: ExportFilters): FileNamePart[];
  /** Figures of the whole response besides its list (correlations), written to the XLSX metadata sheet. */
  summary?: readonly string[];
}

/** The fields of a response that hold a list. */
export type ListKey<R> = { [K in keyof R]-?: R[K] extends readonly unknown[] ? K : never }[keyof R] & string;
/** The fields of a response that hold a number. */
export type FigureKey<R> = { [K in keyof R]-?: R[K] extends number | null ? K : never }[keyof R] & string;

/** A TabularExport whose `list` and `summary` are checked against the response type. */
function tabular<R>(spec: TabularExport & { list: ListKey<R>; summary?: readonly FigureKey<R>[] }): TabularExport {
  return spec;
}

/** A filter as a word of a file name. */
export const filterValue = (filters: ExportFilters, key: string): FileNamePart => {
  const v = filters[key];
  return typeof v === 'boolean' ? String(v) : v;
};
/** The year range as a word of a file name: `2016-2026`. */
export const yearSpan = (f: ExportFilters) => `${String(f.from)}-${String(f.to)}`;

/** The country profile's file: not an analytics view, the one export declared here. */
export const PROFILE_EXPORT = tabular<ProfileResponse>({
  name: 'profile',
  title: {
    en: 'Country profile: assessments year by year',
    fr: 'Profil du pays : évaluations année par année',
    es: 'Perfil del país: evaluaciones año por año',
    ar: 'ملف البلد: التقييمات سنة بسنة',
  },
  subject: countrySubject,
  list: 'assessments',
  rows: ProfileAssessmentSchema,
  query: ProfileQuerySchema,
  // The trajectory lists every assessment of the country, drafts and returned ones too, each with its status.
  counts: 'everyAssessment',
  fileName: (f) => [filterValue(f, 'iso3')],
});

/**
 * The filters a file was made with: the path parameters, then the query as the endpoint applied it (its
 * defaults filled in, format and bom left out). The query has already passed the same schema.
 */
export function appliedFilters(
  spec: TabularExport,
  params: Readonly<Record<string, unknown>>,
  query: unknown,
): ExportFilters {
  const filters: ExportFilters = {};
  const applied: object = spec.query.parse(query);
  const entries: [string, unknown][] = [...Object.entries(params), ...Object.entries(applied)];
  for (const [key, v] of entries) {
    if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v === null) filters[key] = v;
  }
  return filters;
}

/** The response's summary figures as key/value rows, e.g. `['pearson', 0.82]`. */
export function exportSummaryRows(spec: TabularExport, response: unknown): [key: string, value: number | null][] {
  const fields = typeof response === 'object' && response !== null ? (response as Record<string, unknown>) : {};
  return (spec.summary ?? []).map((key) => {
    const figure = fields[key];
    return [key, typeof figure === 'number' ? figure : null];
  });
}

/**
 * How a row of a workbook sheet is shown: the column names in bold, an example to copy in grey italics, a
 * key/value entry (metadata, codebook) wrapped and top-aligned, or plain.
 */
export type SheetRowStyle = 'header' | 'example' | 'entry' | 'plain';

export interface SheetRow {
  cells: readonly ExportCell[];
  style: SheetRowStyle;
}

/** Drop-down lists of codes offered in a column, on the rows a user fills in (those after `firstRow`). */
export interface SheetChoices {
  /** 0-based column. */
  column: number;
  codes: readonly string[];
}

/**
 * One sheet of an XLSX file, whatever writes it: what every file the platform produces (analytics exports,
 * raw exports, import templates) states about a sheet. Text cells are neutralised against formulas when
 * written, as in the CSV.
 */
export interface WorkbookSheet {
  name: string;
  rows: readonly SheetRow[];
  /** Column widths in characters, by column (0-based); columns without one keep the default. */
  widths: readonly number[];
  /** The rows and columns that stay in view when scrolling. */
  frozen: { rows: number; columns: number } | null;
  /** The key column of key/value sheets is bold. */
  boldFirstColumn: boolean;
  choices: readonly SheetChoices[];
  /** How many rows (after the sheet's rows) offer the choices. */
  choiceRows: number;
  /** Columns run right to left (an Arabic file), as the spreadsheet shows them. */
  rightToLeft?: boolean;
}

const FIT_MIN_WIDTH = 8;
const FIT_MAX_WIDTH = 50;

/** Characters of a cell's longest line, as a sheet shows it. */
function shownWidth(cell: ExportCell): number {
  const text = typeof cell === 'string' ? neutralizeFormula(cell) : csvField(cell);
  return Math.max(...text.split(/\r?\n/).map((line) => line.length));
}

/** Each column as wide as its longest cell, header included, plus 2 (from 8 to 50 characters). */
export function fittedWidths(table: FlatTable): number[] {
  return table.columns.map((column, index) => {
    const longest = Math.max(column.length, ...table.rows.map((row) => shownWidth(row[index] ?? null)));
    return Math.min(FIT_MAX_WIDTH, Math.max(FIT_MIN_WIDTH, longest + 2));
  });
}

/** A sheet of nothing but rows: no widths, nothing frozen, no choices. */
export function plainSheet(name: string, rows: readonly SheetRow[]): WorkbookSheet {
  return { name, rows, widths: [], frozen: null, boldFirstColumn: false, choices: [], choiceRows: 0 };
}

/** The analytics export's `data` sheet: the table under a bold, frozen header, columns fitted to their cells. */
export function tableSheet(name: string, table: FlatTable): WorkbookSheet {
  return {
    ...plainSheet(name, [
      { cells: table.columns, style: 'header' },
      ...table.rows.map((cells) => ({ cells, style: 'plain' as const })),
    ]),
    widths: fittedWidths(table),
    frozen: { rows: 1, columns: 0 },
  };
}

/** Key/value rows (filters, methodology, citation…): bold keys, wrapped values. */
export function entriesSheet(name: string, entries: readonly (readonly [string, ExportCell])[]): WorkbookSheet {
  return {
    ...plainSheet(
      name,
      entries.map((entry) => ({ cells: entry, style: 'entry' as const })),
    ),
    widths: [20, 100],
    boldFirstColumn: true,
  };
}
