import { svgElement } from './svgElement';

const FONT_SIZE = 12;
const LINE_HEIGHT = 20;
const PADDING = 8;
const SWATCH = 12;
const GAP = 18;
/** An average character of the key's font, to lay entries out in rows within the chart's width. */
const CHARACTER_WIDTH = 6.6;
const STRIPES_ID = 'key-stripes';

/** One entry of a chart's key: a colour and what it stands for. */
export interface KeyEntry {
  label: string;
  colour: string;
  /** Striped, as the charts draw what has no value (not assessed, withheld). */
  striped?: boolean;
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

/**
 * The chart's key, drawn in SVG under the picture, since the page's own key is HTML beside the chart: a
 * swatch and a label per entry, in rows that fit the width. Empty (zero height) without entries.
 */
export function drawKey(
  document: Document,
  entries: readonly KeyEntry[],
  width: number,
  top: number,
  fontFamily: string,
): { key: SVGGElement; height: number } {
  const key = svgElement(document, 'g', { 'font-family': fontFamily, 'font-size': FONT_SIZE });
  if (entries.some((e) => e.striped)) key.append(stripes(document));
  let x = PADDING;
  let row = 0;
  for (const { label, colour, striped } of entries) {
    const entryWidth = SWATCH + 6 + label.length * CHARACTER_WIDTH;
    if (x > PADDING && x + entryWidth > width - PADDING) {
      x = PADDING;
      row += 1;
    }
    const y = top + PADDING + row * LINE_HEIGHT;
    const fill = striped ? `url(#${STRIPES_ID})` : colour;
    const text = svgElement(document, 'text', { x: x + SWATCH + 6, y: y + SWATCH - 2, fill: '#1b1b1b' });
    text.textContent = label;
    key.append(svgElement(document, 'rect', { x, y, width: SWATCH, height: SWATCH, fill, stroke: '#737373' }), text);
    x += entryWidth + GAP;
  }
  return { key, height: entries.length === 0 ? 0 : (row + 1) * LINE_HEIGHT + PADDING };
}
