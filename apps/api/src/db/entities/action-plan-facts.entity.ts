import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { cellKey } from './cell-key.js';
import { factKey } from './fact-key.js';

/**
 * A country's action plan at a year's end, for one status scope and methodology: what the actions view reads
 * of a member with a plan (analytics/plan-facts.sql.ts). Kept by refresh_maturity_cells() at each commit
 * (migration ActionPlanFacts1795797000000), for every year to MAX_YEAR in which an action counts.
 */
@Entity('action_plan_facts')
@Index('ix_action_plan_facts_year', ['year', 'scope', 'methodology'])
export class ActionPlanFactEntity extends factKey('PK_action_plan_facts') {
  @Column({ type: 'integer' })
  planned: number;

  @Column({ name: 'in_progress', type: 'integer' })
  inProgress: number;

  @Column({ type: 'integer' })
  done: number;

  @Column({ type: 'integer' })
  dropped: number;

  /** Planned or in progress, with a target before the year's end. */
  @Column({ type: 'integer' })
  overdue: number;

  /** The gaps of the current assessment (under this scope and methodology) named by an action not dropped. */
  @Column({ name: 'gaps_with_action', type: 'integer' })
  gapsWithAction: number;

  /** Whether the country keeps its figures confidential (its record carries keys). */
  @Column({ type: 'boolean' })
  confidential: boolean;

  /**
   * Each key of the record (the plan count's, then one per figure) minus the same key of the record without
   * a plan; null elements for a country that shares its figures.
   */
  @Column({ type: 'double precision', array: true })
  changes: (number | null)[];
}

/**
 * The members with a plan of a grouping's region (and ALL) at a year's end, for one status scope and
 * methodology: their count, their plan figures' sums and their key changes' sums (analytics/plan-cells.sql.ts).
 */
@Entity('plan_cells')
export class PlanCellEntity extends cellKey('PK_plan_cells') {
  @Column({ type: 'integer' })
  countries: number;

  /** Each plan figure's sum, in the order of PLAN_FIGURES. */
  @Column({ type: 'integer', array: true })
  sums: number[];

  /** Each key change's sum (action_plan_facts.changes). */
  @Column({ type: 'double precision', array: true })
  changes: number[];
}

const VALUE_KEY = { primaryKeyConstraintName: 'PK_plan_cell_values' };

/** How many confidential members with a plan of a cell have a value (above 0) of a plan figure: the largest is read here. */
@Entity('plan_cell_values')
export class PlanCellValueEntity extends cellKey('PK_plan_cell_values') {
  @PrimaryColumn({ type: 'text', ...VALUE_KEY })
  figure: string;

  @PrimaryColumn({ type: 'integer', ...VALUE_KEY })
  value: number;

  @Column({ type: 'integer' })
  members: number;
}
