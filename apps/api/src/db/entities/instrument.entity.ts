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
import { CountryEntity } from './country.entity.js';
import { UserEntity } from './user.entity.js';
import { TimeOrderedId } from './time-ordered-id.js';

export const INSTRUMENT_SOURCES = ['entered', 'imported', 'demo'] as const;
export type InstrumentSource = (typeof INSTRUMENT_SOURCES)[number];

/**
 * The cooperation instruments register: one row per agreement, committee, liaison post, training, joint unit
 * or year of INTERPOL access. The fields common to every kind are columns (the analytics and the cross-checks
 * filter on them); the kind's own fields are `details`, checked by the domain's schemas before every write.
 */
@Entity('instruments')
@Unique('uq_instruments_natural_key', ['naturalKey'])
@Index('ix_instruments_country_kind_from', ['countryIso3', 'kind', 'validFrom'])
@Check(
  'ck_instruments_kind',
  `"kind" IN ('agreement', 'committee', 'liaison_officer', 'training', 'joint_unit', 'interpol_access')`,
)
@Check('ck_instruments_dates', `"valid_to" IS NULL OR "valid_to" >= "valid_from"`)
@Check('ck_instruments_source', `"source" IN ('entered', 'imported', 'demo')`)
export class InstrumentEntity {
  @TimeOrderedId()
  id: string;

  @Column({ name: 'country_iso3', type: 'char', length: 3 })
  countryIso3: string;

  @ManyToOne(() => CountryEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'country_iso3', foreignKeyConstraintName: 'fk_instruments_country' })
  country?: Relation<CountryEntity>;

  @Column({ type: 'text' })
  kind: string;

  @Column({ type: 'text' })
  title: string;

  /** Signed, established, started or held. */
  @Column({ name: 'valid_from', type: 'date' })
  validFrom: string;

  /** Null while in force or ongoing. */
  @Column({ name: 'valid_to', type: 'date', nullable: true })
  validTo: string | null;

  /** The kind's own fields, without `kind`. */
  @Column({ type: 'jsonb' })
  details: Record<string, unknown>;

  @Column({ type: 'text', nullable: true })
  notes: string | null;

  /** The kind's identifying fields, lower-cased and trimmed: what makes an import idempotent. */
  @Column({ name: 'natural_key', type: 'text' })
  naturalKey: string;

  @Column({ type: 'text', default: 'entered' })
  source: InstrumentSource;

  @Column({ type: 'int', default: 1 })
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by', foreignKeyConstraintName: 'fk_instruments_creator' })
  creator?: Relation<UserEntity>;
}
