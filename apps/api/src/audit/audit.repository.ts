import type { AuditAction, AuditEntry, AuditListQuery } from '@cpc/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AUDIT_PAGE_SQL, COUNT_AUDIT_ENTRIES_SQL, INSERT_AUDIT_ENTRY_SQL } from './audit.sql.js';

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
    await this.dataSource.query(INSERT_AUDIT_ENTRY_SQL, [
      entry.userId,
      entry.email,
      entry.role,
      entry.action,
      entry.method,
      entry.path,
      entry.query,
      entry.status,
    ]);
  }

  /** Newest first; `total` counts every match. */
  async findAuditEntries(query: AuditListQuery): Promise<{ entries: AuditEntry[]; total: number }> {
    const filters = [query.action ?? null, query.email ?? null];
    const [rows, counted] = await Promise.all([
      this.dataSource.query<AuditRow[]>(AUDIT_PAGE_SQL, [...filters, query.limit, query.offset]),
      this.dataSource.query<{ total: string }[]>(COUNT_AUDIT_ENTRIES_SQL, filters),
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
