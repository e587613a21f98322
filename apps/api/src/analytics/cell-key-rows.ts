import type { CellKey } from '@cpc/domain';

/** A cell's key as `cellKeyColumns` (disclosure-keys.sql.ts) returns it: two columns of a statement's row. */
export function cellKeyOfRow(row: Record<string, unknown>, alias: string): CellKey {
  return { units: Number(row[`${alias}_units`] ?? 0), confidential: Number(row[`${alias}_conf`] ?? 0) };
}
