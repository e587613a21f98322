import { availableParallelism } from 'node:os';
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

/** Reads at once: one per core. More would only share the cores, each thread holding a workbook in memory. */
export const XLSX_READS_AT_ONCE = availableParallelism();
let reading = 0;
const waiting: (() => void)[] = [];

/** Runs `read` when fewer than XLSX_READS_AT_ONCE reads are running, in the order of arrival. */
async function inTurn<T>(read: () => Promise<T>): Promise<T> {
  if (reading < XLSX_READS_AT_ONCE) reading++;
  else await new Promise<void>((resolve) => waiting.push(resolve));
  try {
    return await read();
  } finally {
    // The turn passes straight to the next in line, so that no newcomer slips in between.
    const next = waiting.shift();
    if (next) next();
    else reading--;
  }
}

/**
 * Reads an XLSX's first tab in a worker thread, so that the API answers other requests meanwhile.
 * `limits` bound the worker's heap: a workbook that would exhaust it ends the worker, not the API.
 */
export function readFirstXlsxSheet(bytes: Buffer, limits?: ResourceLimits): Promise<XlsxSheetReply> {
  return inTurn(() => readInWorker(bytes, limits));
}

/** The worker's reply, given once the thread has ended, so that a turn's end is its thread's too. */
function readInWorker(bytes: Buffer, limits: ResourceLimits | undefined): Promise<XlsxSheetReply> {
  return new Promise((resolve, reject) => {
    let reply: XlsxSheetReply | undefined;
    let failure: Error | undefined;
    const worker = new Worker(WORKER_FILE, { workerData: { bytes }, resourceLimits: limits });
    worker.once('message', (message: XlsxSheetReply) => {
      reply = message;
      void worker.terminate();
    });
    worker.once('error', (error: Error & { code?: string }) => {
      if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') reply = { kind: 'out-of-memory' };
      else failure = error;
    });
    worker.once('exit', (code) => {
      if (reply) resolve(reply);
      else reject(failure ?? new Error(`the XLSX reader stopped (exit code ${code}) without an answer`));
    });
  });
}
