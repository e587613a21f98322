import { localize, type Locale } from '../../i18n.js';
import type { ExportCell } from '../cells.js';
import type { FlatTable } from '../flatten.js';
import type { ExportMetadata } from '../metadata.js';
import { exportMetadataRows } from '../metadata.js';
import { labeledColumnsOf } from './column-rules.js';
import type { LabelContext, LabeledColumn } from './columns.js';
import { METADATA_TEXTS, UNIT_TEXTS, type MetadataTextKey } from './file-texts.js';

/** A report-ready table: headers in the reader's language, and each column's machine field and unit. */
export interface LabeledTable extends FlatTable {
  described: LabeledColumn[];
}

/**
 * The machine table (field names as headers) made readable: headers in the language, names beside codes,
 * shares as percentages. A field without a rule is refused rather than shown under its machine name.
 */
export function labelTable(table: FlatTable, ctx: LabelContext): LabeledTable {
  const plan = table.columns.map((field, index) => {
    const columns = labeledColumnsOf(field, ctx);
    if (columns === null) throw new Error(`${field}: the column has no label (exports/labels/column-rules.ts)`);
    return { index, columns };
  });
  const described = plan.flatMap((p) => p.columns);
  const rows = table.rows.map((row) =>
    plan.flatMap(({ index, columns }) => columns.map((c) => c.cell(row[index] ?? null))),
  );
  return { columns: described.map((c) => c.header), rows, described };
}

const metadataLabel = (key: string, lang: Locale): string =>
  key in METADATA_TEXTS ? localize(METADATA_TEXTS[key as MetadataTextKey], lang) : key;

/** The metadata as a table: a header row, then the machine key, its name in the language and its value. */
export function metadataTable(
  metadata: ExportMetadata,
  summary: readonly (readonly [string, number | null])[],
  lang: Locale,
): FlatTable {
  const entries: (readonly [string, ExportCell])[] = [...exportMetadataRows(metadata), ...summary];
  return {
    columns: (['keyHeader', 'labelHeader', 'valueHeader'] as const).map((k) => localize(METADATA_TEXTS[k], lang)),
    rows: entries.map(([key, value]) => [key, metadataLabel(key, lang), value]),
  };
}

/** Each column of a file: its header, the machine field it comes from, and its unit, in the language. */
export function columnsTable(table: LabeledTable, lang: Locale): FlatTable {
  return {
    columns: (['columnHeader', 'fieldHeader', 'unitHeader'] as const).map((k) => localize(METADATA_TEXTS[k], lang)),
    rows: table.described.map((c) => [c.header, c.field, localize(UNIT_TEXTS[c.unit], lang)]),
  };
}
