import { ACTIVITY_SEPARATOR, SEIZURE_COLUMNS } from '../operations/import/columns.js';
import { OPERATIONS_FILE_COLUMNS } from '../operations/import/file-columns.js';
import { ACTIVITIES } from '../operations/vocabularies.js';
import type { ExportCell } from './cells.js';
import { singleRow, type RowGroup } from './raw-rows.js';

/** One seizure as stored; the quantity is PostgreSQL's numeric text ("12.500"). */
export interface RawSeizure {
  commodity: string;
  cases: number;
  quantity: string;
  unit: string;
}

/** One reported result as stored, with its operation's columns and its seizures (in commodity, unit order). */
export interface RawOperationResult {
  operationCode: string;
  operationName: string;
  programme: string;
  lead: string;
  activities: readonly string[];
  startDate: string;
  endDate: string;
  country: string;
  unitType: string;
  unitName: string | null;
  /** The site of the register's joint unit the result is linked to, if any. */
  unitSite: string | null;
  arrests: number;
  investigationsOpened: number;
  controlledDeliveries: number;
  personsChecked: number;
  sltdQueries: number | null;
  sltdHits: number | null;
  smvQueries: number | null;
  smvHits: number | null;
  nominalQueries: number | null;
  nominalHits: number | null;
  noticesQueries: number | null;
  noticesHits: number | null;
  seizures: readonly RawSeizure[];
}

/** One seizure line with its result's key (operation code and country): a row of the seizures file. */
export interface RawSeizureLine extends RawSeizure {
  operationCode: string;
  country: string;
}

/** Exactly the operations import header (`unit_site` included). */
export function rawOperationsHeader(): string[] {
  return [...OPERATIONS_FILE_COLUMNS];
}

/** The results file: the import layout without the seizure columns, one row per result. */
export function rawResultsHeader(): string[] {
  return OPERATIONS_FILE_COLUMNS.filter((c) => !(SEIZURE_COLUMNS as readonly string[]).includes(c));
}

/** The seizures file: the result's key, then the seizure columns of the import layout. */
export function rawSeizuresHeader(): string[] {
  return ['operation_code', 'country', ...SEIZURE_COLUMNS];
}

/** A result without seizures: one row whose seizure cells are empty. */
const NO_SEIZURE: readonly ExportCell[] = [null, null, null, null];

/**
 * A result's rows, cell for cell under `OPERATIONS_IMPORT_COLUMNS`: its operation and result columns, then
 * one seizure per row (one row with empty seizure cells when it has none). Written so that the import reads
 * them back to the same content: activities in the vocabulary's order, empty INTERPOL cells where a database
 * was not reported, quantities with a dot and at most 3 decimals.
 */
export function rawOperationResultRows(r: RawOperationResult): RowGroup {
  const lead = resultCells(r);
  const tails =
    r.seizures.length === 0
      ? [NO_SEIZURE]
      : r.seizures.map((s): ExportCell[] => [s.commodity, s.cases, quantityCell(s.quantity), s.unit]);
  return { lead, tails };
}

/** A result's row of the results file: its operation and result columns, each result once. */
export function rawResultRow(r: RawOperationResult): RowGroup {
  return singleRow(resultCells(r));
}

/** A row of the seizures file. */
export function rawSeizureRow(s: RawSeizureLine): RowGroup {
  return singleRow([s.operationCode, s.country, s.commodity, s.cases, quantityCell(s.quantity), s.unit]);
}

/** The operation and result cells, under the results header. */
function resultCells(r: RawOperationResult): ExportCell[] {
  return [
    r.operationCode,
    r.operationName,
    r.programme,
    r.lead,
    ACTIVITIES.filter((a) => r.activities.includes(a)).join(ACTIVITY_SEPARATOR),
    r.startDate,
    r.endDate,
    r.country,
    r.unitType,
    r.unitName,
    r.unitSite,
    r.arrests,
    r.investigationsOpened,
    r.controlledDeliveries,
    r.personsChecked,
    r.sltdQueries,
    r.sltdHits,
    r.smvQueries,
    r.smvHits,
    r.nominalQueries,
    r.nominalHits,
    r.noticesQueries,
    r.noticesHits,
  ];
}

/**
 * A stored quantity (numeric with 3 decimals, as text) without its trailing zeros: "12.500" → 12.5. A number
 * when a double holds it exactly (so that a workbook can sum it), else the text itself (beyond 15 digits).
 */
export function quantityCell(numeric: string): number | string {
  let end = numeric.length;
  if (numeric.includes('.')) {
    while (numeric.charCodeAt(end - 1) === 48) end--; // 0
    if (numeric.charCodeAt(end - 1) === 46) end--; // .
  }
  const text = numeric.slice(0, end);
  const value = Number(text);
  return String(value) === text ? value : text;
}
