import { COUNT_MODULUS } from '@cpc/domain';

/**
 * SQL pieces for the offsets of confidential records (docs/disclosure.md). A record's offsets come from the
 * MD5 of the secret, the record's identity and its content: 32 hex digits, read as 8 offsets of 16 bits.
 * Content in the key means that a record whose figures change gets new offsets (so an edit does not reveal
 * its exact change), while the same figures keep theirs (so the same cell never gets new noise).
 */

/** CTE `shared(country)`: administrations that share their figures with members; their records are exact. */
export const SHARED_CTE = `
    shared AS (SELECT country_iso3 AS country FROM country_disclosures WHERE level = 'members')`;

/** The record hash of `keyExpr` (a text expression), or NULL for a country that shares its figures. */
export function recordHash(countryExpr: string, keyExpr: string): string {
  return `CASE WHEN ${countryExpr} IN (SELECT country FROM shared) THEN NULL
    ELSE md5((SELECT secret FROM disclosure_secret WHERE id = 1) || ':' || ${keyExpr}) END`;
}

/** The hash of a key for records that belong to no single country (an operation's identity). */
export function secretHash(keyExpr: string): string {
  return `md5((SELECT secret FROM disclosure_secret WHERE id = 1) || ':' || ${keyExpr})`;
}

/** Offset `k` (0–7) of a record hash as a fraction in [0, 1); NULL for a shared record. */
export function scoreOffset(hashExpr: string, k: number): string {
  return `(('x' || substr(${hashExpr}, ${4 * k + 1}, 4))::bit(16)::int / 65536.0)`;
}

/** Offset `k` (0–7) of a record hash as an integer count offset in [0, 5); NULL for a shared record. */
export function countOffset(hashExpr: string, k: number): string {
  return `floor(${scoreOffset(hashExpr, k)} * ${COUNT_MODULUS})::int`;
}

/** Σ of an offset over the rows (optionally filtered), 0 when none: `sum` ignores shared records' NULLs. */
export function offsetSum(offsetExpr: string, filter?: string): string {
  return `coalesce(sum(${offsetExpr})${filter ? ` FILTER (WHERE ${filter})` : ''}, 0)`;
}
