import type { SymbolShape } from '../chart/symbolPath';

/** How one compared country is drawn: colour, then a marker shape and a dash, so colour is never the only cue. */
export interface SeriesStyle {
  colour: string;
  shape: SymbolShape;
  dash: string | undefined;
}

// The Okabe–Ito palette, distinguishable with the common colour-vision deficiencies; each dark enough for a
// line on white. The order keeps the first pairs far apart.
const STYLES: readonly SeriesStyle[] = [
  { colour: '#0072B2', shape: 'circle', dash: undefined },
  { colour: '#D55E00', shape: 'square', dash: '8 4' },
  { colour: '#009E73', shape: 'triangle', dash: '2 3' },
  { colour: '#CC79A7', shape: 'diamond', dash: '10 3 2 3' },
  { colour: '#8B6B00', shape: 'star', dash: '5 5' },
  { colour: '#333333', shape: 'wye', dash: '1 4' },
];

/** The style of the `index`th country compared (0-based), in the order of the address. */
export function seriesStyle(index: number): SeriesStyle {
  return STYLES[index % STYLES.length] ?? { colour: '#0072B2', shape: 'circle', dash: undefined };
}
