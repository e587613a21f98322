import { measureIn, PADDING, textAnchor, type PictureFrame } from './pictureText';
import { wrapText } from './textLayout';
import { svgElement } from './svgElement';

const FONT_SIZE = 12;
/** A row of single-line entries. */
const ROW_HEIGHT = 20;
/** Between the lines of one entry's name, where it is wrapped. */
const LINE_HEIGHT = 15;
const SWATCH = 12;
/** Between a swatch and its name. */
const SWATCH_GAP = 6;
/** Between two entries of a row. */
const GAP = 18;
const STRIPES_ID = 'key-stripes';

/** One entry of a chart's key: a colour and what it stands for. */
export interface KeyEntry {
  label: string;
  colour: string;
  /** Striped, as the charts draw what has no value (not assessed, withheld). */
  striped?: boolean;
  /**
   * Drawn as the chart draws it rather than as a square: a dot, a hollow marker, a dashed line, or a shaded
   * band.
   */
  mark?: 'dot' | 'ring' | 'dashed' | 'band';
}

/** Grey diagonal stripes on white, as the page's "not assessed" pattern. */
function stripes(document: Document): SVGDefsElement {
  const defs = svgElement(document, 'defs');
  const pattern = svgElement(document, 'pattern', {
    id: STRIPES_ID,
    width: 4,
    height: 4,
    patternUnits: 'userSpaceOnUse',
    patternTransform: 'rotate(45)',
  });
  pattern.append(svgElement(document, 'rect', { width: 1.5, height: 4, fill: '#737373' }));
  defs.append(pattern);
  return defs;
}

/** An entry's swatch, drawn as the chart draws what it stands for, at (x, y). */
function swatchOf(document: Document, entry: KeyEntry, x: number, y: number): SVGElement {
  const { colour } = entry;
  const middle = { x: x + SWATCH / 2, y: y + SWATCH / 2 };
  switch (entry.mark) {
    case 'dot':
      return svgElement(document, 'circle', { cx: middle.x, cy: middle.y, r: 5, fill: colour });
    case 'ring':
      return svgElement(document, 'circle', {
        cx: middle.x,
        cy: middle.y,
        r: 4.5,
        fill: '#ffffff',
        stroke: colour,
        'stroke-width': 2,
      });
    case 'dashed': {
      const line = { x1: x, x2: x + SWATCH, y1: middle.y, y2: middle.y };
      return svgElement(document, 'line', { ...line, stroke: colour, 'stroke-width': 2.5, 'stroke-dasharray': '4 2' });
    }
    case 'band':
      return svgElement(document, 'rect', { x, y, width: SWATCH, height: SWATCH, fill: colour, 'fill-opacity': 0.25 });
    case undefined: {
      const fill = entry.striped ? `url(#${STRIPES_ID})` : colour;
      return svgElement(document, 'rect', { x, y, width: SWATCH, height: SWATCH, fill, stroke: '#737373' });
    }
  }
}

/** Where an entry goes: its name's lines, how far from the starting edge, and from which y. */
interface PlacedEntry {
  entry: KeyEntry;
  lines: string[];
  offset: number;
  top: number;
}

/**
 * The entries in rows that fit the width, in reading order. A name too long for a row is wrapped on lines
 * of its own rather than cut: the long names of the WCO regions, longer still in Arabic and Spanish.
 */
function layOut(frame: PictureFrame, entries: readonly KeyEntry[], top: number) {
  const measure = measureIn(frame, FONT_SIZE);
  const room = frame.width - 2 * PADDING;
  const placed: PlacedEntry[] = [];
  let offset = 0;
  let rowTop = top + PADDING;
  let rowHeight = ROW_HEIGHT;
  for (const entry of entries) {
    const lines = wrapText(entry.label, room - SWATCH - SWATCH_GAP, measure);
    const entryWidth = SWATCH + SWATCH_GAP + Math.max(0, ...lines.map(measure));
    if (offset > 0 && (lines.length > 1 || offset + entryWidth > room)) {
      rowTop += rowHeight;
      offset = 0;
      rowHeight = ROW_HEIGHT;
    }
    placed.push({ entry, lines, offset, top: rowTop });
    rowHeight = Math.max(rowHeight, ROW_HEIGHT + (lines.length - 1) * LINE_HEIGHT);
    offset += entryWidth + GAP;
  }
  return { placed, bottom: rowTop + rowHeight };
}

/**
 * The chart's key, drawn in SVG under the picture, since the page's own key is HTML beside the chart: a
 * swatch and a name per entry, from the side the language starts from. Empty (zero height) without entries.
 */
export function drawKey(
  frame: PictureFrame,
  entries: readonly KeyEntry[],
  top: number,
): { element: SVGGElement; height: number } {
  const { document, rtl } = frame;
  const key = svgElement(document, 'g', { 'font-family': frame.fontFamily, 'font-size': FONT_SIZE });
  if (entries.length === 0) return { element: key, height: 0 };
  if (entries.some((e) => e.striped)) key.append(stripes(document));
  const { placed, bottom } = layOut(frame, entries, top);
  for (const { entry, lines, offset, top: y } of placed) {
    const swatchX = rtl ? frame.width - PADDING - offset - SWATCH : PADDING + offset;
    const anchor = textAnchor(frame, offset + SWATCH + SWATCH_GAP);
    const text = svgElement(document, 'text', { ...anchor, fill: '#1b1b1b' });
    lines.forEach((line, i) => {
      const span = svgElement(document, 'tspan', { x: anchor.x, y: y + SWATCH - 2 + i * LINE_HEIGHT });
      span.textContent = line;
      text.append(span);
    });
    key.append(swatchOf(document, entry, swatchX, y), text);
  }
  return { element: key, height: bottom - top + PADDING };
}
