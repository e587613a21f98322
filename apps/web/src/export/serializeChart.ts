import { drawKey, type KeyEntry } from './chartKey';
import { cloneWithInlineStyles } from './inlineStyles';
import { SVG_NS, svgElement } from './svgElement';

const TITLE_FONT_SIZE = 15;
const TITLE_LINE_HEIGHT = 20;
const TITLE_PADDING = 8;
/** An average character of the title's font, to wrap the title within the chart's width. */
const TITLE_CHARACTER_WIDTH = 8;
const NOTE_FONT_SIZE = 12;
const NOTE_LINE_HEIGHT = 16;
/** An average character of the note's font. */
const NOTE_CHARACTER_WIDTH = 6.4;
/** The size of a chart that has none yet (not laid out, no size attributes, no viewBox). */
const FALLBACK_SIZE = { width: 760, height: 400 };

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

/** A text cut into lines that fit the chart's width. */
function wrapLines(title: string, width: number, characterWidth = TITLE_CHARACTER_WIDTH): string[] {
  const perLine = Math.max(20, Math.floor((width - 2 * TITLE_PADDING) / characterWidth));
  const lines: string[] = [];
  for (const word of title.split(/\s+/).filter((w) => w !== '')) {
    const current = lines[lines.length - 1];
    if (current !== undefined && current.length + 1 + word.length <= perLine)
      lines[lines.length - 1] = `${current} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/** The title, in as many lines as the width needs, and the height they take. */
function drawTitle(document: Document, title: string, width: number, fontFamily: string) {
  const lines = wrapLines(title, width);
  const heading = svgElement(document, 'text', {
    x: TITLE_PADDING,
    'font-family': fontFamily,
    'font-size': TITLE_FONT_SIZE,
    'font-weight': 600,
    fill: '#1b1b1b',
  });
  lines.forEach((line, i) => {
    const span = svgElement(document, 'tspan', { x: TITLE_PADDING, y: TITLE_PADDING + (i + 0.8) * TITLE_LINE_HEIGHT });
    span.textContent = line;
    heading.append(span);
  });
  return { heading, height: lines.length * TITLE_LINE_HEIGHT + 2 * TITLE_PADDING };
}

/** A note under the chart (the explanation of protected figures), and the height it takes; none without text. */
function drawNote(document: Document, note: string, width: number, top: number, fontFamily: string) {
  const lines = note === '' ? [] : wrapLines(note, width, NOTE_CHARACTER_WIDTH);
  const text = svgElement(document, 'text', {
    x: TITLE_PADDING,
    'font-family': fontFamily,
    'font-size': NOTE_FONT_SIZE,
    fill: '#1b1b1b',
  });
  lines.forEach((line, i) => {
    const span = svgElement(document, 'tspan', {
      x: TITLE_PADDING,
      y: top + TITLE_PADDING + (i + 0.8) * NOTE_LINE_HEIGHT,
    });
    span.textContent = line;
    text.append(span);
  });
  return { note: text, height: lines.length === 0 ? 0 : lines.length * NOTE_LINE_HEIGHT + 2 * TITLE_PADDING };
}

/**
 * The chart as a standalone SVG file: its title above it, a white background, every element's look inlined
 * from the page's computed styles, and its key under it when the page's key is not part of the chart. An
 * SVG chart keeps its own viewBox in a nested <svg> of the size it is drawn at; HTML (a heatmap, a dot plot,
 * a map with its key) is carried in a foreignObject. A note (the explanation of protected figures) goes last.
 */
export function serializeChart(
  target: Element,
  title: string,
  keyEntries: readonly KeyEntry[] = [],
  noteText = '',
): SerializedChart {
  const chart = chartElementOf(target);
  const document = chart.ownerDocument;
  const { width, height } = sizeOf(chart);
  const fontFamily = document.defaultView?.getComputedStyle(chart).getPropertyValue('font-family') || 'sans-serif';
  const { heading, height: top } = drawTitle(document, title, width, fontFamily);
  const { key, height: keyHeight } = drawKey(document, keyEntries, width, top + height, fontFamily);
  const { note, height: noteHeight } = drawNote(document, noteText, width, top + height + keyHeight, fontFamily);
  const fullHeight = top + height + keyHeight + noteHeight;

  // XMLSerializer writes the namespace declaration itself.
  const root = svgElement(document, 'svg', { width, height: fullHeight, viewBox: `0 0 ${width} ${fullHeight}` });
  const titleElement = svgElement(document, 'title');
  titleElement.textContent = title;
  root.append(titleElement, svgElement(document, 'rect', { width, height: fullHeight, fill: '#ffffff' }), heading);

  const copy = cloneWithInlineStyles(chart);
  if (copy.namespaceURI === SVG_NS) {
    copy.setAttribute('x', '0');
    copy.setAttribute('y', String(top));
    copy.setAttribute('width', String(width));
    copy.setAttribute('height', String(height));
    root.append(copy);
  } else {
    if (copy instanceof HTMLElement) copy.style.setProperty('margin', '0');
    const holder = svgElement(document, 'foreignObject', { x: 0, y: top, width, height });
    holder.append(copy);
    root.append(holder);
  }
  if (keyHeight > 0) root.append(key);
  if (noteHeight > 0) root.append(note);
  return { markup: new XMLSerializer().serializeToString(root), width, height: fullHeight };
}
