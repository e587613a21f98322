import {
  DEFAULT_DISCLOSURE_LEVEL,
  type DisclosureChange,
  type DisclosureLevel,
  type DisclosureResponse,
} from '@cpc/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import {
  DISCLOSURE_SQL,
  HISTORY_SQL,
  RECORD_DISCLOSURE_CHANGE_SQL,
  SHARED_COUNTRIES_SQL,
  UPSERT_DISCLOSURE_SQL,
} from './disclosure.sql.js';

interface DisclosureRow {
  level: DisclosureLevel;
  updated_at: Date;
  email: string | null;
}

@Injectable()
export class DisclosureRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async findDisclosure(iso3: string): Promise<DisclosureResponse> {
    const rows: DisclosureRow[] = await this.dataSource.query(DISCLOSURE_SQL, [iso3]);
    const row = rows[0];
    if (!row) return { iso3, level: DEFAULT_DISCLOSURE_LEVEL, updatedAt: null, updatedBy: null };
    return { iso3, level: row.level, updatedAt: row.updated_at.toISOString(), updatedBy: row.email };
  }

  /** Countries whose national figures every member's national users may see. */
  async findSharedCountries(): Promise<Set<string>> {
    const rows: { iso3: string }[] = await this.dataSource.query(SHARED_COUNTRIES_SQL);
    return new Set(rows.map((r) => r.iso3));
  }

  async findHistory(iso3: string): Promise<DisclosureChange[]> {
    const rows: { level: DisclosureLevel; changed_at: Date; email: string | null }[] = await this.dataSource.query(
      HISTORY_SQL,
      [iso3],
    );
    return rows.map((r) => ({ level: r.level, changedAt: r.changed_at.toISOString(), changedBy: r.email }));
  }

  /** Sets the preference and records the change; the caller's transaction keeps the two together. */
  async saveDisclosure(tx: EntityManager, iso3: string, level: DisclosureLevel, userId: string): Promise<void> {
    await tx.query(UPSERT_DISCLOSURE_SQL, [iso3, level, userId]);
    await tx.query(RECORD_DISCLOSURE_CHANGE_SQL, [iso3, level, userId]);
  }
}
