/** A label at the end of a line, at the height it wants. */
export interface LineLabel {
  key: string;
  y: number;
}

/**
 * The heights of the lines' end labels, moved apart just enough that no two are closer than `gap`, and
 * kept within `[top, bottom]`: labels are placed top to bottom, each below the one before, then the run is
 * pushed back up if it ran past the bottom.
 */
export function spreadLabels(
  labels: readonly LineLabel[],
  gap: number,
  top: number,
  bottom: number,
): Map<string, number> {
  const sorted = [...labels].sort((a, b) => a.y - b.y);
  const placed: number[] = [];
  for (const label of sorted) {
    const previous = placed.at(-1);
    placed.push(Math.max(label.y, top, previous === undefined ? top : previous + gap));
  }
  const overflow = (placed.at(-1) ?? bottom) - bottom;
  if (overflow > 0) {
    for (let i = placed.length - 1; i >= 0; i--) {
      const next = placed[i + 1];
      const limit = next === undefined ? bottom : next - gap;
      placed[i] = Math.min(placed[i] ?? limit, limit);
    }
  }
  return new Map(sorted.map((label, i) => [label.key, placed[i] ?? label.y]));
}
