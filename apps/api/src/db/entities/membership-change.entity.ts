import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { CountryEntity } from './country.entity.js';
import { GroupingEntity } from './grouping.entity.js';
import { UserEntity } from './user.entity.js';
import { TimeOrderedId } from './time-ordered-id.js';

/**
 * A change of membership an admin recorded (an accession, a move, a departure), kept in order: the stored
 * periods are the reference data's with these changes applied, so that reloading the reference data at start
 * keeps them.
 */
@Entity('membership_changes')
@Index('ix_membership_changes_grouping', ['groupingId', 'effective'])
export class MembershipChangeEntity {
  @TimeOrderedId()
  id: string;

  @Column({ name: 'grouping_id', type: 'text' })
  groupingId: string;

  @ManyToOne(() => GroupingEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'grouping_id', foreignKeyConstraintName: 'fk_membership_changes_grouping' })
  grouping?: Relation<GroupingEntity>;

  @Column({ name: 'country_iso3', type: 'char', length: 3 })
  countryIso3: string;

  @ManyToOne(() => CountryEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'country_iso3', foreignKeyConstraintName: 'fk_membership_changes_country' })
  country?: Relation<CountryEntity>;

  /** The region the country belongs to from `effective`; null: none (it left). */
  @Column({ name: 'region_code', type: 'text', nullable: true })
  regionCode: string | null;

  @Column({ type: 'date' })
  effective: string;

  @CreateDateColumn({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt: Date;

  @Column({ name: 'recorded_by', type: 'uuid', nullable: true })
  recordedBy: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'recorded_by', foreignKeyConstraintName: 'fk_membership_changes_user' })
  recorder?: Relation<UserEntity>;
}
