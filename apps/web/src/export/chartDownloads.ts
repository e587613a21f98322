import { exportSourceLine, exportText, textDirection, type Lang, type MetaResponse } from '@cpc/domain';
import { downloadExport, saveBlob } from '../api/download';
import { exportFileNameOf, type DataFormat, type ExportSource, type ImageFormat } from '../api/exportSource';
import type { KeyEntry } from './chartKey';
import { inlineFontFaces, loadArabicFont } from './fontFaces';
import { rasterize } from './rasterize';
import { serializeChart, type AxisTitles } from './serializeChart';

export type ChartFormat = ImageFormat | DataFormat;

export interface ChartDownload {
  /** The chart as drawn: an <svg>, a recharts wrapper or an HTML chart; null before it is drawn. */
  element: Element | null;
  title: string;
  source: ExportSource;
  /** The page's language: a picture says everything in it, a CSV comes with Excel's separators in it. */
  lang: Lang;
  /** The titles of the chart's axes that the page shows outside the chart's drawing. */
  axisTitles?: AxisTitles;
  /** The chart's key, drawn under the picture where the page's key is outside the chart. */
  keyEntries?: readonly KeyEntry[];
  /** A note drawn under the picture: the explanation of protected figures, for a national user. */
  note?: string;
  /** The installation's methodology version and whether it runs on demo data, for a picture; read on demand. */
  meta: () => Promise<Pick<MetaResponse, 'methodologyVersion' | 'demoData'>>;
}

/** Today's date in UTC, as the API dates its files: `YYYY-MM-DD`. */
const today = () => new Date().toISOString().slice(0, 10);

/**
 * Downloads a chart as a picture made in the browser (SVG, or PNG at twice its size) or as the API's file
 * of the figures behind it. A picture carries the same source line, citation and synthetic-data notice as
 * the API's files, in the page's language. Loaded on the first download, so pages do not carry it.
 */
export async function downloadChart(format: ChartFormat, download: ChartDownload): Promise<void> {
  const { element, title, source, lang } = download;
  if (format === 'csv' || format === 'xlsx' || format === 'zip') return downloadExport(source, format, lang);
  if (!element) throw new Error('The chart is not drawn yet.');
  const { methodologyVersion, demoData } = await download.meta();
  const dir = textDirection(lang);
  if (dir === 'rtl') await loadArabicFont(element.ownerDocument);
  // The Arabic font travels inside the picture: a PNG is drawn from an image, which loads no font of the page,
  // and an SVG opened outside the app would otherwise be drawn in whatever font the reader's system has.
  const fontFaces = dir === 'rtl' ? await inlineFontFaces(element.ownerDocument) : undefined;
  const chart = serializeChart(element, {
    title,
    axisTitles: download.axisTitles,
    keyEntries: download.keyEntries,
    note: download.note,
    notice: demoData ? exportText('synthetic', lang) : undefined,
    sourceLine: exportSourceLine(title, today(), methodologyVersion, lang),
    dir,
    fontFaces,
  });
  const fileName = exportFileNameOf(source, format);
  if (format === 'svg') saveBlob(new Blob([chart.markup], { type: 'image/svg+xml;charset=utf-8' }), fileName);
  else saveBlob(await rasterize(chart, 2), fileName);
}
