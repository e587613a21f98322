import type { DataSource, EntityManager } from 'typeorm';

/** One line of a record's history, written in the same transaction as the change it records. */
export interface NewRecordRevision<R, A extends string> {
  recordId: string;
  /** The version after the write (the last one, for a deletion). */
  revision: number;
  actor: { id: string; email: string };
  action: A;
  before: R | null;
  after: R | null;
}

/** A line of the history as the API gives it. */
export interface RecordRevision<R, A extends string> {
  revision: number;
  at: string;
  by: { id: string | null; email: string };
  action: A;
  before: R | null;
  after: R | null;
}

interface RevisionRow<R, A extends string> {
  revision: number;
  at: Date;
  actor_id: string | null;
  actor_email: string;
  action: A;
  before: R | null;
  after: R | null;
}

/** The statements of a history table: `table` with the record's id in `key`, kept after the record is deleted. */
export interface HistorySql {
  insert: string;
  select: string;
}

/**
 * The statements of a history table of the register's shape (revision, actor, action, before and after as
 * JSON): $1 a JSON array of {record_id, revision, actor_id, actor_email, action, before, after}, one line per
 * record; and, for $1 a record id, its lines oldest first.
 */
export function historySql(table: string, key: string): HistorySql {
  return {
    insert: `
      INSERT INTO ${table} (${key}, revision, actor_id, actor_email, action, before, after)
      SELECT * FROM jsonb_to_recordset($1::jsonb)
        AS t(record_id uuid, revision int, actor_id uuid, actor_email text, action text, before jsonb, after jsonb)`,
    select: `
      SELECT revision, at, actor_id, actor_email, action, before, after
      FROM ${table}
      WHERE ${key} = $1
      ORDER BY id`,
  };
}

/**
 * A record's history (the register's instruments, the plans' actions): the same table shape, the same writes
 * and reads; each feature's repository names its table.
 */
export abstract class RecordHistoryRepository<R, A extends string> {
  protected constructor(
    private readonly dataSource: DataSource,
    private readonly sql: HistorySql,
  ) {}

  /** The history lines, in one statement. */
  async insertRevisions(manager: EntityManager, revisions: NewRecordRevision<R, A>[]): Promise<void> {
    if (revisions.length === 0) return;
    await manager.query(this.sql.insert, [
      JSON.stringify(
        revisions.map((r) => ({
          record_id: r.recordId,
          revision: r.revision,
          actor_id: r.actor.id,
          actor_email: r.actor.email,
          action: r.action,
          before: r.before,
          after: r.after,
        })),
      ),
    ]);
  }

  /** The record's revisions, oldest first (a deleted record's included). */
  async findRevisions(recordId: string): Promise<RecordRevision<R, A>[]> {
    const rows: RevisionRow<R, A>[] = await this.dataSource.query(this.sql.select, [recordId]);
    return rows.map((row) => ({
      revision: row.revision,
      at: row.at.toISOString(),
      by: { id: row.actor_id, email: row.actor_email },
      action: row.action,
      before: row.before,
      after: row.after,
    }));
  }
}
