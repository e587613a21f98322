/** pg returns numeric aggregates as strings or long floats; responses carry numbers to 4 decimals. */
export function toNumber(value: unknown): number | null {
  if (value === null || value === undefined) return null;
  const n = typeof value === 'number' ? value : Number(value);
  return Number.isFinite(n) ? Math.round(n * 1e4) / 1e4 : null;
}
