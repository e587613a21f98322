/** A linear map from `domain` to `range` (either may run backwards, as a y axis does). */
export function linearScale(domain: readonly [number, number], range: readonly [number, number]) {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const span = d1 - d0;
  return (value: number) => (span === 0 ? (r0 + r1) / 2 : r0 + ((value - d0) / span) * (r1 - r0));
}

/**
 * Years to label on an axis from `from` to `to`: every year when they fit in `maxTicks`, otherwise
 * every second, fifth or tenth year, always including the first and the last.
 */
export function yearTicks(from: number, to: number, maxTicks: number): number[] {
  const count = to - from + 1;
  const step = [1, 2, 5, 10, 20].find((s) => Math.ceil(count / s) <= maxTicks) ?? Math.ceil(count / maxTicks);
  const ticks: number[] = [];
  for (let y = from; y <= to; y += step) ticks.push(y);
  if (ticks[ticks.length - 1] !== to) {
    // The last year replaces a tick that would crowd it.
    if (ticks.length > 1 && to - (ticks[ticks.length - 1] ?? to) < step * 0.6) ticks.pop();
    ticks.push(to);
  }
  return ticks;
}

/**
 * Round ticks from 0 to at least `max`: a step of 1, 2 or 5 times a power of ten, at most `count` steps.
 * The last tick is the axis' top.
 */
export function niceTicks(max: number, count: number): number[] {
  if (max <= 0) return [0, 1];
  const rough = max / count;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = ([1, 2, 5, 10].find((m) => m * power >= rough) ?? 10) * power;
  const ticks: number[] = [];
  for (let t = 0; t < max + step; t += step) {
    ticks.push(Math.round(t * 1e6) / 1e6);
    if (t >= max) break;
  }
  return ticks;
}
