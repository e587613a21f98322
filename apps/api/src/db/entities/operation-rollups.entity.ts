import type { Commodity, SeizureUnit } from '@cpc/domain';
import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { COMMODITY_CHECK, UNIT_CHECK } from './seizure.entity.js';

/**
 * Seizures summed by country, end year, commodity and unit, kept up to date by adding and subtracting the
 * contributions of the results each write touches, in the same transaction: the unfiltered operations
 * analytics read this instead of every seizure row. A row goes when no seizure row contributes any more.
 */
@Entity('operation_seizure_rollup')
@Check('ck_operation_seizure_rollup_commodity', COMMODITY_CHECK)
@Check('ck_operation_seizure_rollup_unit', UNIT_CHECK)
@Index('ix_operation_seizure_rollup_year', ['year', 'countryIso3'])
export class SeizureRollupEntity {
  @PrimaryColumn({ name: 'country_iso3', type: 'char', length: 3 })
  countryIso3: string;

  @PrimaryColumn({ type: 'smallint' })
  year: number;

  @PrimaryColumn({ type: 'text' })
  commodity: Commodity;

  @PrimaryColumn({ type: 'text' })
  unit: SeizureUnit;

  @Column({ type: 'bigint' })
  cases: string;

  @Column({ type: 'numeric' })
  quantity: string;

  /** How many seizure rows are summed here. */
  @Column({ type: 'int' })
  seizures: number;
}

/**
 * Results summed by country and end year, kept like the seizure rollup: the unfiltered operations analytics
 * read a row per country-year here instead of every result.
 */
@Entity('operation_result_rollup')
@Index('ix_operation_result_rollup_year', ['year', 'countryIso3'])
export class ResultRollupEntity {
  @PrimaryColumn({ name: 'country_iso3', type: 'char', length: 3 })
  countryIso3: string;

  @PrimaryColumn({ type: 'smallint' })
  year: number;

  /** How many results are summed here. */
  @Column({ type: 'int' })
  results: number;

  @Column({ type: 'bigint' })
  arrests: string;

  @Column({ name: 'investigations_opened', type: 'bigint' })
  investigationsOpened: string;

  @Column({ name: 'controlled_deliveries', type: 'bigint' })
  controlledDeliveries: string;

  @Column({ name: 'persons_checked', type: 'bigint' })
  personsChecked: string;

  @Column({ name: 'sltd_queries', type: 'bigint' })
  sltdQueries: string;

  @Column({ name: 'sltd_hits', type: 'bigint' })
  sltdHits: string;

  @Column({ name: 'smv_queries', type: 'bigint' })
  smvQueries: string;

  @Column({ name: 'smv_hits', type: 'bigint' })
  smvHits: string;

  @Column({ name: 'nominal_queries', type: 'bigint' })
  nominalQueries: string;

  @Column({ name: 'nominal_hits', type: 'bigint' })
  nominalHits: string;

  @Column({ name: 'notices_queries', type: 'bigint' })
  noticesQueries: string;

  @Column({ name: 'notices_hits', type: 'bigint' })
  noticesHits: string;
}
