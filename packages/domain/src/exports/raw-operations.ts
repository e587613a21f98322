import { ACTIVITY_SEPARATOR, OPERATIONS_IMPORT_COLUMNS } from '../operations/import/columns.js';
import { ACTIVITIES } from '../operations/vocabularies.js';
import type { ExportCell } from './cells.js';
import type { RowGroup } from './raw-rows.js';

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

/** Exactly the operations import header. */
export function rawOperationsHeader(): string[] {
  return [...OPERATIONS_IMPORT_COLUMNS];
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
  const lead: ExportCell[] = [
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
  const tails =
    r.seizures.length === 0
      ? [NO_SEIZURE]
      : r.seizures.map((s): ExportCell[] => [s.commodity, s.cases, quantityCell(s.quantity), s.unit]);
  return { lead, tails };
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
