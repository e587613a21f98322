import type { Commodity, Programme, SeizureUnit } from '@cpc/domain';
import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { ResultSums, SeizureSums } from './rollup-sums.js';

/*
 * The filtered rollups summed by grouping region (migration RegionFilterRollups1795796000000): a filtered
 * read sums region rows. Writers log each result they change with its sign (`operation_result_deltas`), and
 * the reporting rollup's statement triggers its rows (`operation_reporting_deltas`); refresh_maturity_cells()
 * adds them to the regions of their countries at commit, and sums a grouping again when its memberships change.
 */

const RESULT_KEY = { primaryKeyConstraintName: 'PK_operation_region_result_rollup' };

/** Results' outcomes by grouping, region, commodity seized (and `*`), programme, activity set and end year. */
@Entity('operation_region_result_rollup')
export class RegionResultRollupEntity extends ResultSums {
  @PrimaryColumn({ name: 'grouping_id', type: 'text', ...RESULT_KEY })
  groupingId: string;

  @PrimaryColumn({ type: 'text', ...RESULT_KEY })
  region: string;

  @PrimaryColumn({ type: 'text', ...RESULT_KEY })
  commodity: Commodity | '*';

  @PrimaryColumn({ type: 'text', ...RESULT_KEY })
  programme: Programme;

  @PrimaryColumn({ name: 'activity_set', type: 'text', ...RESULT_KEY })
  activitySet: string;

  @PrimaryColumn({ type: 'smallint', ...RESULT_KEY })
  year: number;
}

const SEIZURE_KEY = { primaryKeyConstraintName: 'PK_operation_region_seizure_rollup' };

/** Seizures by grouping, region, programme, activity set, commodity, end year and unit. */
@Entity('operation_region_seizure_rollup')
export class RegionSeizureRollupEntity extends SeizureSums {
  @PrimaryColumn({ name: 'grouping_id', type: 'text', ...SEIZURE_KEY })
  groupingId: string;

  @PrimaryColumn({ type: 'text', ...SEIZURE_KEY })
  region: string;

  @PrimaryColumn({ type: 'text', ...SEIZURE_KEY })
  programme: Programme;

  @PrimaryColumn({ name: 'activity_set', type: 'text', ...SEIZURE_KEY })
  activitySet: string;

  @PrimaryColumn({ type: 'text', ...SEIZURE_KEY })
  commodity: Commodity;

  @PrimaryColumn({ type: 'smallint', ...SEIZURE_KEY })
  year: number;

  @PrimaryColumn({ type: 'text', ...SEIZURE_KEY })
  unit: SeizureUnit;
}

/**
 * A result as it was (−1) or now is (+1), under its operation and its key, not yet summed into the regions: its
 * outcomes, the commodities it seized, and its seizure rows as parallel arrays (amounts signed).
 */
@Entity('operation_result_deltas')
export class ResultDeltaEntity extends ResultSums {
  @PrimaryGeneratedColumn('identity', {
    type: 'bigint',
    generatedIdentity: 'ALWAYS',
    primaryKeyConstraintName: 'PK_operation_result_deltas',
  })
  id: string;

  @Column({ name: 'operation_id', type: 'uuid' })
  operationId: string;

  @Column({ type: 'text' })
  programme: string;

  @Column({ name: 'activity_set', type: 'text' })
  activitySet: string;

  @Column({ type: 'smallint' })
  year: number;

  @Column({ name: 'country_iso3', type: 'char', length: 3 })
  countryIso3: string;

  @Column({ type: 'text', array: true })
  commodities: string[];

  @Column({ name: 'seizure_commodities', type: 'text', array: true })
  seizureCommodities: string[];

  @Column({ name: 'seizure_units', type: 'text', array: true })
  seizureUnits: string[];

  @Column({ name: 'seizure_cases', type: 'bigint', array: true })
  seizureCases: string[];

  @Column({ name: 'seizure_quantities', type: 'numeric', array: true })
  seizureQuantities: string[];
}

const OPERATIONS_KEY = { primaryKeyConstraintName: 'PK_operation_region_operations' };

/**
 * The operations a region (or ALL) reported a result in, by grouping, commodity seized (and `*`), programme,
 * activity set and end year: an operation has one programme and one set, so a reader sums them.
 */
@Entity('operation_region_operations')
export class RegionOperationsEntity {
  @PrimaryColumn({ name: 'grouping_id', type: 'text', ...OPERATIONS_KEY })
  groupingId: string;

  @PrimaryColumn({ type: 'text', ...OPERATIONS_KEY })
  region: string;

  @PrimaryColumn({ type: 'text', ...OPERATIONS_KEY })
  commodity: Commodity | '*';

  @PrimaryColumn({ type: 'text', ...OPERATIONS_KEY })
  programme: Programme;

  @PrimaryColumn({ name: 'activity_set', type: 'text', ...OPERATIONS_KEY })
  activitySet: string;

  @PrimaryColumn({ type: 'smallint', ...OPERATIONS_KEY })
  year: number;

  @Column({ type: 'integer' })
  operations: number;
}

/** A row of `operation_reporting_rollup` as it was (−1) or now is (+1), not yet counted in the regions. */
@Entity('operation_reporting_deltas')
export class ReportingDeltaEntity {
  @PrimaryGeneratedColumn('identity', {
    type: 'bigint',
    generatedIdentity: 'ALWAYS',
    primaryKeyConstraintName: 'PK_operation_reporting_deltas',
  })
  id: string;

  @Column({ type: 'text' })
  commodity: string;

  @Column({ type: 'text' })
  programme: string;

  @Column({ name: 'activity_set', type: 'text' })
  activitySet: string;

  @Column({ type: 'smallint' })
  year: number;

  @Column({ name: 'operation_id', type: 'uuid' })
  operationId: string;

  @Column({ type: 'text', array: true })
  countries: string[];

  @Column({ type: 'smallint' })
  sign: number;
}
