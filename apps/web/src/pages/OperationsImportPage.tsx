import type { OperationImportResult } from '@cpc/domain';
import { OPERATION_DATA_KEYS } from '../api/operationCache';
import { importOperations } from '../api/operationMutations';
import type { ImportKind } from '../import/importKind';
import { ImportView } from '../import/ImportView';

const OPERATIONS_IMPORT: ImportKind<OperationImportResult> = {
  resource: 'operations',
  title: 'opsImportTitle',
  intro: 'opsImportIntro',
  templatesText: 'opsImportTemplatesText',
  upload: importOperations,
  invalidates: OPERATION_DATA_KEYS,
  checkedText: 'opsImportCheckedText',
  doneText: 'opsImportDoneText',
  counts: ({ rows, operations, results, seizures }) => ({
    rows,
    operationsCreated: operations.created,
    operationsUpdated: operations.updated,
    operationsUnchanged: operations.unchanged,
    resultsCreated: results.created,
    resultsUpdated: results.updated,
    resultsUnchanged: results.unchanged,
    seizures,
  }),
};

/** Analysts and admins load operations and their results from a CSV or XLSX file. */
export function OperationsImportPage() {
  return <ImportView kind={OPERATIONS_IMPORT} />;
}
