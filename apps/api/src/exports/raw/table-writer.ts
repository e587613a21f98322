import {
  csvGroupRecords,
  csvRecord,
  plainSheet,
  UTF8_BOM,
  type ExportCell,
  type RawExportFormat,
  type RowGroup,
  type WorkbookSheet,
} from '@cpc/domain';
import type ExcelJS from 'exceljs';
import type { Response } from 'express';
import { pipeline } from 'node:stream/promises';
import { XLSX_TYPE, XlsxStream } from '../xlsx/xlsx-writer.js';
import { crlfRecordEnds } from './csv-record-ends.js';
import { IDLE_CLIENT_TIMEOUT_MS } from './raw-exports.sql.js';

/** One table of a file: a CSV, or a sheet of a workbook. */
export interface TableSpec {
  /** The XLSX sheet's name (the import reads the first sheet). */
  sheet: string;
  header: string[];
}

/** The file's first table (a CSV holds only that one), then the workbook's next sheets, if any. */
export interface TableFile extends TableSpec {
  filename: string;
  format: RawExportFormat;
  /** CSV only: a UTF-8 byte-order mark first. */
  bom: boolean;
  /** XLSX only: the tables after the first, each in its own sheet, in order. */
  then?: readonly TableSpec[];
}

/** Rows written as they come, each batch only once the client has taken the previous ones. */
export interface TableWriter {
  write(groups: RowGroup[]): Promise<void>;
  /** The rows that follow go to the file's next table. */
  nextTable(): void;
  end(): Promise<void>;
}

/** The client closed the connection before the end of the file. */
export class ClientGone extends Error {
  constructor() {
    super('the client closed the connection during the download');
  }
}

/**
 * Sends the headers and the header row at once, so that the download starts before the first row is read,
 * and returns a writer for the rows.
 */
export function openTableWriter(res: Response, file: TableFile): TableWriter {
  sendFileHeaders(res, file);
  return file.format === 'csv' ? new CsvWriter(res, file) : new XlsxTableWriter(res, file);
}

function sendFileHeaders(res: Response, file: TableFile): void {
  res.status(200);
  res.setHeader('Content-Type', file.format === 'csv' ? 'text/csv; charset=utf-8' : XLSX_TYPE);
  res.setHeader('Content-Disposition', `attachment; filename="${file.filename}"`);
  res.setHeader('Cache-Control', 'no-store');
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.flushHeaders();
}

/** What a response stream reports when its client has gone before the end. */
const CLIENT_GONE_CODES = new Set(['ERR_STREAM_PREMATURE_CLOSE', 'ECONNRESET', 'EPIPE']);

/**
 * A CSV whose records come from PostgreSQL's COPY (RawExportsRepository.copyCsv): the headers, the byte-order
 * mark if asked and the header row, then the chunks as they come with CRLF record ends, piped so that a chunk is
 * read only once the client has taken the previous ones. When the client leaves, the chunks' generator is
 * returned (which cancels the COPY and ends the transaction) before this rejects with ClientGone.
 */
export async function sendCopiedCsv(
  res: Response,
  file: TableFile,
  chunks: AsyncGenerator<Buffer, void, undefined>,
): Promise<void> {
  sendFileHeaders(res, file);
  // During a COPY the transaction is never idle, so PostgreSQL's idle timeout cannot end a download whose client
  // stopped reading without closing: the socket's own inactivity timeout does, the pipeline then stops the COPY.
  res.setTimeout(IDLE_CLIENT_TIMEOUT_MS, () => res.destroy());
  res.write(`${file.bom ? UTF8_BOM : ''}${csvRecord(file.header)}`);
  try {
    await pipeline(chunks, crlfRecordEnds, res);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw code !== undefined && CLIENT_GONE_CODES.has(code) ? new ClientGone() : error;
  } finally {
    await chunks.return(undefined);
  }
}

/** Resolves once the response can take more; rejects with ClientGone when the client leaves first. */
function drained(res: Response): Promise<void> {
  if (res.destroyed) return Promise.reject(new ClientGone());
  if (!res.writableNeedDrain) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const onDrain = () => {
      off();
      resolve();
    };
    const onClose = () => {
      off();
      reject(new ClientGone());
    };
    const off = () => {
      res.off('drain', onDrain);
      res.off('close', onClose);
    };
    res.on('drain', onDrain);
    res.on('close', onClose);
  });
}

/** Resolves once the whole response has been handed to the system; rejects with ClientGone otherwise. */
function finished(res: Response): Promise<void> {
  if (res.writableFinished) return Promise.resolve();
  if (res.destroyed) return Promise.reject(new ClientGone());
  return new Promise((resolve, reject) => {
    res.once('finish', () => {
      resolve();
    });
    res.once('close', () => {
      if (res.writableFinished) resolve();
      else reject(new ClientGone());
    });
  });
}

/** RFC 4180 records, CRLF, every text cell neutralised against formulas (csvField does it). */
class CsvWriter implements TableWriter {
  constructor(
    private readonly res: Response,
    file: TableFile,
  ) {
    res.write(`${file.bom ? UTF8_BOM : ''}${csvRecord(file.header)}`);
  }

  nextTable(): void {
    throw new Error('a CSV holds one table');
  }

  async write(groups: RowGroup[]): Promise<void> {
    if (this.res.destroyed) throw new ClientGone();
    let chunk = '';
    for (const group of groups) chunk += csvGroupRecords(group);
    this.res.write(chunk);
    await drained(this.res);
  }

  async end(): Promise<void> {
    const done = finished(this.res);
    this.res.end();
    await done;
  }
}

/**
 * The XLSX writer's stream, zipped straight into the response: every row is committed as it is added, and a
 * batch waits for the zip and the client before the next one is read. Text cells are neutralised as in the
 * CSV, numbers stay numbers.
 */
class XlsxTableWriter implements TableWriter {
  private readonly xlsx: XlsxStream;
  /** Tables of `then` started so far. */
  private started = 0;

  constructor(
    private readonly res: Response,
    private readonly file: TableFile,
  ) {
    this.xlsx = new XlsxStream(res, sheetOf(file));
  }

  /** The previous sheet is committed first: its rows reach the zip before the next sheet's begin. */
  nextTable(): void {
    const spec = this.file.then?.[this.started++];
    if (!spec) throw new Error(`the file has ${1 + (this.file.then?.length ?? 0)} tables`);
    this.xlsx.nextSheet(sheetOf(spec));
  }

  async write(groups: RowGroup[]): Promise<void> {
    if (this.res.destroyed) throw new ClientGone();
    this.xlsx.addRows(groups.flatMap(wholeRows));
    while (sheetBacklog(this.xlsx.sheet) > XLSX_MAX_BACKLOG_BYTES) await pause(this.res);
    await drained(this.res);
  }

  async end(): Promise<void> {
    const done = finished(this.res);
    await Promise.all([this.xlsx.commit(), done]);
  }
}

/** A sheet with its header row, frozen. */
function sheetOf(spec: TableSpec): WorkbookSheet {
  const header = { cells: spec.header, style: 'header' as const };
  return { ...plainSheet(spec.sheet, [header]), frozen: { rows: 1, columns: 0 } };
}

/** The group's rows, whole: the shared cells, then each row's own (the XLSX writer neutralises the text). */
function wholeRows(group: RowGroup): ExportCell[][] {
  return group.tails.map((tail) => [...group.lead, ...tail]);
}

/** Bytes of worksheet XML that may wait for the zip, per download. */
const XLSX_MAX_BACKLOG_BYTES = 1 << 20;

/**
 * ExcelJS's streaming writer does not pass backpressure on: a committed row's XML is pushed into the zip
 * entry whether or not the response keeps up, and piles up in the entry's input buffer (200 MB for 200,000
 * rows to a slow client). That buffer is internal to ExcelJS (the sheet's `stream`) and archiver (the
 * PassThrough it reads the sheet from): it is read defensively, and counts as empty if a new version moves it.
 */
export function sheetBacklog(sheet: ExcelJS.Worksheet): number {
  const internal = sheet as unknown as { stream?: { pipes?: { _writableState?: { length?: unknown } }[] } };
  const length = internal.stream?.pipes?.[0]?._writableState?.length;
  return typeof length === 'number' ? length : 0;
}

/** A few milliseconds for the zip to catch up; rejects with ClientGone when the client leaves meanwhile. */
function pause(res: Response): Promise<void> {
  if (res.destroyed) return Promise.reject(new ClientGone());
  return new Promise((resolve, reject) => {
    const onClose = () => {
      clearTimeout(timer);
      reject(new ClientGone());
    };
    const timer = setTimeout(() => {
      res.off('close', onClose);
      resolve();
    }, 5);
    res.once('close', onClose);
  });
}
