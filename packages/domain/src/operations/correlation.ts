/** Fewer pairs than this give no coefficient: with two points any correlation is ±1. */
export const MIN_CORRELATION_PAIRS = 3;

function mean(values: readonly number[]): number {
  return values.reduce((sum, v) => sum + v, 0) / values.length;
}

/** True when the list holds two different values (tested directly: a float mean of equal values can miss them). */
function varies(values: readonly number[]): boolean {
  return values.some((v) => v !== values[0]);
}

/** Pearson's r; null below three pairs or when either variable does not vary. */
export function pearson(xs: readonly number[], ys: readonly number[]): number | null {
  if (xs.length !== ys.length) throw new Error('pearson: the two lists differ in length');
  if (xs.length < MIN_CORRELATION_PAIRS) return null;
  if (!varies(xs) || !varies(ys)) return null;
  const mx = mean(xs);
  const my = mean(ys);
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  xs.forEach((x, i) => {
    const dx = x - mx;
    const dy = (ys[i] ?? 0) - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  });
  if (sxx === 0 || syy === 0) return null;
  return sxy / Math.sqrt(sxx * syy);
}

/** 1-based ranks, ties sharing the mean of the ranks they span. */
export function averageRanks(values: readonly number[]): number[] {
  const order = values.map((value, index) => ({ value, index })).sort((a, b) => a.value - b.value);
  const ranks = new Array<number>(values.length);
  let start = 0;
  while (start < order.length) {
    let end = start;
    while (end + 1 < order.length && order[end + 1]?.value === order[start]?.value) end++;
    const rank = (start + end) / 2 + 1;
    for (let k = start; k <= end; k++) ranks[order[k]?.index ?? 0] = rank;
    start = end + 1;
  }
  return ranks;
}

/** Spearman's ρ as Pearson's r of the average ranks, which stays right when values tie. */
export function spearman(xs: readonly number[], ys: readonly number[]): number | null {
  if (xs.length !== ys.length) throw new Error('spearman: the two lists differ in length');
  return pearson(averageRanks(xs), averageRanks(ys));
}
