import { cellError, duplicateColumn, missingColumn, type ImportCellError } from '../../import/columns.js';

/** The operations import layout: one row per operation × country × commodity. */
export const OPERATION_COLUMNS = [
  'operation_code',
  'operation_name',
  'programme',
  'lead',
  'activities',
  'start_date',
  'end_date',
] as const;
export const RESULT_COLUMNS = [
  'country',
  'unit_type',
  'unit_name',
  'arrests',
  'investigations_opened',
  'controlled_deliveries',
  'persons_checked',
  'sltd_queries',
  'sltd_hits',
  'smv_queries',
  'smv_hits',
  'nominal_queries',
  'nominal_hits',
  'notices_queries',
  'notices_hits',
] as const;
export const SEIZURE_COLUMNS = ['commodity', 'cases', 'quantity', 'unit'] as const;

export const OPERATIONS_IMPORT_COLUMNS = [...OPERATION_COLUMNS, ...RESULT_COLUMNS, ...SEIZURE_COLUMNS] as const;
export type OperationsImportColumn = (typeof OPERATIONS_IMPORT_COLUMNS)[number];

/**
 * Columns a file may leave out: `unit_site` names the register's joint unit that achieved the result (its site
 * code, resolved to the country's unit in force on the end date; issue #16). Empty or absent: the stored link,
 * if any, stays.
 */
export const OPTIONAL_RESULT_COLUMNS = ['unit_site'] as const;
const KNOWN_COLUMNS: readonly string[] = [...OPERATIONS_IMPORT_COLUMNS, ...OPTIONAL_RESULT_COLUMNS];

/** Separates the activities within one cell: `risk_targeting;interception`. */
export const ACTIVITY_SEPARATOR = ';';

/** Column name → its index in the file. Names are trimmed and matched case-insensitively. */
export type OperationsColumnIndex = Record<OperationsImportColumn, number> &
  Partial<Record<(typeof OPTIONAL_RESULT_COLUMNS)[number], number>>;

export function parseOperationsHeader(cells: readonly string[]): {
  index: OperationsColumnIndex | null;
  errors: ImportCellError[];
} {
  const errors: ImportCellError[] = [];
  const found = new Map<string, number>();
  cells.forEach((cell, i) => {
    const name = cell.trim().toLowerCase();
    if (name === '') return;
    if (!KNOWN_COLUMNS.includes(name)) {
      const message = `unknown column "${cell.trim()}": expected ${OPERATIONS_IMPORT_COLUMNS.join(', ')} (and optionally ${OPTIONAL_RESULT_COLUMNS.join(', ')})`;
      errors.push(cellError(cell.trim(), message, 'unknown_column', { column: cell.trim() }));
      return;
    }
    const first = found.get(name);
    if (first !== undefined) errors.push(duplicateColumn(name, first, i));
    else found.set(name, i);
  });
  for (const column of OPERATIONS_IMPORT_COLUMNS) if (!found.has(column)) errors.push(missingColumn(column));
  if (errors.length > 0) return { index: null, errors };
  return { index: Object.fromEntries(found) as OperationsColumnIndex, errors };
}
