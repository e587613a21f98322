import { COMPARED_COUNTRIES } from '@cpc/domain';

/** The query-string parameter of the countries compared: `?c=FRA,DEU,ESP`. */
export const COMPARED_PARAM = 'c';
const ISO3 = /^[A-Z]{3}$/;

/**
 * The countries an address compares, in its order: ISO3 codes in any case, each once, at most six. Anything
 * else is dropped on its own, as any invalid address value falls back without discarding the others.
 */
export function parseComparedCodes(search: string): string[] {
  const raw = new URLSearchParams(search).get(COMPARED_PARAM) ?? '';
  const codes: string[] = [];
  for (const part of raw.split(',')) {
    const code = part.trim().toUpperCase();
    if (ISO3.test(code) && !codes.includes(code)) codes.push(code);
  }
  return codes.slice(0, COMPARED_COUNTRIES.max);
}

/** `search` with the countries compared replaced by `codes` (the parameter left out when there are none). */
export function withComparedCodes(search: string, codes: readonly string[]): string {
  const params = new URLSearchParams(search);
  if (codes.length === 0) params.delete(COMPARED_PARAM);
  else params.set(COMPARED_PARAM, codes.join(','));
  return `?${params.toString()}`;
}

/** The countries with `code` added at the end, unless it is there already or the comparison is full. */
export function addCompared(codes: readonly string[], code: string): string[] {
  if (codes.includes(code) || codes.length >= COMPARED_COUNTRIES.max) return [...codes];
  return [...codes, code];
}

/** The countries without `code`. */
export function removeCompared(codes: readonly string[], code: string): string[] {
  return codes.filter((c) => c !== code);
}
