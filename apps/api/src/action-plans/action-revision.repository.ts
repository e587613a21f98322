import type { Action, ActionRevision, ActionRevisionKind } from '@cpc/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { INSERT_ACTION_REVISIONS_SQL, ACTION_REVISIONS_SQL } from './action-revision.sql.js';

/** One line of the plan's history, written in the same transaction as the change it records. */
export interface NewActionRevision {
  actionId: string;
  /** The version after the write (the last one, for a deletion). */
  revision: number;
  actor: { id: string; email: string };
  action: ActionRevisionKind;
  before: Action | null;
  after: Action | null;
}

interface RevisionRow {
  revision: number;
  at: Date;
  actor_id: string | null;
  actor_email: string;
  action: ActionRevisionKind;
  before: Action | null;
  after: Action | null;
}

const json = (record: Action | null): string | null => (record === null ? null : JSON.stringify(record));

@Injectable()
export class ActionRevisionRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The history lines, in one statement. */
  async insertRevisions(manager: EntityManager, revisions: NewActionRevision[]): Promise<void> {
    if (revisions.length === 0) return;
    await manager.query(INSERT_ACTION_REVISIONS_SQL, [
      revisions.map((r) => r.actionId),
      revisions.map((r) => r.revision),
      revisions.map((r) => r.actor.id),
      revisions.map((r) => r.actor.email),
      revisions.map((r) => r.action),
      revisions.map((r) => json(r.before)),
      revisions.map((r) => json(r.after)),
    ]);
  }

  /** The action's revisions, oldest first (a deleted action's included). */
  async findRevisions(actionId: string): Promise<ActionRevision[]> {
    const rows: RevisionRow[] = await this.dataSource.query(ACTION_REVISIONS_SQL, [actionId]);
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
