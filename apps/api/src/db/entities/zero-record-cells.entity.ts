import { Column, Entity, PrimaryColumn } from 'typeorm';

const CELL_KEY = { primaryKeyConstraintName: 'PK_zero_record_cells' };

/**
 * For a view that keeps one record per member country-year (the instruments, the actions), the sums over a region's (or
 * ALL's) confidential members at a year's end of the keys their records have when they hold nothing
 * (docs/disclosure.md): its statement then reads only the members that hold something. Kept by
 * refresh_maturity_cells() (migration ZeroRecordCells1795793000000), MIN_YEAR to MAX_YEAR.
 */
@Entity('zero_record_cells')
export class ZeroRecordCellEntity {
  @PrimaryColumn({ name: 'grouping_id', type: 'text', ...CELL_KEY })
  groupingId: string;

  @PrimaryColumn({ name: 'record_view', type: 'text', ...CELL_KEY })
  recordView: string;

  @PrimaryColumn({ type: 'text', ...CELL_KEY })
  region: string;

  @PrimaryColumn({ type: 'smallint', ...CELL_KEY })
  year: number;

  /** The confidential members, whose records carry keys. */
  @Column({ type: 'integer' })
  conf: number;

  /** Each key's sum, in the order the view's statement reads them. */
  @Column({ type: 'double precision', array: true })
  keys: number[];
}

/** The countries that shared their figures when the zero-record cells were last summed: a change moves them. */
@Entity('zero_record_shared')
export class ZeroRecordSharedEntity {
  @PrimaryColumn({ name: 'country_iso3', type: 'char', length: 3, primaryKeyConstraintName: 'PK_zero_record_shared' })
  countryIso3: string;
}
