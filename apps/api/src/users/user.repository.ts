import type { Role, UserResponse } from '@cpc/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { updateReturning } from '../common/update-returning.js';
import {
  COUNT_ENABLED_ADMINS_SQL,
  INSERT_USER_SQL,
  UPDATE_USER_SQL,
  USER_BY_EMAIL_SQL,
  USER_SQL,
  USERS_SQL,
} from './user.sql.js';

export interface NewUser {
  email: string;
  passwordHash: string;
  role: Role;
  country: string | null;
}

export type UserChanges = Partial<NewUser & { disabled: boolean }>;

/** An account as sign-in checks it. */
export interface UserCredentials {
  id: string;
  email: string;
  passwordHash: string;
  role: Role;
  country: string | null;
  disabled: boolean;
}

interface UserRow {
  id: string;
  email: string;
  password_hash: string;
  role: Role;
  country_iso3: string | null;
  disabled: boolean;
  created_at: Date;
  updated_at: Date;
}

@Injectable()
export class UserRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** With the password hash: for login only. */
  async findCredentialsByEmail(email: string): Promise<UserCredentials | null> {
    const rows: UserRow[] = await this.dataSource.query(USER_BY_EMAIL_SQL, [email]);
    const row = rows[0];
    if (!row) return null;
    const { id, role, disabled } = row;
    return { id, email: row.email, passwordHash: row.password_hash, role, country: row.country_iso3, disabled };
  }

  async findUsers(): Promise<UserResponse[]> {
    const rows: UserRow[] = await this.dataSource.query(USERS_SQL);
    return rows.map(toUser);
  }

  async findUser(id: string): Promise<UserResponse | null> {
    const rows: UserRow[] = await this.dataSource.query(USER_SQL, [id]);
    return rows[0] ? toUser(rows[0]) : null;
  }

  async emailTaken(email: string, exceptId?: string): Promise<boolean> {
    const rows: UserRow[] = await this.dataSource.query(USER_BY_EMAIL_SQL, [email]);
    return rows[0] !== undefined && rows[0].id !== exceptId;
  }

  async countEnabledAdmins(): Promise<number> {
    const rows: { n: number }[] = await this.dataSource.query(COUNT_ENABLED_ADMINS_SQL);
    return rows[0]?.n ?? 0;
  }

  async insertUser(user: NewUser): Promise<UserResponse> {
    const rows: UserRow[] = await this.dataSource.query(INSERT_USER_SQL, [
      user.email,
      user.passwordHash,
      user.role,
      user.country,
    ]);
    const row = rows[0];
    if (!row) throw new Error(`the account ${user.email} was not inserted`);
    return toUser(row);
  }

  async updateUser(id: string, changes: UserChanges): Promise<UserResponse | null> {
    const rows = await updateReturning<UserRow>(this.dataSource.manager, UPDATE_USER_SQL, [
      id,
      changes.email ?? null,
      changes.passwordHash ?? null,
      changes.role ?? null,
      changes.country !== undefined,
      changes.country ?? null,
      changes.disabled ?? null,
    ]);
    return rows[0] ? toUser(rows[0]) : null;
  }
}

function toUser(row: UserRow): UserResponse {
  return {
    id: row.id,
    email: row.email,
    role: row.role,
    country: row.country_iso3,
    disabled: row.disabled,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}
