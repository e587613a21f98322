import {
  DEFAULT_DISCLOSURE_LEVEL,
  type DisclosureChange,
  type DisclosureLevel,
  type DisclosureResponse,
} from '@cpc/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';

interface DisclosureRow {
  level: DisclosureLevel;
  updated_at: Date;
  email: string | null;
}

export const DISCLOSURE_SQL = `
  SELECT d.level, d.updated_at, u.email
  FROM country_disclosures d LEFT JOIN users u ON u.id = d.updated_by
  WHERE d.country_iso3 = $1`;

export const SHARED_COUNTRIES_SQL = `SELECT country_iso3::text AS iso3 FROM country_disclosures WHERE level = 'members'`;

export const HISTORY_SQL = `
  SELECT h.level, h.changed_at, u.email
  FROM country_disclosure_history h LEFT JOIN users u ON u.id = h.changed_by
  WHERE h.country_iso3 = $1
  ORDER BY h.changed_at DESC, h.id DESC`;

const UPSERT_SQL = `
  INSERT INTO country_disclosures (country_iso3, level, updated_at, updated_by) VALUES ($1, $2, now(), $3)
  ON CONFLICT (country_iso3) DO UPDATE SET level = EXCLUDED.level, updated_at = EXCLUDED.updated_at,
    updated_by = EXCLUDED.updated_by`;

const RECORD_CHANGE_SQL = `INSERT INTO country_disclosure_history (country_iso3, level, changed_by) VALUES ($1, $2, $3)`;

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

  /** Sets the preference and records the change, in one transaction. */
  async saveDisclosure(iso3: string, level: DisclosureLevel, userId: string): Promise<void> {
    await this.dataSource.transaction(async (tx: EntityManager) => {
      await tx.query(UPSERT_SQL, [iso3, level, userId]);
      await tx.query(RECORD_CHANGE_SQL, [iso3, level, userId]);
    });
  }
}
