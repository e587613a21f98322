import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  UpdateDateColumn,
  type Relation,
} from 'typeorm';
import { CountryEntity } from './country.entity.js';
import { InstrumentEntity } from './instrument.entity.js';
import { UserEntity } from './user.entity.js';
import { TimeOrderedId } from './time-ordered-id.js';

export type ActionSource = 'entered' | 'demo';

/**
 * One action of a country's national action plan (issue #17). `status_history` is the dated list of its
 * statuses ([{status, date}], the last one is `status`); `done_at` is when it was last marked done (the
 * moment of the write, or the start of the `statusDate` given), what closure compares submissions with.
 */
@Entity('actions')
@Index('ix_actions_country_target', ['countryIso3', 'targetDate'])
@Check('ck_actions_lead', `"lead" IN ('customs', 'police', 'joint', 'other')`)
@Check('ck_actions_status', `"status" IN ('planned', 'in_progress', 'done', 'dropped')`)
@Check('ck_actions_dates', `"target_date" >= "start_date"`)
@Check('ck_actions_items', `cardinality("items") > 0`)
@Check('ck_actions_done_at', `("status" = 'done') = ("done_at" IS NOT NULL)`)
@Check('ck_actions_source', `"source" IN ('entered', 'demo')`)
export class ActionEntity {
  @TimeOrderedId({ primaryKeyConstraintName: 'PK_actions' })
  id: string;

  @Column({ name: 'country_iso3', type: 'char', length: 3 })
  countryIso3: string;

  @ManyToOne(() => CountryEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'country_iso3', foreignKeyConstraintName: 'fk_actions_country' })
  country?: Relation<CountryEntity>;

  @Column({ type: 'text' })
  text: string;

  /** The scored item codes it addresses. */
  @Column({ type: 'text', array: true })
  items: string[];

  @Column({ type: 'text' })
  lead: string;

  @Column({ type: 'text' })
  owner: string;

  @Column({ name: 'start_date', type: 'date' })
  startDate: string;

  @Column({ name: 'target_date', type: 'date' })
  targetDate: string;

  @Column({ type: 'text' })
  status: string;

  @Column({ name: 'status_history', type: 'jsonb' })
  statusHistory: { status: string; date: string }[];

  @Column({ name: 'done_at', type: 'timestamptz', nullable: true })
  doneAt: Date | null;

  @Column({ type: 'text', default: '' })
  notes: string;

  /** A register record (issue #16); cleared if that record is deleted. */
  @Column({ name: 'instrument_id', type: 'uuid', nullable: true })
  instrumentId: string | null;

  @ManyToOne(() => InstrumentEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'instrument_id', foreignKeyConstraintName: 'fk_actions_instrument' })
  instrument?: Relation<InstrumentEntity>;

  @Column({ name: 'analyst_comment', type: 'text', nullable: true })
  analystComment: string | null;

  @Column({ type: 'text', default: 'entered' })
  source: ActionSource;

  @Column({ type: 'int', default: 1 })
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by', foreignKeyConstraintName: 'fk_actions_creator' })
  creator?: Relation<UserEntity>;
}
