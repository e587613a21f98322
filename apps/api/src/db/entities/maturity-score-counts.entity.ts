import { Column, Entity, PrimaryColumn } from 'typeorm';
import { cellKey } from './cell-key.js';

const KEY = { primaryKeyConstraintName: 'PK_maturity_score_counts' };

/**
 * How many members of a region (or ALL) of a grouping score each value of a dimension in a year, for one
 * status scope and methodology: a country's rank in its region reads these few rows, not every member. Moved
 * by the difference of the maturity facts at each commit by refresh_maturity_cells() (migration
 * MaturityScoreCounts1795798000000).
 */
@Entity('maturity_score_counts')
export class MaturityScoreCountEntity extends cellKey('PK_maturity_score_counts') {
  @PrimaryColumn({ type: 'text', ...KEY })
  dimension: string;

  @PrimaryColumn({ type: 'double precision', ...KEY })
  score: number;

  /** 0 once every member that scored it has moved: such a row reads as none. */
  @Column({ type: 'integer' })
  members: number;
}
