import { ARABIC_FAMILY } from './fontFaces';
import { measurer, wrapText, type Measure } from './textLayout';
import { svgElement } from './svgElement';

/** The room around the texts drawn above and under a chart. */
export const PADDING = 8;

/**
 * Arabic is measured a tenth wider than the page draws it: a reader whose viewer ignores the font the SVG
 * carries sees it in their system's Arabic font, which may be wider; the lines still fit.
 */
const RTL_SLACK = 1.1;

/** What every text drawn around a chart shares: the picture's width, font and direction. */
export interface PictureFrame {
  document: Document;
  width: number;
  fontFamily: string;
  rtl: boolean;
}

export interface TextStyle {
  size: number;
  lineHeight: number;
  weight?: number;
  fill?: string;
  /** Room above the first line and under the last. */
  space?: { above: number; below: number };
  /** Centred on the picture (an x-axis title) rather than at the side the language starts from. */
  centred?: boolean;
}

/**
 * The font family of a picture: the page's, with Noto Sans Arabic first in Arabic, so that an SVG opened
 * outside the app, where only the family's name travels, asks for a font that joins Arabic letters.
 */
export function pictureFontFamily(pageFamily: string, rtl: boolean): string {
  const family = pageFamily.trim() || 'sans-serif';
  if (!rtl || family.replace(/["']/g, '').startsWith(ARABIC_FAMILY)) return family;
  return `'${ARABIC_FAMILY}', ${family}`;
}

/** Measures texts in the picture's font, with room to spare in Arabic. */
export function measureIn(frame: PictureFrame, size: number, weight = 400): Measure {
  const measure = measurer(frame.document, frame.fontFamily, size, weight);
  return frame.rtl ? (text) => measure(text) * RTL_SLACK : measure;
}

/** The x a line starts from, and how it is anchored there: at the right edge, right to left, in Arabic. */
export function textAnchor(frame: PictureFrame, offset: number): { x: number; [name: string]: string | number } {
  return frame.rtl
    ? { x: frame.width - PADDING - offset, 'text-anchor': 'start', direction: 'rtl' }
    : { x: PADDING + offset, 'text-anchor': 'start' };
}

/**
 * A text in as many lines as the picture's width needs, from `top`, and the height it takes (none without
 * text): at the side the language starts from, or centred.
 */
export function drawText(
  frame: PictureFrame,
  text: string,
  top: number,
  style: TextStyle,
): { element: SVGTextElement; height: number } {
  const { size, lineHeight, weight = 400, fill = '#1b1b1b', space = { above: PADDING, below: PADDING } } = style;
  const measure = measureIn(frame, size, weight);
  const lines = wrapText(text, frame.width - 2 * PADDING, measure);
  const anchor = style.centred
    ? { x: frame.width / 2, 'text-anchor': 'middle', ...(frame.rtl ? { direction: 'rtl' } : {}) }
    : textAnchor(frame, 0);
  const element = svgElement(frame.document, 'text', {
    ...anchor,
    'font-family': frame.fontFamily,
    'font-size': size,
    'font-weight': weight,
    fill,
  });
  lines.forEach((line, i) => {
    const span = svgElement(frame.document, 'tspan', { x: anchor.x, y: top + space.above + (i + 0.8) * lineHeight });
    span.textContent = line;
    element.append(span);
  });
  return { element, height: lines.length === 0 ? 0 : lines.length * lineHeight + space.above + space.below };
}
