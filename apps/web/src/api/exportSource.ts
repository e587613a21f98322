import { exportFileName, type Lang } from '@cpc/domain';

/** The API answers every analytics resource as a file too: a CSV, a workbook, or the CSV with its notes in a ZIP. */
export type DataFormat = 'csv' | 'xlsx' | 'zip';
/** A chart drawn in the browser. */
export type ImageFormat = 'png' | 'svg';
export type FileNamePart = string | number | null | undefined;

/** What a chart or a page downloads: the API resource it reads, and the words of the file's name. */
export interface ExportSource {
  /** The JSON resource with its query, exactly as the chart or page fetches it. */
  path: string;
  /** The file name's words, as the API names its files: `['maturity', 'wco', '2016-2026']`. */
  name: readonly FileNamePart[];
}

/**
 * The resource as a file, with the same query, so the file holds the figures on screen, in the page's
 * language. A CSV downloaded from the web is most often opened in Excel: it carries a byte-order mark
 * (UTF-8) and Excel's separators in that language (semicolons and decimal commas in French and Spanish).
 */
export function exportPath(path: string, format: DataFormat, lang: Lang = 'en'): string {
  const query = new URLSearchParams({ format });
  if (format !== 'xlsx') {
    query.set('bom', 'true');
    query.set('dialect', 'excel');
  }
  query.set('lang', lang);
  return `${path}${path.includes('?') ? '&' : '?'}${query.toString()}`;
}

/** `maturity_wco_2016-2026_2026-11-27.png`: the API's name for the data, with the file's own extension. */
export function exportFileNameOf(source: ExportSource, extension: DataFormat | ImageFormat, now = new Date()): string {
  // The domain's helper names data files only; an image shares the name and swaps the extension.
  const dataName = exportFileName(source.name, now, 'csv');
  return `${dataName.slice(0, -'.csv'.length)}.${extension}`;
}
