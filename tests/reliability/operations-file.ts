/** The operations benchmark's file generator (tests/bench/operations-data.mjs), typed for the tests. */

// A plain .mjs module without declarations: imported through a variable so that TypeScript takes it as given.
const GENERATOR = '../bench/operations-data.mjs';
const { operationsCsv } = (await import(GENERATOR)) as {
  operationsCsv: (first: number, count: number, countriesPerOperation?: number) => Buffer;
};

/** An operations import file: `operations` operations × 20 countries × 20 seizure rows, codes BENCH-<n>. */
export function operationsFile(operations: number): { csv: Buffer; rows: number; results: number } {
  return { csv: operationsCsv(0, operations, 20), rows: operations * 400, results: operations * 20 };
}

/** The multipart body of POST /api/operations/import. */
export function importForm(csv: Buffer): FormData {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(csv)], { type: 'text/csv' }), 'operations.csv');
  return form;
}
