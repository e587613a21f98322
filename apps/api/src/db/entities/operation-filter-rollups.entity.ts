import type { Commodity, Programme } from '@cpc/domain';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { InstrumentEntity } from './instrument.entity.js';

/*
 * The rollups behind every operations filter (apps/api/src/operations/operation-filter-rollup.sql.ts), kept
 * like `operation_result_rollup`: writers subtract the contributions of the results they touch, write, and
 * add them back, in one transaction. A result counts under its operation's programme and activity set (its
 * activities sorted and joined by `;`), once each, so that any programme or activity sums rows without
 * counting a result twice; and under each commodity it seized and `*` (any), the primary key's prefix.
 */

/**
 * The countries reporting a result in an operation, by commodity seized (and `*`), with the operation's
 * programme, activity set and end year: a set, never repeated. The filtered views count the reporting
 * countries of each region from these sets, and the operations each region reported in.
 */
@Entity('operation_reporting_rollup')
@Index('ix_operation_reporting_rollup_operation', ['operationId'])
export class ReportingRollupEntity {
  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'PK_operation_reporting_rollup' })
  commodity: Commodity | '*';

  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'PK_operation_reporting_rollup' })
  programme: Programme;

  @PrimaryColumn({ name: 'activity_set', type: 'text', primaryKeyConstraintName: 'PK_operation_reporting_rollup' })
  activitySet: string;

  @PrimaryColumn({ type: 'smallint', primaryKeyConstraintName: 'PK_operation_reporting_rollup' })
  year: number;

  @PrimaryColumn({ name: 'operation_id', type: 'uuid', primaryKeyConstraintName: 'PK_operation_reporting_rollup' })
  operationId: string;

  @Column({ type: 'text', array: true })
  countries: string[];
}

/** Participants by programme, activity set, end year and country: operations taken part in, and reported. */
@Entity('operation_participation_rollup')
@Index('ix_operation_participation_rollup_year', ['year', 'countryIso3'])
export class ParticipationRollupEntity {
  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'PK_operation_participation_rollup' })
  programme: Programme;

  @PrimaryColumn({ name: 'activity_set', type: 'text', primaryKeyConstraintName: 'PK_operation_participation_rollup' })
  activitySet: string;

  @PrimaryColumn({ type: 'smallint', primaryKeyConstraintName: 'PK_operation_participation_rollup' })
  year: number;

  @PrimaryColumn({
    name: 'country_iso3',
    type: 'char',
    length: 3,
    primaryKeyConstraintName: 'PK_operation_participation_rollup',
  })
  countryIso3: string;

  @Column({ type: 'int' })
  operations: number;

  @Column({ type: 'int' })
  reported: number;
}

/**
 * Results linked to a joint unit of the register, by unit, country and end year. Deleting the unit unlinks its
 * results (they then count nowhere here) and takes its rows with it.
 */
@Entity('operation_unit_rollup')
@Index('ix_operation_unit_rollup_year', ['year', 'countryIso3'])
export class UnitRollupEntity {
  @PrimaryColumn({ name: 'joint_unit_id', type: 'uuid' })
  jointUnitId: string;

  @PrimaryColumn({ name: 'country_iso3', type: 'char', length: 3 })
  countryIso3: string;

  @PrimaryColumn({ type: 'smallint' })
  year: number;

  @ManyToOne(() => InstrumentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'joint_unit_id', foreignKeyConstraintName: 'fk_operation_unit_rollup_unit' })
  jointUnit?: Relation<InstrumentEntity>;

  @Column({ type: 'int' })
  results: number;

  @Column({ type: 'bigint' })
  arrests: string;

  @Column({ name: 'seizure_cases', type: 'bigint' })
  seizureCases: string;
}
