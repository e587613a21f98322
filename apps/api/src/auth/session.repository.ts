import type { Role } from '@cpc/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { SessionEntity } from '../db/entities/index.js';
import type { AuthenticatedUser } from './principal.js';

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
    await this.dataSource.getRepository(SessionEntity).insert({ userId, tokenHash, expiresAt });
  }

  /** The session and its user, when the session is unexpired, unrevoked and its user enabled. */
  async findActiveSession(tokenHash: string): Promise<ActiveSession | null> {
    const rows: ActiveSessionRow[] = await this.dataSource.query(
      `SELECT s.id AS session_id, s.expires_at, u.id AS user_id, u.email, u.role, u.country_iso3
       FROM sessions s JOIN users u ON u.id = s.user_id
       WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > now() AND NOT u.disabled`,
      [tokenHash],
    );
    const row = rows[0];
    if (!row) return null;
    return {
      user: { id: row.user_id, email: row.email, role: row.role, country: row.country_iso3, sessionId: row.session_id },
      expiresAt: row.expires_at,
    };
  }

  async revokeSession(sessionId: string): Promise<void> {
    await this.dataSource.getRepository(SessionEntity).update({ id: sessionId }, { revokedAt: new Date() });
  }

  async revokeUserSessions(userId: string): Promise<void> {
    await this.dataSource.query('UPDATE sessions SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL', [
      userId,
    ]);
  }
}
