import type { Lang } from '@cpc/domain';
import { downloadExport, saveBlob } from '../api/download';
import { exportFileNameOf, type DataFormat, type ExportSource, type ImageFormat } from '../api/exportSource';
import type { KeyEntry } from './chartKey';
import { rasterize } from './rasterize';
import { serializeChart } from './serializeChart';

export type ChartFormat = ImageFormat | DataFormat;

export interface ChartDownload {
  /** The chart as drawn: an <svg>, a recharts wrapper or an HTML chart; null before it is drawn. */
  element: Element | null;
  title: string;
  source: ExportSource;
  /** The page's language: a CSV comes with Excel's separators in it. */
  lang: Lang;
  /** The chart's key, drawn under the picture where the page's key is outside the chart. */
  keyEntries?: readonly KeyEntry[];
  /** A note drawn under the picture: the explanation of protected figures, for a national user. */
  note?: string;
}

/**
 * Downloads a chart as a picture made in the browser (SVG, or PNG at twice its size) or as the API's file
 * of the figures behind it. Loaded on the first download, so pages do not carry it.
 */
export async function downloadChart(format: ChartFormat, download: ChartDownload): Promise<void> {
  const { element, title, source, keyEntries, note } = download;
  if (format === 'csv' || format === 'xlsx') return downloadExport(source, format, download.lang);
  if (!element) throw new Error('The chart is not drawn yet.');
  const chart = serializeChart(element, title, keyEntries, note);
  const fileName = exportFileNameOf(source, format);
  if (format === 'svg') saveBlob(new Blob([chart.markup], { type: 'image/svg+xml;charset=utf-8' }), fileName);
  else saveBlob(await rasterize(chart, 2), fileName);
}
