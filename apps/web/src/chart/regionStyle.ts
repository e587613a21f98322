import type { SymbolShape } from './symbolPath';

/**
 * Okabe–Ito hues, in the order that keeps the first regions most distinct. Orange is darkened
 * (#E69F00 → #A36F00) and sky blue and yellow are left out so every line reaches the 3:1 contrast
 * against white that WCAG asks of graphics.
 */
const REGION_COLOURS = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#000000', '#A36F00'] as const;
/** A second cue besides colour, so regions stay distinguishable in greyscale or for any colour vision. */
const REGION_SYMBOLS: readonly SymbolShape[] = ['circle', 'square', 'triangle', 'diamond', 'star', 'wye'];

const ALL_MEMBERS_COLOUR = '#595959';
export const ALL_MEMBERS_DASH = '6 4';

export interface RegionStyle {
  colour: string;
  symbol: SymbolShape;
}

export function regionStyle(index: number): RegionStyle {
  return {
    colour: REGION_COLOURS[index % REGION_COLOURS.length] ?? '#000000',
    // Shifting the symbol by one for each round of colours keeps colour+symbol pairs unique beyond six regions.
    symbol: REGION_SYMBOLS[Math.floor(index / REGION_COLOURS.length + index) % REGION_SYMBOLS.length] ?? 'circle',
  };
}

export const ALL_MEMBERS_STYLE: RegionStyle = { colour: ALL_MEMBERS_COLOUR, symbol: 'circle' };
