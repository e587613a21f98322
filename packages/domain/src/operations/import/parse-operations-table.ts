import { cellError, IMPORT_COMMENT_MARK, type ImportCellError } from '../../import/columns.js';
import type { ImportTable } from '../../import/parse-table.js';
import { runAtOnce, SliceCounter, type Sliced } from '../../import/slices.js';
import type { ImportError } from '../../schemas/assessments.js';
import type { Seizure } from '../../schemas/operations.js';
import { CHECK_DATABASES } from '../vocabularies.js';
import { parseOperationsHeader, type OperationsColumnIndex } from './columns.js';
import {
  AcceptedCells,
  parseOperationsRow,
  type ImportedOperationFields,
  type ImportedResultFields,
} from './parse-operations-row.js';

export interface ImportedOperation extends ImportedOperationFields {
  /** The first row that names it. */
  row: number;
}

export interface ImportedResult extends ImportedResultFields {
  operationCode: string;
  /** The year the operation ends in, which the analytics count the result in. */
  endYear: number;
  row: number;
  seizures: Seizure[];
}

export interface OperationsImport {
  operations: ImportedOperation[];
  results: ImportedResult[];
  /** Rows read, skipped ones aside. */
  rows: number;
  seizures: number;
}

type ColumnValues = [column: string, value: string][];

/** The repeated operation columns of a row, as parsed (activities in a fixed order). */
function operationValues(o: ImportedOperationFields): ColumnValues {
  return [
    ['operation_name', o.name],
    ['programme', o.programme],
    ['lead', o.lead],
    ['activities', o.activities.join(';')],
    ['start_date', o.startDate],
    ['end_date', o.endDate],
  ];
}

function resultValues(r: ImportedResultFields): ColumnValues {
  const checks = CHECK_DATABASES.flatMap((database): ColumnValues => {
    const check = r.databaseChecks.find((c) => c.database === database);
    return [
      [`${database}_queries`, check ? String(check.queries) : ''],
      [`${database}_hits`, check ? String(check.hits) : ''],
    ];
  });
  return [
    ['unit_type', r.unitType],
    ['unit_name', r.unitName ?? ''],
    ['unit_site', r.unitSite ?? ''],
    ['arrests', String(r.arrests)],
    ['investigations_opened', String(r.investigationsOpened)],
    ['controlled_deliveries', String(r.controlledDeliveries)],
    ['persons_checked', String(r.personsChecked)],
    ...checks,
  ];
}

/**
 * Rows (operation × country × commodity) → operations and their results, or every error with its row and
 * column. The operation and result columns repeat on every row of the same operation or result and must
 * agree; a result without seizures is one row with an empty commodity.
 */
export function parseOperationsImportTable(
  table: ImportTable,
  context: { knownCountries: ReadonlySet<string> },
): ParsedOperations {
  return runAtOnce(parseOperationsImportTableInSlices(table, context));
}

type ParsedOperations = OperationsImport & { errors: ImportError[] };

/** The same, in slices of rows (slices.ts). */
export function* parseOperationsImportTableInSlices(
  table: ImportTable,
  context: { knownCountries: ReadonlySet<string> },
): Sliced<ParsedOperations> {
  const header = parseOperationsHeader(table.header.cells);
  if (!header.index) return { ...empty(), errors: header.errors.map((e) => ({ row: table.header.row, ...e })) };
  return yield* collect(table, header.index, context.knownCountries);
}

function empty(): OperationsImport {
  return { operations: [], results: [], rows: 0, seizures: 0 };
}

function* collect(
  table: ImportTable,
  index: OperationsColumnIndex,
  knownCountries: ReadonlySet<string>,
): Sliced<ParsedOperations> {
  const operations = new Map<string, ImportedOperation>();
  const results = new Map<string, CollectedResult>();
  const errors: ImportError[] = [];
  const accepted = new AcceptedCells();
  const slices = new SliceCounter();
  let rows = 0;
  let seizures = 0;
  for (const { row, cells } of table.rows) {
    if (slices.ended()) yield;
    if (isSkipped(cells)) continue;
    rows++;
    const parsed = parseOperationsRow(cells, index, knownCountries, accepted);
    const rowErrors = [...parsed.errors];
    if (parsed.operation && !parsed.repeated) rowErrors.push(...agreeOperation(operations, parsed.operation, row));
    if (parsed.operation && parsed.result) {
      const seizure = rowErrors.length === 0 ? parsed.seizure : undefined;
      rowErrors.push(...collectResult(results, parsed.operation, parsed.result, row, seizure, parsed.repeated));
      if (rowErrors.length === 0 && !parsed.repeated) accepted.accept(parsed.key, parsed.operation, parsed.result);
    }
    if (parsed.seizure) seizures++;
    errors.push(...rowErrors.map((e) => ({ row, ...e })));
  }
  if (rows === 0)
    errors.push({
      row: table.header.row + 1,
      ...cellError('operation_code', 'no data rows under the header', 'no_data_rows'),
    });
  const list = [...results.values()].map(({ emptyRow: _, ...r }) => r);
  return { operations: [...operations.values()], results: list, rows, seizures, errors };
}

type CollectedResult = ImportedResult & { emptyRow: number | null };

/** Adds the row's seizure to its result (`undefined`: the row has errors, check agreement only). */
function collectResult(
  results: Map<string, CollectedResult>,
  operation: ImportedOperationFields,
  fields: ImportedResultFields,
  row: number,
  seizure: Seizure | null | undefined,
  repeated: boolean,
): ImportCellError[] {
  const operationCode = operation.code;
  const key = `${operationCode}\u0000${fields.country}`;
  const first = results.get(key);
  if (!first) {
    const endYear = Number(operation.endDate.slice(0, 4));
    const result = { ...fields, operationCode, endYear, row, seizures: [], emptyRow: null };
    results.set(key, result);
    return seizure === undefined ? [] : addSeizure(result, seizure, row);
  }
  if (repeated) return seizure === undefined ? [] : addSeizure(first, seizure, row);
  const found = disagreements(resultValues(first), resultValues(fields)).map((d) =>
    disagreement(d, first.row, 'operation and country'),
  );
  return found.length > 0 || seizure === undefined ? found : addSeizure(first, seizure, row);
}

function isSkipped(cells: readonly string[]): boolean {
  return cells.every((c) => c.trim() === '') || (cells[0] ?? '').trim().startsWith(IMPORT_COMMENT_MARK);
}

function agreeOperation(
  operations: Map<string, ImportedOperation>,
  operation: ImportedOperationFields,
  row: number,
): ImportCellError[] {
  const first = operations.get(operation.code);
  if (!first) {
    operations.set(operation.code, { ...operation, row });
    return [];
  }
  const found = disagreements(operationValues(first), operationValues(operation));
  return found.map((d) => disagreement(d, first.row, 'operation'));
}

/** The columns whose values differ, with the first row's value. */
function disagreements(first: ColumnValues, other: ColumnValues): ColumnValues {
  return first.filter(([, value], i) => other[i]?.[1] !== value);
}

function disagreement([column, value]: [string, string], firstRow: number, what: string): ImportCellError {
  const shown = value === '' ? 'empty' : `"${value}"`;
  const message = `${column}: differs from row ${firstRow} (${shown}), which names the same ${what}`;
  return cellError(column, message, 'differs_from_row', { row: firstRow, value });
}

/** Each commodity and unit once per result; the empty-commodity row only for a result without seizures. */
function addSeizure(result: CollectedResult, seizure: Seizure | null, row: number): ImportCellError[] {
  if (seizure === null) {
    if (result.seizures.length > 0 || result.emptyRow !== null)
      return [
        cellError(
          'commodity',
          'commodity: empty, but this result has other rows; an empty commodity marks a result without seizures',
          'seizures_conflict',
          { row: result.emptyRow ?? result.row },
        ),
      ];
    result.emptyRow = row;
    return [];
  }
  if (result.emptyRow !== null)
    return [
      cellError(
        'commodity',
        `commodity: row ${result.emptyRow} says this result has no seizures`,
        'seizures_conflict',
        {
          row: result.emptyRow,
        },
      ),
    ];
  const twin = result.seizures.find((s) => s.commodity === seizure.commodity && s.unit === seizure.unit);
  if (twin)
    return [
      cellError(
        'commodity',
        `commodity: ${seizure.commodity} in ${seizure.unit} appears twice for this result`,
        'duplicate_seizure',
        { commodity: seizure.commodity, unit: seizure.unit },
      ),
    ];
  result.seizures.push(seizure);
  return [];
}
