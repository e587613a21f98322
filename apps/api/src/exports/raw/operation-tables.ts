import {
  rawOperationResultRows,
  rawOperationsHeader,
  rawResultRow,
  rawResultsHeader,
  rawSeizureRow,
  rawSeizuresHeader,
  type RawOperationPart,
  type RawOperationResultsExportQuery,
  type RowGroup,
} from '@cpc/domain';
import type { EntityManager } from 'typeorm';
import { IMPORT_CSV_SELECT, RESULTS_CSV_SELECT, SEIZURES_CSV_SELECT } from './operations-csv.sql.js';
import type { RawExportsRepository } from './raw-exports.repository.js';
import type { TableSpec } from './table-writer.js';

export type OperationPart = RawOperationPart;

interface OperationTable {
  spec(): TableSpec;
  /** The rows for a workbook, batch by batch from a cursor. */
  read(repository: RawExportsRepository, tx: EntityManager): AsyncGenerator<RowGroup[], void, undefined>;
  /** The same rows as a CSV file's records, for PostgreSQL's COPY (operations-csv.sql.ts). */
  csvSelect: string;
}

/**
 * The operation results export's tables. `results` and `seizures` keep each figure once, so that a sum over a
 * column is a true total; `import` is the layout the import reads, where a result's figures repeat on each of
 * its seizure rows.
 */
export const OPERATION_TABLES: Record<OperationPart, OperationTable> = {
  results: {
    spec: () => ({ sheet: 'results', header: rawResultsHeader() }),
    read: (repository, tx) => groupsOf(repository.streamResultRows(tx), rawResultRow),
    csvSelect: RESULTS_CSV_SELECT,
  },
  seizures: {
    spec: () => ({ sheet: 'seizures', header: rawSeizuresHeader() }),
    read: (repository, tx) => groupsOf(repository.streamSeizureLines(tx), rawSeizureRow),
    csvSelect: SEIZURES_CSV_SELECT,
  },
  import: {
    spec: () => ({ sheet: 'operations', header: rawOperationsHeader() }),
    read: (repository, tx) => groupsOf(repository.streamOperationResults(tx), rawOperationResultRows),
    csvSelect: IMPORT_CSV_SELECT,
  },
};

/** The part asked for; without one, the results as CSV, or a workbook of the results and the seizures. */
export function operationParts(query: RawOperationResultsExportQuery): OperationPart[] {
  if (query.part) return [query.part];
  return query.format === 'csv' ? ['results'] : ['results', 'seizures'];
}

/** Each batch of rows as the file's row groups. */
export async function* groupsOf<T>(
  batches: AsyncGenerator<T[], void, undefined>,
  rowsOf: (row: T) => RowGroup,
): AsyncGenerator<RowGroup[], void, undefined> {
  for await (const batch of batches) yield batch.map(rowsOf);
}
