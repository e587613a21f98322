import type { Role } from '@cpc/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { AuthenticatedUser } from './principal.js';
import { ACTIVE_SESSION_SQL, CREATE_SESSION_SQL, REVOKE_SESSION_SQL, REVOKE_USER_SESSIONS_SQL } from './session.sql.js';

interface ActiveSessionRow {
  session_id: string;
  user_id: string;
  email: string;
  role: Role;
  country_iso3: string | null;
  expires_at: Date;
}

export interface ActiveSession {
  user: AuthenticatedUser;
  expiresAt: Date;
}

@Injectable()
export class SessionRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async createSession(userId: string, tokenHash: string, expiresAt: Date): Promise<void> {
    await this.dataSource.query(CREATE_SESSION_SQL, [userId, tokenHash, expiresAt]);
  }

  /** The session and its user, when the session is unexpired, unrevoked and its user enabled. */
  async findActiveSession(tokenHash: string): Promise<ActiveSession | null> {
    const rows: ActiveSessionRow[] = await this.dataSource.query(ACTIVE_SESSION_SQL, [tokenHash]);
    const row = rows[0];
    if (!row) return null;
    return {
      user: { id: row.user_id, email: row.email, role: row.role, country: row.country_iso3, sessionId: row.session_id },
      expiresAt: row.expires_at,
    };
  }

  async revokeSession(sessionId: string): Promise<void> {
    await this.dataSource.query(REVOKE_SESSION_SQL, [sessionId]);
  }

  async revokeUserSessions(userId: string): Promise<void> {
    await this.dataSource.query(REVOKE_USER_SESSIONS_SQL, [userId]);
  }
}
