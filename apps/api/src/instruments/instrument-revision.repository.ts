import type { Instrument, InstrumentRevision, InstrumentRevisionAction } from '@cpc/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { INSERT_INSTRUMENT_REVISIONS_SQL, INSTRUMENT_REVISIONS_SQL } from './instrument-revision.sql.js';

/** One line of the register's history, written in the same transaction as the change it records. */
export interface NewInstrumentRevision {
  instrumentId: string;
  /** The version after the write (the last one, for a deletion). */
  revision: number;
  actor: { id: string; email: string };
  action: InstrumentRevisionAction;
  before: Instrument | null;
  after: Instrument | null;
}

interface RevisionRow {
  revision: number;
  at: Date;
  actor_id: string | null;
  actor_email: string;
  action: InstrumentRevisionAction;
  before: Instrument | null;
  after: Instrument | null;
}

const json = (record: Instrument | null): string | null => (record === null ? null : JSON.stringify(record));

@Injectable()
export class InstrumentRevisionRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The history lines, in one statement. */
  async insertRevisions(manager: EntityManager, revisions: NewInstrumentRevision[]): Promise<void> {
    if (revisions.length === 0) return;
    await manager.query(INSERT_INSTRUMENT_REVISIONS_SQL, [
      revisions.map((r) => r.instrumentId),
      revisions.map((r) => r.revision),
      revisions.map((r) => r.actor.id),
      revisions.map((r) => r.actor.email),
      revisions.map((r) => r.action),
      revisions.map((r) => json(r.before)),
      revisions.map((r) => json(r.after)),
    ]);
  }

  /** The instrument's revisions, oldest first (a deleted instrument's included). */
  async findRevisions(instrumentId: string): Promise<InstrumentRevision[]> {
    const rows: RevisionRow[] = await this.dataSource.query(INSTRUMENT_REVISIONS_SQL, [instrumentId]);
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
