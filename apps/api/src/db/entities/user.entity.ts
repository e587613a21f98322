import type { Role } from '@cpc/domain';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
  type Relation,
} from 'typeorm';
import { CountryEntity } from './country.entity.js';

@Entity('users')
@Unique('uq_users_email', ['email'])
@Check('ck_users_role', `"role" IN ('admin', 'analyst', 'coordinator', 'viewer')`)
@Check('ck_users_country', `"role" IN ('admin', 'analyst') OR "country_iso3" IS NOT NULL`)
export class UserEntity {
  @PrimaryGeneratedColumn('uuid')
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

  /** @deprecated Unused: failures in a row are counted per e-mail in login_attempts. To be dropped by a migration. */
  @Column({ name: 'failed_logins', type: 'int', default: 0 })
  failedLogins: number;

  /** @deprecated Unused: the sign-in lock is kept per e-mail in login_attempts. To be dropped by a migration. */
  @Column({ name: 'locked_until', type: 'timestamptz', nullable: true })
  lockedUntil: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
