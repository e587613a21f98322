import {
  CHECK_DATABASES,
  sortSeizures,
  type DatabaseCheck,
  type ResultContent,
  type Seizure,
  type UnitType,
} from '@cpc/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import {
  DELETE_RESULT_SQL,
  DELETE_SEIZURES_OF_RESULTS_SQL,
  INSERT_RESULTS_SQL,
  INSERT_SEIZURES_SQL,
  LOCK_RESULT_KEYS_SQL,
  RESULTS_OF_OPERATION_SQL,
  RESULT_OF_OPERATION_SQL,
  UPDATE_RESULTS_SQL,
} from './operation-result.sql.js';

export interface StoredResult extends ResultContent {
  jointUnitId: string | null;
  /** The site of the joint unit, if one is named. */
  unitSite: string | null;
  id: string;
  operationId: string;
  country: string;
  createdAt: Date;
  updatedAt: Date;
}

/** A result to write: its content, its key and the hash of its canonical content. */
export interface ResultWrite extends ResultContent {
  operationId: string;
  country: string;
  contentHash: string;
}

export interface ResultKey {
  id: string;
  operationId: string;
  country: string;
  contentHash: string;
  /** The joint unit the stored result names: an import, whose layout has no unit, keeps it. */
  jointUnitId: string | null;
}

interface ResultRow {
  id: string;
  operation_id: string;
  country: string;
  unit_type: UnitType;
  unit_name: string | null;
  joint_unit_id: string | null;
  unit_site: string | null;
  arrests: number;
  investigations_opened: number;
  controlled_deliveries: number;
  persons_checked: number;
  checks: (number | null)[];
  seizures: { commodity: Seizure['commodity']; unit: Seizure['unit']; cases: number; quantity: string }[];
  created_at: Date;
  updated_at: Date;
}

@Injectable()
export class OperationResultRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** An operation's results, of one country only when `country` is given. */
  async findResults(operationId: string): Promise<StoredResult[]> {
    const rows: ResultRow[] = await this.dataSource.query(RESULTS_OF_OPERATION_SQL, [operationId]);
    return rows.map(toStoredResult);
  }

  async findResult(operationId: string, id: string, tx?: EntityManager): Promise<StoredResult | null> {
    const rows: ResultRow[] = await (tx ?? this.dataSource.manager).query(RESULT_OF_OPERATION_SQL, [operationId, id]);
    return rows[0] ? toStoredResult(rows[0]) : null;
  }

  /** The results already stored under these (operation, country) keys, locked for the write. */
  async lockResultKeys(tx: EntityManager, operationIds: string[]): Promise<Map<string, ResultKey>> {
    const rows: {
      id: string;
      operation_id: string;
      country: string;
      content_hash: string;
      joint_unit_id: string | null;
    }[] = await tx.query(LOCK_RESULT_KEYS_SQL, [operationIds]);
    return new Map(
      rows.map((r) => [
        resultKey(r.operation_id, r.country),
        {
          id: r.id,
          operationId: r.operation_id,
          country: r.country,
          contentHash: r.content_hash,
          jointUnitId: r.joint_unit_id,
        },
      ]),
    );
  }

  /** Inserts results in one statement and their seizures in another; ids come back in the order given. */
  async insertResults(tx: EntityManager, results: ResultWrite[]): Promise<string[]> {
    if (results.length === 0) return [];
    const rows: { id: string }[] = await tx.query(INSERT_RESULTS_SQL, [
      results.map((r) => r.operationId),
      results.map((r) => r.country),
      results.map((r) => r.contentHash),
      ...contentColumns(results),
    ]);
    const ids = rows.map((r) => r.id);
    await this.insertSeizures(tx, ids, results);
    return ids;
  }

  /** Rewrites results (by id) and replaces their seizures. */
  async updateResults(tx: EntityManager, updates: (ResultWrite & { id: string })[]): Promise<void> {
    if (updates.length === 0) return;
    const ids = updates.map((u) => u.id);
    await tx.query(UPDATE_RESULTS_SQL, [
      ids,
      updates.map((u) => u.country),
      updates.map((u) => u.contentHash),
      ...contentColumns(updates),
    ]);
    await tx.query(DELETE_SEIZURES_OF_RESULTS_SQL, [ids]);
    await this.insertSeizures(tx, ids, updates);
  }

  async deleteResult(tx: EntityManager, operationId: string, id: string): Promise<boolean> {
    const [, count] = await tx.query<[unknown[], number]>(DELETE_RESULT_SQL, [operationId, id]);
    return count > 0;
  }

  private async insertSeizures(tx: EntityManager, ids: string[], results: ResultContent[]): Promise<void> {
    const seized = results.flatMap((r, i) => (r.seizures.length > 0 ? [{ id: ids[i] ?? '', s: r.seizures }] : []));
    if (seized.length === 0) return;
    // Vocabulary codes and numbers: none holds a comma (INSERT_SEIZURES_SQL).
    const column = (value: (s: ResultContent['seizures'][number]) => string | number) =>
      seized.map((r) => r.s.map(value).join(','));
    await tx.query(INSERT_SEIZURES_SQL, [
      seized.map((r) => r.id),
      column((s) => s.commodity),
      column((s) => s.unit),
      column((s) => s.cases),
      column((s) => s.quantity),
    ]);
  }
}

export function resultKey(operationId: string, country: string): string {
  return `${operationId} ${country}`;
}

function checkOf(checks: DatabaseCheck[], database: string): DatabaseCheck | undefined {
  return checks.find((c) => c.database === database);
}

function contentColumns(results: ResultContent[]): unknown[] {
  return [
    results.map((r) => r.unitType),
    results.map((r) => r.unitName),
    results.map((r) => r.arrests),
    results.map((r) => r.investigationsOpened),
    results.map((r) => r.controlledDeliveries),
    results.map((r) => r.personsChecked),
    ...CHECK_DATABASES.flatMap((d) => [
      results.map((r) => checkOf(r.databaseChecks, d)?.queries ?? null),
      results.map((r) => checkOf(r.databaseChecks, d)?.hits ?? null),
    ]),
    results.map((r) => r.jointUnitId ?? null),
  ];
}

function toStoredResult(row: ResultRow): StoredResult {
  const databaseChecks = CHECK_DATABASES.flatMap((database, i): DatabaseCheck[] => {
    const queries = row.checks[2 * i];
    const hits = row.checks[2 * i + 1];
    return queries === null || queries === undefined || hits === null || hits === undefined
      ? []
      : [{ database, queries, hits }];
  });
  return {
    id: row.id,
    operationId: row.operation_id,
    country: row.country,
    unitType: row.unit_type,
    unitName: row.unit_name,
    jointUnitId: row.joint_unit_id,
    unitSite: row.unit_site,
    arrests: row.arrests,
    investigationsOpened: row.investigations_opened,
    controlledDeliveries: row.controlled_deliveries,
    personsChecked: row.persons_checked,
    databaseChecks,
    seizures: sortSeizures(row.seizures.map((s) => ({ ...s, quantity: Number(s.quantity) }))),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
