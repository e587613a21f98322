import { Column, Entity, PrimaryColumn } from 'typeorm';

const CELL_KEY = { primaryKeyConstraintName: 'PK_operation_cells' };

/**
 * The unfiltered operations figures of a grouping's region (or ALL) in an end year, as the operations
 * statement computes them (`figures`), and what protecting them needs (`noise`, null when no result counts).
 * Only cells with a result are kept. Kept by refresh_maturity_cells() (migration OperationCells1795795000000).
 */
@Entity('operation_cells')
export class OperationCellEntity {
  @PrimaryColumn({ name: 'grouping_id', type: 'text', ...CELL_KEY })
  groupingId: string;

  @PrimaryColumn({ type: 'smallint', ...CELL_KEY })
  year: number;

  @PrimaryColumn({ type: 'text', ...CELL_KEY })
  region: string;

  @Column({ type: 'jsonb' })
  figures: Record<string, unknown>;

  @Column({ type: 'jsonb', nullable: true })
  noise: Record<string, unknown> | null;
}
