import { PrimaryColumn } from 'typeorm';

/**
 * The key of the maintained cell tables kept per status scope and methodology (the maturity, count and plan
 * cells, the score counts): a region (or ALL) of a grouping in one as-of year, status scope and methodology. A
 * base class per table, for its own primary key constraint's name; a table with a finer key adds its own
 * primary columns.
 */
export function cellKey(constraint: string) {
  const key = { primaryKeyConstraintName: constraint };
  abstract class CellKey {
    @PrimaryColumn({ name: 'grouping_id', type: 'text', ...key })
    groupingId: string;

    @PrimaryColumn({ type: 'text', ...key })
    region: string;

    @PrimaryColumn({ type: 'smallint', ...key })
    year: number;

    @PrimaryColumn({ type: 'text', ...key })
    scope: string;

    @PrimaryColumn({ type: 'text', ...key })
    methodology: string;
  }
  return CellKey;
}
