import type { Activity, Lead, OperationListQuery, Programme } from '@cpc/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { OperationSource } from '../db/entities/operation.entity.js';

export interface OperationFields {
  code: string;
  name: string;
  description: string | null;
  programme: Programme;
  lead: Lead;
  activities: Activity[];
  startDate: string;
  endDate: string;
}

export interface StoredOperation extends OperationFields {
  id: string;
  countries: string[];
  reportedCountries: string[];
  createdAt: Date;
  updatedAt: Date;
}

/** An operation as locked for a write. */
export interface LockedOperation extends OperationFields {
  id: string;
  endYear: number;
  countries: string[];
}

export interface OperationListFilter extends OperationListQuery {
  /** National users: only operations this country takes part in. */
  scopeCountry: string | null;
}

interface OperationRow {
  id: string;
  code: string;
  name: string;
  description: string | null;
  programme: Programme;
  lead: Lead;
  activities: Activity[];
  start_date: string;
  end_date: string;
  end_year: number;
  countries: string[];
  reported: string[];
  created_at: Date;
  updated_at: Date;
}

const SELECT_OPERATION = `
  SELECT o.id, o.code, o.name, o.description, o.programme, o.lead, o.activities,
         o.start_date::text AS start_date, o.end_date::text AS end_date, o.end_year, o.created_at, o.updated_at,
         ARRAY(SELECT c.country_iso3::text FROM operation_countries c WHERE c.operation_id = o.id ORDER BY 1) AS countries,
         ARRAY(SELECT r.country_iso3::text FROM operation_results r WHERE r.operation_id = o.id ORDER BY 1) AS reported
  FROM operations o`;

function endYearOf(date: string): number {
  return Number(date.slice(0, 4));
}

@Injectable()
export class OperationRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * One operations import at a time, until the transaction ends: a second one waits, then finds what the first
   * wrote (instead of failing on the unique code or result it would insert too).
   */
  async lockImports(tx: EntityManager): Promise<void> {
    await tx.query(`SELECT pg_advisory_xact_lock(hashtext('cpc:operations-import'))`);
  }

  /**
   * After a large import: fresh planner statistics, and the rollups vacuumed, since every import rewrites
   * their rows in place and a bloated rollup is read more slowly until autovacuum comes by.
   */
  async analyzeTables(): Promise<void> {
    await this.dataSource.query('VACUUM (ANALYZE) operation_result_rollup, operation_seizure_rollup');
    await this.dataSource.query('ANALYZE operations, operation_countries, operation_results, operation_seizures');
  }

  async countOperations(): Promise<number> {
    const rows: { n: string }[] = await this.dataSource.query('SELECT count(*) AS n FROM operations');
    return Number(rows[0]?.n ?? 0);
  }

  async findOperation(id: string): Promise<StoredOperation | null> {
    const rows: OperationRow[] = await this.dataSource.query(`${SELECT_OPERATION} WHERE o.id = $1`, [id]);
    return rows[0] ? toStored(rows[0]) : null;
  }

  /** Newest end date first; `total` counts every match before limit and offset. */
  async findOperations(filter: OperationListFilter): Promise<{ operations: StoredOperation[]; total: number }> {
    const params = filterParams(filter);
    const [rows, counted] = await Promise.all([
      this.dataSource.query<OperationRow[]>(
        `${SELECT_OPERATION} ${LIST_WHERE} ORDER BY o.end_date DESC, o.code LIMIT $8 OFFSET $9`,
        [...params, filter.limit, filter.offset],
      ),
      this.dataSource.query<{ total: string }[]>(`SELECT count(*) AS total FROM operations o ${LIST_WHERE}`, params),
    ]);
    return { operations: rows.map(toStored), total: Number(counted[0]?.total ?? 0) };
  }

  async codeExists(code: string, exceptId: string | null): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(
      `SELECT 1 FROM operations WHERE code = $1 AND ($2::uuid IS NULL OR id <> $2)`,
      [code, exceptId],
    );
    return rows.length > 0;
  }

  async insertOperation(tx: EntityManager, fields: OperationFields, source: OperationSource): Promise<string> {
    const ids = await this.insertOperations(tx, [fields], source);
    return ids[0] ?? '';
  }

  /** Many operations in one statement; ids come back in the order given. */
  async insertOperations(tx: EntityManager, list: OperationFields[], source: OperationSource): Promise<string[]> {
    const rows: { id: string }[] = await tx.query(
      `INSERT INTO operations (code, name, description, programme, lead, activities, start_date, end_date, end_year, source)
       SELECT code, name, description, programme, lead, string_to_array(activities, ';'), start_date, end_date, end_year, $10
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::date[], $8::date[], $9::int[])
         WITH ORDINALITY AS t(code, name, description, programme, lead, activities, start_date, end_date, end_year, n)
       ORDER BY n
       RETURNING id`,
      [...operationColumns(list), source],
    );
    return rows.map((r) => r.id);
  }

  /** Rewrites the fields of many operations (by id) in one statement. */
  async updateOperations(tx: EntityManager, list: (OperationFields & { id: string })[]): Promise<void> {
    if (list.length === 0) return;
    await tx.query(
      `UPDATE operations o SET code = t.code, name = t.name, description = t.description, programme = t.programme,
         lead = t.lead, activities = string_to_array(t.activities, ';'), start_date = t.start_date,
         end_date = t.end_date, end_year = t.end_year, updated_at = now()
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::date[], $8::date[], $9::int[], $10::uuid[])
         AS t(code, name, description, programme, lead, activities, start_date, end_date, end_year, id)
       WHERE o.id = t.id`,
      [...operationColumns(list), list.map((o) => o.id)],
    );
  }

  async deleteOperation(tx: EntityManager, id: string): Promise<void> {
    await tx.query(`DELETE FROM operations WHERE id = $1`, [id]);
  }

  /** Which of these participants have reported a result. */
  async reportedAmong(tx: EntityManager, operationId: string, countries: string[]): Promise<string[]> {
    if (countries.length === 0) return [];
    const rows: { country: string }[] = await tx.query(
      `SELECT country_iso3::text AS country FROM operation_results
       WHERE operation_id = $1 AND country_iso3 = ANY($2::text[]) ORDER BY 1`,
      [operationId, countries],
    );
    return rows.map((r) => r.country);
  }

  async lockOperation(tx: EntityManager, id: string): Promise<LockedOperation | null> {
    const rows: OperationRow[] = await tx.query(`${SELECT_OPERATION} WHERE o.id = $1 FOR UPDATE OF o`, [id]);
    return rows[0] ? toLocked(rows[0]) : null;
  }

  /** The operations of these codes, locked for the import's writes. */
  async lockOperationsByCode(tx: EntityManager, codes: string[]): Promise<Map<string, LockedOperation>> {
    const rows: OperationRow[] = await tx.query(
      `${SELECT_OPERATION} WHERE o.code = ANY($1::text[]) ORDER BY o.id FOR UPDATE OF o`,
      [codes],
    );
    return new Map(rows.map((r) => [r.code, toLocked(r)]));
  }

  /** Adds participants; those already there stay. */
  async addParticipants(tx: EntityManager, pairs: { operationId: string; country: string }[]): Promise<void> {
    if (pairs.length === 0) return;
    await tx.query(
      `INSERT INTO operation_countries (operation_id, country_iso3)
       SELECT * FROM unnest($1::uuid[], $2::text[]) ON CONFLICT DO NOTHING`,
      [pairs.map((p) => p.operationId), pairs.map((p) => p.country)],
    );
  }

  async removeParticipants(tx: EntityManager, operationId: string, countries: string[]): Promise<void> {
    if (countries.length === 0) return;
    await tx.query(`DELETE FROM operation_countries WHERE operation_id = $1 AND country_iso3 = ANY($2::text[])`, [
      operationId,
      countries,
    ]);
  }
}

const LIST_WHERE = `
  WHERE ($1::text IS NULL OR o.code ILIKE '%' || $1 || '%' OR o.name ILIKE '%' || $1 || '%')
    AND ($2::text IS NULL OR o.programme = $2)
    AND ($3::text IS NULL OR o.lead = $3)
    AND ($4::text IS NULL OR $4 = ANY(o.activities))
    AND ($5::text IS NULL OR EXISTS (SELECT 1 FROM operation_countries c WHERE c.operation_id = o.id AND c.country_iso3 = $5))
    AND ($6::int IS NULL OR o.end_year = $6)
    AND ($7::text IS NULL OR EXISTS (SELECT 1 FROM operation_countries c WHERE c.operation_id = o.id AND c.country_iso3 = $7))`;

function filterParams(filter: OperationListFilter): unknown[] {
  return [
    filter.q ? escapeLike(filter.q) : null,
    filter.programme ?? null,
    filter.lead ?? null,
    filter.activity ?? null,
    filter.country ?? null,
    filter.year ?? null,
    filter.scopeCountry,
  ];
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

function operationColumns(list: OperationFields[]): unknown[] {
  return [
    list.map((o) => o.code),
    list.map((o) => o.name),
    list.map((o) => o.description),
    list.map((o) => o.programme),
    list.map((o) => o.lead),
    list.map((o) => o.activities.join(';')),
    list.map((o) => o.startDate),
    list.map((o) => o.endDate),
    list.map((o) => endYearOf(o.endDate)),
  ];
}

function fieldsOf(row: OperationRow): OperationFields {
  return {
    code: row.code,
    name: row.name,
    description: row.description,
    programme: row.programme,
    lead: row.lead,
    activities: row.activities,
    startDate: row.start_date,
    endDate: row.end_date,
  };
}

function toStored(row: OperationRow): StoredOperation {
  return {
    ...fieldsOf(row),
    id: row.id,
    countries: row.countries,
    reportedCountries: row.reported,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function toLocked(row: OperationRow): LockedOperation {
  return { ...fieldsOf(row), id: row.id, endYear: row.end_year, countries: row.countries };
}
