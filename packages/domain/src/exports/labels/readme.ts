import { localize, type Locale } from '../../i18n.js';
import type { ExportCell } from '../cells.js';
import type { FlatTable } from '../flatten.js';
import { fill } from './columns.js';
import { METADATA_TEXTS } from './file-texts.js';

const cellText = (cell: ExportCell | undefined): string => (cell === null || cell === undefined ? '' : String(cell));

/**
 * The README of a zipped CSV: the metadata as `Entry: value` lines, the files, and each column with its
 * machine name and unit, in the file's language. CRLF, so that every text editor shows the lines.
 */
export function exportReadme(
  metadata: FlatTable,
  columns: FlatTable,
  files: { data: string; metadata: string; columns: string },
  lang: Locale,
): string {
  const colon = lang === 'fr' ? ' : ' : ': ';
  const title = cellText(metadata.rows.find((row) => row[0] === 'title')?.[2]);
  const entries = metadata.rows
    .filter((row) => row[0] !== 'title')
    .map((row) => `${cellText(row[1])}${colon}${cellText(row[2])}`);
  const columnLines = columns.rows.map((row) => `- ${cellText(row[0])} [${cellText(row[1])}] (${cellText(row[2])})`);
  return [
    title,
    '='.repeat(Math.max(3, title.length)),
    '',
    ...entries,
    '',
    fill(localize(METADATA_TEXTS.readmeFiles, lang), files),
    '',
    `${localize(METADATA_TEXTS.readmeColumns, lang)}${colon.trimEnd()}`,
    ...columnLines,
    '',
  ].join('\r\n');
}
