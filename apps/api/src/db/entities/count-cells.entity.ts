import { Column, Entity, PrimaryColumn } from 'typeorm';
import { cellKey } from './cell-key.js';
import { factKey } from './fact-key.js';

const FACT_KEY = { primaryKeyConstraintName: 'PK_count_facts' };
const CELL_KEY = { primaryKeyConstraintName: 'PK_count_cells' };

/**
 * A current assessment's contributions to the gap or difficulty counts in an as-of year, for one status scope
 * and methodology (`*` for the difficulties, which no methodology scores): per item or option, whether it
 * counts, and its keys for the population and the count (docs/disclosure.md). Kept by
 * refresh_maturity_cells() (migration CountCells1795792000000).
 */
@Entity('count_facts')
export class CountFactEntity extends factKey('PK_count_facts') {
  /** `gap` (scored items) or `difficulty` (A.17's options). */
  @PrimaryColumn({ type: 'text', ...FACT_KEY })
  figure: string;

  /** The items or options the assessment answers, sorted; the other arrays follow them. */
  @Column({ type: 'text', array: true })
  codes: string[];

  /** 1 when the item scores below the gap threshold, or the option is picked. */
  @Column({ type: 'smallint', array: true })
  counted: number[];

  /** NULL elements for a country that shares its figures. */
  @Column({ name: 'k_assessed', type: 'double precision', array: true })
  kAssessed: (number | null)[];

  @Column({ name: 'k_counted', type: 'double precision', array: true })
  kCounted: (number | null)[];
}

/** The sums of the count facts of a region's (or ALL's) members at a year's end, moved by each refresh's difference. */
@Entity('count_cells')
export class CountCellEntity extends cellKey('PK_count_cells') {
  @PrimaryColumn({ type: 'text', ...CELL_KEY })
  figure: string;

  @PrimaryColumn({ type: 'text', ...CELL_KEY })
  code: string;

  @Column({ type: 'integer' })
  assessed: number;

  @Column({ type: 'integer' })
  counted: number;

  @Column({ name: 'assessed_units', type: 'double precision' })
  assessedUnits: number;

  @Column({ name: 'assessed_conf', type: 'integer' })
  assessedConf: number;

  @Column({ name: 'counted_units', type: 'double precision' })
  countedUnits: number;

  @Column({ name: 'counted_conf', type: 'integer' })
  countedConf: number;
}
