import type { Answers } from '@cpc/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { updateReturning } from '../common/update-returning.js';
import type { ActionSource } from '../db/entities/action.entity.js';
import type { ActionRow, ActionWrite } from './action-rows.js';
import {
  ACTION_SQL,
  COUNT_ACTIONS_SQL,
  COUNTED_ASSESSMENTS_SQL,
  COUNTRY_ACTIONS_SQL,
  DELETE_ACTION_SQL,
  INSERT_ACTION_SQL,
  INSTRUMENT_COUNTRY_SQL,
  LOCK_ACTION_SQL,
  UPDATE_ACTION_SQL,
} from './action.sql.js';

/** A counted assessment of a country, as the plan reads it. */
export interface CountedAssessmentRow {
  id: string;
  year: number;
  answers: Answers;
  submitted_at: Date | null;
  points: Record<string, number>;
}

const columnsOf = (w: ActionWrite): unknown[] => [
  w.text,
  w.items,
  w.lead,
  w.owner,
  w.start,
  w.target,
  w.status,
  JSON.stringify(w.statusHistory),
  w.doneAt,
  w.notes,
  w.instrumentId,
];

/** The plans' rows: reads, the lock every write starts with, and the writes. */
@Injectable()
export class ActionRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async countActions(): Promise<number> {
    const rows: { n: number }[] = await this.dataSource.query(COUNT_ACTIONS_SQL);
    return rows[0]?.n ?? 0;
  }

  async findCountryActions(country: string): Promise<ActionRow[]> {
    return this.dataSource.query(COUNTRY_ACTIONS_SQL, [country]);
  }

  async findAction(id: string): Promise<ActionRow | null> {
    const rows: ActionRow[] = await this.dataSource.query(ACTION_SQL, [id]);
    return rows[0] ?? null;
  }

  /** The row, locked until the transaction ends, so that concurrent writes queue up. */
  async lockAction(manager: EntityManager, id: string): Promise<ActionRow | null> {
    const rows: ActionRow[] = await manager.query(LOCK_ACTION_SQL, [id]);
    return rows[0] ?? null;
  }

  async insertAction(
    manager: EntityManager,
    write: ActionWrite,
    author: { userId: string | null; source: ActionSource },
  ): Promise<ActionRow> {
    const rows: ActionRow[] = await manager.query(INSERT_ACTION_SQL, [
      write.country,
      ...columnsOf(write),
      author.userId,
      author.source,
    ]);
    const [row] = rows;
    if (!row) throw new Error('INSERT … RETURNING gave no row');
    return row;
  }

  /** The row replaced if its version is still `version`; null when stale. */
  async updateAction(
    manager: EntityManager,
    id: string,
    version: number,
    write: ActionWrite,
  ): Promise<ActionRow | null> {
    const rows = await updateReturning<ActionRow>(manager, UPDATE_ACTION_SQL, [
      id,
      version,
      ...columnsOf(write),
      write.analystComment,
    ]);
    return rows[0] ?? null;
  }

  /** True when deleted; false when the version is stale. */
  async deleteAction(manager: EntityManager, id: string, version: number): Promise<boolean> {
    const rows = await updateReturning<{ id: string }>(manager, DELETE_ACTION_SQL, [id, version]);
    return rows.length > 0;
  }

  /** The country of a register record; null when there is no such record. */
  async instrumentCountry(id: string): Promise<string | null> {
    const rows: { country_iso3: string }[] = await this.dataSource.query(INSTRUMENT_COUNTRY_SQL, [id]);
    return rows[0]?.country_iso3 ?? null;
  }

  /** The country's submitted and validated assessments, newest year first, item points under `methodology`. */
  async findCountedAssessments(country: string, methodology: string): Promise<CountedAssessmentRow[]> {
    return this.dataSource.query(COUNTED_ASSESSMENTS_SQL, [country, methodology]);
  }
}
