import type { Role } from '@cpc/domain';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  Unique,
  UpdateDateColumn,
  type Relation,
} from 'typeorm';
import { CountryEntity } from './country.entity.js';
import { TimeOrderedId } from './time-ordered-id.js';

@Entity('users')
@Unique('uq_users_email', ['email'])
@Check('ck_users_role', `"role" IN ('admin', 'analyst', 'coordinator', 'viewer')`)
@Check('ck_users_country', `"role" IN ('admin', 'analyst') OR "country_iso3" IS NOT NULL`)
export class UserEntity {
  @TimeOrderedId()
  id: string;

  /** Stored lower-cased. */
  @Column({ type: 'text' })
  email: string;

  /** argon2id, PHC string format. */
  @Column({ name: 'password_hash', type: 'text' })
  passwordHash: string;

  @Column({ type: 'text' })
  role: Role;

  @Column({ name: 'country_iso3', type: 'char', length: 3, nullable: true })
  countryIso3: string | null;

  @ManyToOne(() => CountryEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'country_iso3', foreignKeyConstraintName: 'fk_users_country' })
  country?: Relation<CountryEntity>;

  @Column({ type: 'boolean', default: false })
  disabled: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
