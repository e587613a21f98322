import type { AuditAction, AuditEntry, AuditListQuery } from '@cpc/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

export interface NewAuditEntry {
  userId: string | null;
  email: string | null;
  role: string | null;
  action: AuditAction;
  method: string;
  path: string;
  query: Record<string, string>;
  status: number;
}

interface AuditRow {
  id: string;
  at: Date;
  user_id: string | null;
  email: string | null;
  role: string | null;
  action: AuditAction;
  method: string;
  path: string;
  query: Record<string, string>;
  status: number;
}

@Injectable()
export class AuditRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async insertAuditEntry(entry: NewAuditEntry): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO audit_log (user_id, email, role, action, method, path, query, status)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [entry.userId, entry.email, entry.role, entry.action, entry.method, entry.path, entry.query, entry.status],
    );
  }

  /** Newest first; `total` counts every match. */
  async findAuditEntries(query: AuditListQuery): Promise<{ entries: AuditEntry[]; total: number }> {
    const where = `WHERE ($1::text IS NULL OR action = $1) AND ($2::text IS NULL OR lower(email) = lower($2))`;
    const filters = [query.action ?? null, query.email ?? null];
    const [rows, counted] = await Promise.all([
      this.dataSource.query<AuditRow[]>(
        `SELECT * FROM audit_log ${where} ORDER BY at DESC, id DESC LIMIT $3 OFFSET $4`,
        [...filters, query.limit, query.offset],
      ),
      this.dataSource.query<{ total: string }[]>(`SELECT count(*) AS total FROM audit_log ${where}`, filters),
    ]);
    return { entries: rows.map(toAuditEntry), total: Number(counted[0]?.total ?? 0) };
  }
}

function toAuditEntry(row: AuditRow): AuditEntry {
  return {
    id: row.id,
    at: row.at.toISOString(),
    userId: row.user_id,
    email: row.email,
    role: row.role,
    action: row.action,
    method: row.method,
    path: row.path,
    query: row.query,
    status: row.status,
  };
}
