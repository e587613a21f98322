/** The width a text takes in the picture's font, in pixels. */
export type Measure = (text: string) => number;

/** An average character of a 12px font: the width of a text where the browser cannot measure one. */
const CHARACTER_WIDTH_PER_PIXEL = 0.55;

let measuringContext: CanvasRenderingContext2D | null | undefined;

function canvasContext(document: Document): CanvasRenderingContext2D | null {
  if (measuringContext === undefined) {
    try {
      measuringContext = document.createElement('canvas').getContext('2d');
    } catch {
      measuringContext = null;
    }
  }
  return measuringContext;
}

/**
 * Measures texts as the page draws them, in its own fonts (Arabic letters join and are not as wide as a Latin
 * average), with a canvas; by an average character width where there is no canvas to measure with.
 */
export function measurer(document: Document, fontFamily: string, size: number, weight = 400): Measure {
  const context = canvasContext(document);
  if (!context) return (text) => text.length * size * CHARACTER_WIDTH_PER_PIXEL;
  const font = `${weight} ${size}px ${fontFamily}`;
  return (text) => {
    context.font = font;
    return context.measureText(text).width;
  };
}

/** A word too long for a line, cut where it must be: a line holds as many of its characters as fit. */
function cutWord(word: string, maxWidth: number, measure: Measure): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const character of word) {
    if (piece !== '' && measure(piece + character) > maxWidth) {
      pieces.push(piece);
      piece = '';
    }
    piece += character;
  }
  return piece === '' ? pieces : [...pieces, piece];
}

/** A text cut into lines no wider than `maxWidth`, between words; nothing of it is left out. */
export function wrapText(text: string, maxWidth: number, measure: Measure): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter((w) => w !== '')) {
    const current = lines[lines.length - 1];
    if (current !== undefined && measure(`${current} ${word}`) <= maxWidth) {
      lines[lines.length - 1] = `${current} ${word}`;
    } else if (measure(word) <= maxWidth) {
      lines.push(word);
    } else {
      lines.push(...cutWord(word, maxWidth, measure));
    }
  }
  return lines;
}
