import type { Commodity, SeizureUnit } from '@cpc/domain';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { OperationResultEntity } from './operation-result.entity.js';

const COMMODITY_CHECK = `"commodity" IN ('cocaine', 'cannabis', 'heroin', 'synthetic_drugs', 'precursors', 'counterfeit_goods', 'medicines', 'tobacco', 'alcohol', 'wildlife', 'timber', 'cultural_goods', 'weapons', 'ammunition', 'explosives', 'currency', 'hazardous_waste', 'other')`;
const UNIT_CHECK = `"unit" IN ('kg', 'l', 'pieces', 'heads', 'usd', 'eur')`;

/** One commodity in one unit within a result: quantities in different units stay in separate rows. */
@Entity('operation_seizures')
@Check('ck_operation_seizures_commodity', COMMODITY_CHECK)
@Check('ck_operation_seizures_unit', UNIT_CHECK)
@Check('ck_operation_seizures_amounts', `"cases" >= 0 AND "quantity" >= 0`)
@Index('ix_operation_seizures_commodity', ['commodity', 'resultId'])
export class SeizureEntity {
  @PrimaryColumn({ name: 'result_id', type: 'uuid' })
  resultId: string;

  @PrimaryColumn({ type: 'text' })
  commodity: Commodity;

  @PrimaryColumn({ type: 'text' })
  unit: SeizureUnit;

  @ManyToOne(() => OperationResultEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'result_id', foreignKeyConstraintName: 'fk_operation_seizures_result' })
  result?: Relation<OperationResultEntity>;

  @Column({ type: 'int' })
  cases: number;

  @Column({ type: 'numeric', precision: 18, scale: 3 })
  quantity: string;
}

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
