import type { UnitType } from '@cpc/domain';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  Unique,
  UpdateDateColumn,
  type Relation,
} from 'typeorm';
import { InstrumentEntity } from './instrument.entity.js';
import { OperationCountryEntity } from './operation-country.entity.js';
import { TimeOrderedId } from './time-ordered-id.js';

const checkPair = (db: string) =>
  `("${db}_queries" IS NULL) = ("${db}_hits" IS NULL) AND "${db}_queries" >= 0 AND "${db}_hits" >= 0 AND "${db}_hits" <= "${db}_queries"`;

/** One country's reported result in one operation. INTERPOL checks are null when not reported. */
@Entity('operation_results')
@Unique('uq_operation_results_operation_country', ['operationId', 'countryIso3'])
@Check(
  'ck_operation_results_unit_type',
  `"unit_type" IN ('airport_task_force', 'port_control_unit', 'customs', 'police', 'joint_team', 'other')`,
)
@Check(
  'ck_operation_results_counts',
  `"arrests" >= 0 AND "investigations_opened" >= 0 AND "controlled_deliveries" >= 0 AND "persons_checked" >= 0`,
)
@Check('ck_operation_results_sltd', checkPair('sltd'))
@Check('ck_operation_results_smv', checkPair('smv'))
@Check('ck_operation_results_nominal', checkPair('nominal'))
@Check('ck_operation_results_notices', checkPair('notices'))
@Index('ix_operation_results_country', ['countryIso3'])
@Index('ix_operation_results_joint_unit', ['jointUnitId'])
export class OperationResultEntity {
  @TimeOrderedId()
  id: string;

  @Column({ name: 'operation_id', type: 'uuid' })
  operationId: string;

  @Column({ name: 'country_iso3', type: 'char', length: 3 })
  countryIso3: string;

  /** Only a participant reports; the service refuses to remove a participant that has reported. */
  @ManyToOne(() => OperationCountryEntity, { onDelete: 'CASCADE' })
  @JoinColumn([
    {
      name: 'operation_id',
      referencedColumnName: 'operationId',
      foreignKeyConstraintName: 'fk_operation_results_participant',
    },
    { name: 'country_iso3', referencedColumnName: 'countryIso3' },
  ])
  participant?: Relation<OperationCountryEntity>;

  @Column({ name: 'unit_type', type: 'text' })
  unitType: UnitType;

  @Column({ name: 'unit_name', type: 'text', nullable: true })
  unitName: string | null;

  /** The register's joint unit that achieved the result (same country, in force); unlinked if deleted. */
  @Column({ name: 'joint_unit_id', type: 'uuid', nullable: true })
  jointUnitId: string | null;

  @ManyToOne(() => InstrumentEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'joint_unit_id', foreignKeyConstraintName: 'fk_operation_results_joint_unit' })
  jointUnit?: Relation<InstrumentEntity>;

  @Column({ type: 'int' })
  arrests: number;

  @Column({ name: 'investigations_opened', type: 'int' })
  investigationsOpened: number;

  @Column({ name: 'controlled_deliveries', type: 'int' })
  controlledDeliveries: number;

  @Column({ name: 'persons_checked', type: 'int' })
  personsChecked: number;

  @Column({ name: 'sltd_queries', type: 'int', nullable: true })
  sltdQueries: number | null;

  @Column({ name: 'sltd_hits', type: 'int', nullable: true })
  sltdHits: number | null;

  @Column({ name: 'smv_queries', type: 'int', nullable: true })
  smvQueries: number | null;

  @Column({ name: 'smv_hits', type: 'int', nullable: true })
  smvHits: number | null;

  @Column({ name: 'nominal_queries', type: 'int', nullable: true })
  nominalQueries: number | null;

  @Column({ name: 'nominal_hits', type: 'int', nullable: true })
  nominalHits: number | null;

  @Column({ name: 'notices_queries', type: 'int', nullable: true })
  noticesQueries: number | null;

  @Column({ name: 'notices_hits', type: 'int', nullable: true })
  noticesHits: number | null;

  /** sha256 of the domain's canonical content: a re-import leaves an identical result untouched. */
  @Column({ name: 'content_hash', type: 'text' })
  contentHash: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
