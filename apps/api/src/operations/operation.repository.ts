import type { Activity, Lead, OperationListQuery, Programme } from '@cpc/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { OperationSource } from '../db/entities/operation.entity.js';
import {
  ADD_PARTICIPANTS_SQL,
  ANALYZE_OPERATIONS_SQL,
  CODE_EXISTS_SQL,
  COUNT_LISTED_OPERATIONS_SQL,
  COUNT_OPERATIONS_SQL,
  DELETE_OPERATION_SQL,
  INSERT_OPERATIONS_SQL,
  LOCK_IMPORTS_SQL,
  LOCK_OPERATIONS_BY_CODE_SQL,
  LOCK_OPERATION_SQL,
  OPERATIONS_PAGE_SQL,
  OPERATION_SQL,
  REMOVE_PARTICIPANTS_SQL,
  REPORTED_AMONG_SQL,
  UPDATE_OPERATIONS_SQL,
  VACUUM_ROLLUPS_SQL,
} from './operation.sql.js';

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
    await tx.query(LOCK_IMPORTS_SQL);
  }

  /**
   * After a large import: fresh planner statistics, and the rollups vacuumed, since every import rewrites
   * their rows in place and a bloated rollup is read more slowly until autovacuum comes by.
   */
  async analyzeTables(): Promise<void> {
    await this.dataSource.query(VACUUM_ROLLUPS_SQL);
    await this.dataSource.query(ANALYZE_OPERATIONS_SQL);
  }

  async countOperations(): Promise<number> {
    const rows: { n: string }[] = await this.dataSource.query(COUNT_OPERATIONS_SQL);
    return Number(rows[0]?.n ?? 0);
  }

  async findOperation(id: string): Promise<StoredOperation | null> {
    const rows: OperationRow[] = await this.dataSource.query(OPERATION_SQL, [id]);
    return rows[0] ? toStored(rows[0]) : null;
  }

  /** Newest end date first; `total` counts every match before limit and offset. */
  async findOperations(filter: OperationListFilter): Promise<{ operations: StoredOperation[]; total: number }> {
    const params = filterParams(filter);
    const [rows, counted] = await Promise.all([
      this.dataSource.query<OperationRow[]>(OPERATIONS_PAGE_SQL, [...params, filter.limit, filter.offset]),
      this.dataSource.query<{ total: string }[]>(COUNT_LISTED_OPERATIONS_SQL, params),
    ]);
    return { operations: rows.map(toStored), total: Number(counted[0]?.total ?? 0) };
  }

  async codeExists(code: string, exceptId: string | null): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(CODE_EXISTS_SQL, [code, exceptId]);
    return rows.length > 0;
  }

  async insertOperation(tx: EntityManager, fields: OperationFields, source: OperationSource): Promise<string> {
    const ids = await this.insertOperations(tx, [fields], source);
    return ids[0] ?? '';
  }

  /** Many operations in one statement; ids come back in the order given. */
  async insertOperations(tx: EntityManager, list: OperationFields[], source: OperationSource): Promise<string[]> {
    const rows: { id: string }[] = await tx.query(INSERT_OPERATIONS_SQL, [...operationColumns(list), source]);
    return rows.map((r) => r.id);
  }

  /** Rewrites the fields of many operations (by id) in one statement. */
  async updateOperations(tx: EntityManager, list: (OperationFields & { id: string })[]): Promise<void> {
    if (list.length === 0) return;
    await tx.query(UPDATE_OPERATIONS_SQL, [...operationColumns(list), list.map((o) => o.id)]);
  }

  async deleteOperation(tx: EntityManager, id: string): Promise<void> {
    await tx.query(DELETE_OPERATION_SQL, [id]);
  }

  /** Which of these participants have reported a result. */
  async reportedAmong(tx: EntityManager, operationId: string, countries: string[]): Promise<string[]> {
    if (countries.length === 0) return [];
    const rows: { country: string }[] = await tx.query(REPORTED_AMONG_SQL, [operationId, countries]);
    return rows.map((r) => r.country);
  }

  async lockOperation(tx: EntityManager, id: string): Promise<LockedOperation | null> {
    const rows: OperationRow[] = await tx.query(LOCK_OPERATION_SQL, [id]);
    return rows[0] ? toLocked(rows[0]) : null;
  }

  /** The operations of these codes, locked for the import's writes. */
  async lockOperationsByCode(tx: EntityManager, codes: string[]): Promise<Map<string, LockedOperation>> {
    const rows: OperationRow[] = await tx.query(LOCK_OPERATIONS_BY_CODE_SQL, [codes]);
    return new Map(rows.map((r) => [r.code, toLocked(r)]));
  }

  /** Adds participants; those already there stay. */
  async addParticipants(tx: EntityManager, pairs: { operationId: string; country: string }[]): Promise<void> {
    if (pairs.length === 0) return;
    await tx.query(ADD_PARTICIPANTS_SQL, [pairs.map((p) => p.operationId), pairs.map((p) => p.country)]);
  }

  async removeParticipants(tx: EntityManager, operationId: string, countries: string[]): Promise<void> {
    if (countries.length === 0) return;
    await tx.query(REMOVE_PARTICIPANTS_SQL, [operationId, countries]);
  }
}

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
