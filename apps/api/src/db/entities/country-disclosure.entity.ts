import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  type Relation,
} from 'typeorm';
import { CountryEntity } from './country.entity.js';
import { UserEntity } from './user.entity.js';
import { TimeOrderedId } from './time-ordered-id.js';

const LEVEL_CHECK = `"level" IN ('confidential', 'members')`;

/** An administration's disclosure preference; a country without a row is confidential. */
@Entity('country_disclosures')
@Check('ck_country_disclosures_level', LEVEL_CHECK)
export class CountryDisclosureEntity {
  @PrimaryColumn({ name: 'country_iso3', type: 'char', length: 3 })
  countryIso3: string;

  @ManyToOne(() => CountryEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'country_iso3', foreignKeyConstraintName: 'fk_country_disclosures_country' })
  country?: Relation<CountryEntity>;

  @Column({ type: 'text' })
  level: string;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @Column({ name: 'updated_by', type: 'uuid', nullable: true })
  updatedBy: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'updated_by', foreignKeyConstraintName: 'fk_country_disclosures_user' })
  updater?: Relation<UserEntity>;
}

/** Every change of a preference, kept. */
@Entity('country_disclosure_history')
@Check('ck_country_disclosure_history_level', LEVEL_CHECK)
@Index('ix_country_disclosure_history_country', ['countryIso3', 'changedAt'])
export class CountryDisclosureChangeEntity {
  @TimeOrderedId()
  id: string;

  @Column({ name: 'country_iso3', type: 'char', length: 3 })
  countryIso3: string;

  @ManyToOne(() => CountryEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'country_iso3', foreignKeyConstraintName: 'fk_country_disclosure_history_country' })
  country?: Relation<CountryEntity>;

  @Column({ type: 'text' })
  level: string;

  @CreateDateColumn({ name: 'changed_at', type: 'timestamptz' })
  changedAt: Date;

  @Column({ name: 'changed_by', type: 'uuid', nullable: true })
  changedBy: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'changed_by', foreignKeyConstraintName: 'fk_country_disclosure_history_user' })
  changer?: Relation<UserEntity>;
}

/**
 * The secret from which every record's perturbation offsets are derived (docs/disclosure.md). One row,
 * written at migration time from PostgreSQL's strong random source; no endpoint ever returns it.
 */
@Entity('disclosure_secret')
@Check('ck_disclosure_secret_single', `"id" = 1`)
export class DisclosureSecretEntity {
  @PrimaryColumn({ type: 'smallint' })
  id: number;

  @Column({ type: 'text' })
  secret: string;
}
