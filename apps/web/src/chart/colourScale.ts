import type { Cell } from '../analytics/cells';
import type { MapMetric } from '../url/pageState';

/**
 * Viridis, sampled at nine evenly spaced points: perceptually uniform, readable in greyscale and by
 * every common colour-vision deficiency. Low values are dark purple, high values yellow.
 */
export const SEQUENTIAL_STOPS = [
  '#440154',
  '#482878',
  '#3e4989',
  '#31688e',
  '#26828e',
  '#1f9e89',
  '#35b779',
  '#6ece58',
  '#fde725',
] as const;

function channels(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff];
}

function toHex([r, g, b]: [number, number, number]): string {
  return `#${[r, g, b].map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;
}

/** The colour at `t` (0–1, clamped) along the scale, interpolated between its stops. */
export function sequentialColour(t: number): string {
  const clamped = Math.min(1, Math.max(0, Number.isFinite(t) ? t : 0));
  const position = clamped * (SEQUENTIAL_STOPS.length - 1);
  const index = Math.min(SEQUENTIAL_STOPS.length - 2, Math.floor(position));
  const low = channels(SEQUENTIAL_STOPS[index] ?? SEQUENTIAL_STOPS[0]);
  const high = channels(SEQUENTIAL_STOPS[index + 1] ?? SEQUENTIAL_STOPS[0]);
  const f = position - index;
  return toHex([0, 1, 2].map((i) => (low[i] ?? 0) + ((high[i] ?? 0) - (low[i] ?? 0)) * f) as [number, number, number]);
}

/** A 0–100 index or score. */
export function indexColour(value: number): string {
  return sequentialColour(value / 100);
}

/** Level 1 to 5 of the continuum, five steps of the same scale. */
export function levelColour(level: number): string {
  return sequentialColour((level - 1) / 4);
}

/** How a map area or a heatmap cell is filled: a colour for a value, a pattern for anything else. */
export type Fill = { kind: 'colour'; colour: string } | { kind: 'notAssessed' } | { kind: 'withheld' };

export function fillFor(cell: Cell, metric: MapMetric): Fill {
  if (cell.state === 'withheld') return { kind: 'withheld' };
  if (cell.state === 'notAssessed') return { kind: 'notAssessed' };
  return { kind: 'colour', colour: metric === 'level' ? levelColour(cell.value) : indexColour(cell.value) };
}

function luminance(hex: string): number {
  const [r, g, b] = channels(hex).map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Black or white, whichever contrasts more with `background`, for a value printed on a coloured cell. */
export function textColourOn(background: string): '#000000' | '#ffffff' {
  const l = luminance(background);
  const withWhite = 1.05 / (l + 0.05);
  const withBlack = (l + 0.05) / 0.05;
  return withBlack >= withWhite ? '#000000' : '#ffffff';
}
