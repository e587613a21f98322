import { drawKey, type KeyEntry } from './chartKey';
import { cloneWithInlineStyles } from './inlineStyles';
import { drawText, pictureFontFamily, type PictureFrame, type TextStyle } from './pictureText';
import { SVG_NS, svgElement } from './svgElement';

const TITLE: TextStyle = { size: 15, lineHeight: 20, weight: 600 };
/** The y-axis title sits just above the chart, as the page shows it; the x-axis title just under it. */
const Y_AXIS_TITLE: TextStyle = { size: 12, lineHeight: 16, fill: '#404040', space: { above: 0, below: 6 } };
const X_AXIS_TITLE: TextStyle = { ...Y_AXIS_TITLE, centred: true, space: { above: 4, below: 4 } };
const NOTE: TextStyle = { size: 12, lineHeight: 16 };
const NOTICE: TextStyle = { size: 12, lineHeight: 16, weight: 600, space: { above: 4, below: 4 } };
const SOURCE: TextStyle = { size: 11, lineHeight: 15, fill: '#404040' };

/** The size of a chart that has none yet (not laid out, no size attributes, no viewBox). */
const FALLBACK_SIZE = { width: 760, height: 400 };

/** The titles of a chart's axes, where the page shows them outside the chart's own drawing. */
export interface AxisTitles {
  x?: string;
  y?: string;
}

/** What a picture of a chart says besides the chart, all in the page's language. */
export interface ChartPicture {
  title: string;
  axisTitles?: AxisTitles;
  /** The chart's key, where the page's key is not part of the chart. */
  keyEntries?: readonly KeyEntry[];
  /** The explanation of protected figures, for a national user. */
  note?: string;
  /** The synthetic-data notice, where the installation runs on demo data. */
  notice?: string;
  /** Where the figures come from and how to cite them. */
  sourceLine?: string;
  /** The page's direction: in Arabic every text starts from the right. */
  dir?: 'ltr' | 'rtl';
  /** CSS @font-face rules the picture carries: an image loads no font of the page. */
  fontFaces?: string;
}

export interface SerializedChart {
  /** A standalone SVG document. */
  markup: string;
  width: number;
  height: number;
}

/**
 * The chart a download target holds: an <svg> itself, the surface a recharts wrapper draws, or else the
 * target as HTML (a heatmap, a dot plot, a map with its key).
 */
export function chartElementOf(target: Element): Element {
  if (target.namespaceURI === SVG_NS && target.localName === 'svg') return target;
  return target.querySelector('svg.recharts-surface') ?? target;
}

function viewBoxSize(element: Element): { width: number; height: number } | null {
  const parts = (element.getAttribute('viewBox') ?? '')
    .trim()
    .split(/[\s,]+/)
    .map(Number);
  const [, , width, height] = parts;
  return parts.length === 4 && width && height && width > 0 && height > 0 ? { width, height } : null;
}

/** The size the chart is drawn at on the page; its own size attributes or viewBox where nothing is laid out. */
function sizeOf(chart: Element): { width: number; height: number } {
  const box = chart.getBoundingClientRect();
  // An HTML chart may be wider than the box it scrolls in (the heatmap on a narrow screen): all of it is drawn.
  const width = Math.max(box.width, chart instanceof HTMLElement ? chart.scrollWidth : 0);
  if (width > 0 && box.height > 0) return { width: Math.round(width), height: Math.round(box.height) };
  const ownWidth = Number(chart.getAttribute('width'));
  const ownHeight = Number(chart.getAttribute('height'));
  if (ownWidth > 0 && ownHeight > 0) return { width: ownWidth, height: ownHeight };
  return viewBoxSize(chart) ?? FALLBACK_SIZE;
}

/** The chart's copy, placed at `top` in the picture at the size it is drawn at. */
function placedCopy(chart: Element, top: number, size: { width: number; height: number }, fontFamily: string) {
  const copy = cloneWithInlineStyles(chart);
  if (copy instanceof HTMLElement || copy instanceof SVGElement) copy.style.setProperty('font-family', fontFamily);
  if (copy.namespaceURI === SVG_NS) {
    for (const [name, value] of Object.entries({ x: 0, y: top, ...size })) copy.setAttribute(name, String(value));
    return copy;
  }
  if (copy instanceof HTMLElement) copy.style.setProperty('margin', '0');
  const holder = svgElement(chart.ownerDocument, 'foreignObject', { x: 0, y: top, ...size });
  holder.append(copy);
  return holder;
}

/**
 * The chart as a standalone SVG file, fit for a report: its title above it, and its y-axis title where the
 * page shows it outside the chart; a white background, every element's look inlined from the page's computed
 * styles; under it, its x-axis title, its key where the page's key is not part of the chart, the protected
 * figures' note, the synthetic-data notice and the source line. An SVG chart keeps its own viewBox in a
 * nested <svg> of the size it is drawn at; HTML (a heatmap, a dot plot, a map with its key) is carried in a
 * foreignObject.
 */
export function serializeChart(target: Element, picture: ChartPicture): SerializedChart {
  const chart = chartElementOf(target);
  const document = chart.ownerDocument;
  const { width, height } = sizeOf(chart);
  const rtl = picture.dir === 'rtl';
  const pageFont = document.defaultView?.getComputedStyle(chart).getPropertyValue('font-family') ?? '';
  const frame: PictureFrame = { document, width, rtl, fontFamily: pictureFontFamily(pageFont, rtl) };
  const parts: Element[] = [];
  let y = 0;
  const stack = (drawn: { element: Element; height: number }) => {
    if (drawn.height > 0) parts.push(drawn.element);
    y += drawn.height;
  };
  stack(drawText(frame, picture.title, y, TITLE));
  stack(drawText(frame, picture.axisTitles?.y ?? '', y, Y_AXIS_TITLE));
  stack({ element: placedCopy(chart, y, { width, height }, frame.fontFamily), height });
  stack(drawText(frame, picture.axisTitles?.x ?? '', y, X_AXIS_TITLE));
  stack(drawKey(frame, picture.keyEntries ?? [], y));
  stack(drawText(frame, picture.note ?? '', y, NOTE));
  stack(drawText(frame, picture.notice ?? '', y, NOTICE));
  stack(drawText(frame, picture.sourceLine ?? '', y, SOURCE));

  // XMLSerializer writes the namespace declaration itself.
  const root = svgElement(document, 'svg', { width, height: y, viewBox: `0 0 ${width} ${y}` });
  const titleElement = svgElement(document, 'title');
  titleElement.textContent = picture.title;
  root.append(titleElement);
  if (picture.fontFaces) {
    const style = svgElement(document, 'style');
    style.textContent = picture.fontFaces;
    root.append(style);
  }
  root.append(svgElement(document, 'rect', { width, height: y, fill: '#ffffff' }), ...parts);
  return { markup: new XMLSerializer().serializeToString(root), width, height: y };
}
