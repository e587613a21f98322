import { OPERATIONS_IMPORT_COLUMNS, OPTIONAL_RESULT_COLUMNS } from './columns.js';

/**
 * The layout the template and the raw export write: the import columns, with the optional `unit_site` after
 * `unit_name`, so that a linked result's unit goes out and comes back in.
 */
export const OPERATIONS_FILE_COLUMNS: readonly string[] = OPERATIONS_IMPORT_COLUMNS.flatMap((c) =>
  c === 'unit_name' ? [c, ...OPTIONAL_RESULT_COLUMNS] : [c],
);
