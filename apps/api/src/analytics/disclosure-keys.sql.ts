import type { MethodologyVersion } from '@cpc/domain';
/**
 * SQL pieces for the keys of confidential records (docs/disclosure.md). A record's keys come from the MD5 of
 * the secret, the record's identity and its content: 32 hex digits, read as 8 keys of 16 bits. Content in
 * the key means that a record whose figures change gets new keys (so an edit does not reveal its exact
 * change), while the same figures keep theirs (so the same cell never gets new noise).
 */

/**
 * The methodology whose scores the records' keys are hashed from, whatever version a figure is asked for: the
 * same cell under two versions then gets the same noise, not two independent draws whose mean would narrow it
 * (docs/disclosure.md), and v1's protected figures are what they were before versions existed.
 */
export const KEY_METHODOLOGY: MethodologyVersion = 'v1';

/** The administrations that share their figures with members (country_iso3): their records are exact. */
export const SHARING_COUNTRIES = `SELECT country_iso3 FROM country_disclosures WHERE level = 'members'`;

/** CTE `shared(country)`: SHARING_COUNTRIES, for recordHash. */
export const SHARED_CTE = `
    shared(country) AS (${SHARING_COUNTRIES})`;

const SECRET = `(SELECT secret FROM disclosure_secret WHERE id = 1)`;

/** The record hash of `keyExpr` (a text expression), or NULL for a country that shares its figures. */
export function recordHash(countryExpr: string, keyExpr: string): string {
  return `CASE WHEN ${countryExpr} IN (SELECT country FROM shared) THEN NULL ELSE md5(${SECRET} || ':' || ${keyExpr}) END`;
}

/** The hash of a key for records that belong to no single country (an operation's identity). */
export function secretHash(keyExpr: string): string {
  return `md5(${SECRET} || ':' || ${keyExpr})`;
}

/** Key `k` (0–7) of a record hash, a fraction in [0, 1); NULL for a shared record. */
export function recordKey(hashExpr: string, k: number): string {
  return `(('x' || substr(${hashExpr}, ${4 * k + 1}, 4))::bit(16)::int::float8 / 65536)`;
}

/** Σ of a key over the rows (optionally filtered), 0 when none: `sum` skips shared records' NULLs. */
export function keySum(keyExpr: string, filter?: string): string {
  return `coalesce(sum(${keyExpr})${filter ? ` FILTER (WHERE ${filter})` : ''}, 0)`;
}

/**
 * Columns `<alias>_units` and `<alias>_conf`: a cell's key and how many confidential records it holds, from a
 * record key expression (NULL for a shared record).
 */
export function cellKeyColumns(alias: string, keyExpr: string, filter?: string): string {
  const where = filter ? ` FILTER (WHERE ${filter})` : '';
  return `${keySum(keyExpr, filter)} AS "${alias}_units", count(${keyExpr})${where}::int AS "${alias}_conf"`;
}
