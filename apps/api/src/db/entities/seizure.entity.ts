import type { Commodity, SeizureUnit } from '@cpc/domain';
import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { OperationResultEntity } from './operation-result.entity.js';

export const COMMODITY_CHECK = `"commodity" IN ('cocaine', 'cannabis', 'heroin', 'synthetic_drugs', 'precursors', 'counterfeit_goods', 'medicines', 'tobacco', 'alcohol', 'wildlife', 'timber', 'cultural_goods', 'weapons', 'ammunition', 'explosives', 'currency', 'hazardous_waste', 'other')`;
export const UNIT_CHECK = `"unit" IN ('kg', 'l', 'pieces', 'heads', 'usd', 'eur')`;

/** One commodity in one unit within a result: quantities in different units stay in separate rows. */
@Entity('operation_seizures')
@Check('ck_operation_seizures_commodity', COMMODITY_CHECK)
@Check('ck_operation_seizures_unit', UNIT_CHECK)
@Check('ck_operation_seizures_amounts', `"cases" >= 0 AND "quantity" >= 0`)
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
