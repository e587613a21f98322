/** The chart text size: 12 px, above the 11 px a phone still reads. */
export const BAR_FONT_SIZE = 12;
/** About how wide a character of the chart text is, for room to leave beside a label (generous: digits, caps). */
const CHAR_WIDTH = 7.2;
const LINE_HEIGHT = 14;
/** The most characters on one line of a category name; a longer name wraps at its spaces. */
const MAX_LINE_CHARS = 22;
const MIN_ROW_HEIGHT = 30;
const MIN_AXIS_WIDTH = 72;

/** `text` broken at its spaces into lines of at most `maxChars` (a longer word keeps a line of its own). */
export function wrapLabel(text: string, maxChars = MAX_LINE_CHARS): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= maxChars) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines.length > 0 ? lines : [''];
}

export interface BarLayout {
  /** Width of the category axis: the longest line of the names. */
  axisWidth: number;
  /** Room right of the longest bar for its value label. */
  labelRoom: number;
  /** Height of one bar's row: enough for its name's lines. */
  rowHeight: number;
}

/** Room for the names (wrapped) and the value labels, so that neither is clipped nor overlaps. */
export function barLayout(names: readonly string[], labels: readonly string[]): BarLayout {
  const wrapped = names.map((n) => wrapLabel(n));
  const longestLine = Math.max(0, ...wrapped.flat().map((line) => line.length));
  const mostLines = Math.max(1, ...wrapped.map((lines) => lines.length));
  const longestLabel = Math.max(0, ...labels.map((l) => l.length));
  return {
    axisWidth: Math.max(MIN_AXIS_WIDTH, Math.ceil(longestLine * CHAR_WIDTH) + 10),
    labelRoom: Math.ceil(longestLabel * CHAR_WIDTH) + 14,
    rowHeight: Math.max(MIN_ROW_HEIGHT, mostLines * LINE_HEIGHT + 10),
  };
}

export const BAR_LINE_HEIGHT = LINE_HEIGHT;
