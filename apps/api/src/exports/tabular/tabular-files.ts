import { csvDocument, entriesSheet, tableSheet, type CsvDialect, type ExportCell, type FlatTable } from '@cpc/domain';
import { xlsxFile } from '../xlsx/xlsx-writer.js';

export const CSV_TYPE = 'text/csv; charset=utf-8';

/** UTF-8 in the dialect asked for (RFC 4180 by default), a byte-order mark when asked. */
export function csvFile(table: FlatTable, bom: boolean, dialect?: CsvDialect): Buffer {
  return Buffer.from(csvDocument(table, bom, dialect), 'utf8');
}

/** Sheet `data`: the table with numbers as numbers and a frozen header; sheet `metadata`: key/value rows. */
export function analyticsXlsxFile(
  table: FlatTable,
  metadata: readonly (readonly [string, ExportCell])[],
): Promise<Buffer> {
  return xlsxFile([tableSheet('data', table), entriesSheet('metadata', metadata)]);
}
