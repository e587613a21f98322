import {
  columnsTable,
  csvDocument,
  exportReadme,
  tableSheet,
  type CsvDialect,
  type FlatTable,
  type LabeledTable,
  type Locale,
  type WorkbookSheet,
} from '@cpc/domain';
import { strToU8, zipSync } from 'fflate';
import { xlsxFile } from '../xlsx/xlsx-writer.js';

export const CSV_TYPE = 'text/csv; charset=utf-8';
export const ZIP_TYPE = 'application/zip';

/** What a file is made of: the data (labelled or machine), its metadata table, and the columns it describes. */
export interface TabularContent {
  data: FlatTable;
  labeled: LabeledTable;
  metadata: FlatTable;
  lang: Locale;
}

/** UTF-8 in the dialect asked for (RFC 4180 by default), a byte-order mark when asked. */
export function csvFile(table: FlatTable, bom: boolean, dialect?: CsvDialect): Buffer {
  return Buffer.from(csvDocument(table, bom, dialect), 'utf8');
}

/** A sheet of a table under a header row: its header bold and frozen, and in Arabic read right to left. */
function sheetOf(name: string, table: FlatTable, lang: Locale): WorkbookSheet {
  return { ...tableSheet(name, table), rightToLeft: lang === 'ar' };
}

/** The metadata under its header row, each value wrapped in a wide column. */
function metadataSheet(metadata: FlatTable, lang: Locale): WorkbookSheet {
  const sheet = sheetOf('metadata', metadata, lang);
  const rows = sheet.rows.map((row, index) => (index === 0 ? row : { ...row, style: 'entry' as const }));
  return { ...sheet, rows, widths: [20, 32, 100] };
}

/** Sheets `data`, `metadata` (key, entry, value, under a header) and `columns` (header, field, unit). */
export function analyticsXlsxFile(content: TabularContent): Promise<Buffer> {
  const { data, labeled, metadata, lang } = content;
  return xlsxFile([
    sheetOf('data', data, lang),
    metadataSheet(metadata, lang),
    sheetOf('columns', columnsTable(labeled, lang), lang),
  ]);
}

/** The CSV with its metadata and columns as CSVs of their own, and a README that says it all in words. */
export function analyticsZipFile(
  content: TabularContent,
  baseName: string,
  csv: { bom: boolean; dialect: CsvDialect },
): Buffer {
  const names = { data: `${baseName}.csv`, metadata: `${baseName}_metadata.csv`, columns: `${baseName}_columns.csv` };
  const columns = columnsTable(content.labeled, content.lang);
  const files = {
    [names.data]: csvFile(content.data, csv.bom, csv.dialect),
    [names.metadata]: csvFile(content.metadata, csv.bom, csv.dialect),
    [names.columns]: csvFile(columns, csv.bom, csv.dialect),
    'README.txt': strToU8(exportReadme(content.metadata, columns, names, content.lang)),
  };
  return Buffer.from(zipSync(files));
}
