import {
  csvGroupRecords,
  csvRecord,
  UTF8_BOM,
  workbookGroupRows,
  type RawExportFormat,
  type RowGroup,
} from '@cpc/domain';
import ExcelJS from 'exceljs';
import type { Response } from 'express';

export interface TableFile {
  filename: string;
  format: RawExportFormat;
  /** CSV only: a UTF-8 byte-order mark first. */
  bom: boolean;
  /** The XLSX sheet's name (the import reads the first sheet). */
  sheet: string;
  header: string[];
}

/** Rows written as they come, each batch only once the client has taken the previous ones. */
export interface TableWriter {
  write(groups: RowGroup[]): Promise<void>;
  end(): Promise<void>;
}

/** The client closed the connection before the end of the file. */
export class ClientGone extends Error {
  constructor() {
    super('the client closed the connection during the download');
  }
}

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** A worksheet holds 1,048,576 rows: the header and this many data rows, then the rows go on in a new sheet. */
export const XLSX_MAX_DATA_ROWS = 1_048_575;

/**
 * Sends the headers and the header row at once, so that the download starts before the first row is read,
 * and returns a writer for the rows.
 */
export function openTableWriter(res: Response, file: TableFile): TableWriter {
  res.status(200);
  res.setHeader('Content-Type', file.format === 'csv' ? 'text/csv; charset=utf-8' : XLSX_TYPE);
  res.setHeader('Content-Disposition', `attachment; filename="${file.filename}"`);
  res.setHeader('Cache-Control', 'no-store');
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.flushHeaders();
  return file.format === 'csv' ? new CsvWriter(res, file) : new XlsxWriter(res, file);
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
 * ExcelJS's streaming writer, zipped straight into the response: every row is committed (serialised and
 * let go) as it is added. Text cells are neutralised as in the CSV, numbers stay numbers.
 */
class XlsxWriter implements TableWriter {
  private readonly workbook: ExcelJS.stream.xlsx.WorkbookWriter;
  private sheet: ExcelJS.Worksheet;
  private sheets = 1;
  private rowsInSheet = 0;

  constructor(
    private readonly res: Response,
    private readonly file: TableFile,
  ) {
    this.workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: res, useStyles: false, useSharedStrings: false });
    this.workbook.creator = 'CPC Observatory';
    this.sheet = this.addSheet();
  }

  async write(groups: RowGroup[]): Promise<void> {
    if (this.res.destroyed) throw new ClientGone();
    for (const cells of groups.flatMap(workbookGroupRows)) {
      if (this.rowsInSheet === XLSX_MAX_DATA_ROWS) {
        this.sheet.commit();
        this.sheets++;
        this.sheet = this.addSheet();
      }
      this.sheet.addRow(cells).commit();
      this.rowsInSheet++;
    }
    while (sheetBacklog(this.sheet) > XLSX_MAX_BACKLOG_BYTES) await pause(this.res);
    await drained(this.res);
  }

  async end(): Promise<void> {
    const done = finished(this.res);
    this.sheet.commit();
    await Promise.all([this.workbook.commit(), done]);
  }

  private addSheet(): ExcelJS.Worksheet {
    const name = this.sheets === 1 ? this.file.sheet : `${this.file.sheet} (${this.sheets})`;
    const sheet = this.workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.addRow(this.file.header).commit();
    this.rowsInSheet = 0;
    return sheet;
  }
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
