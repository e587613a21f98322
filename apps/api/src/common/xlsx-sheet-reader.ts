import { Worker, type ResourceLimits } from 'node:worker_threads';

/** One spreadsheet row's cells as text, with the row's number in the sheet. */
export type NumberedRow = { row: number; cells: string[] };

/** What reading a workbook's first tab came to; the caller turns the failures into HTTP errors. */
export type XlsxSheetReply =
  | { kind: 'rows'; rows: NumberedRow[] }
  | { kind: 'unreadable'; message: string }
  | { kind: 'no-sheet' }
  | { kind: 'out-of-memory' };

/** From src/common and from dist/common alike: the worker is plain JavaScript beside both. */
const WORKER_FILE = new URL('../../workers/read-xlsx-sheet.js', import.meta.url);

/**
 * Reads an XLSX's first tab in a worker thread, so that the API answers other requests meanwhile.
 * `limits` bound the worker's heap: a workbook that would exhaust it ends the worker, not the API.
 */
export function readFirstXlsxSheet(bytes: Buffer, limits?: ResourceLimits): Promise<XlsxSheetReply> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_FILE, { workerData: { bytes }, resourceLimits: limits });
    worker.once('message', (reply: XlsxSheetReply) => {
      resolve(reply);
      void worker.terminate();
    });
    worker.once('error', (error: Error & { code?: string }) => {
      if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') resolve({ kind: 'out-of-memory' });
      else reject(error);
    });
    worker.once('exit', (code) => {
      reject(new Error(`the XLSX reader stopped (exit code ${code}) without an answer`));
    });
  });
}
