import {
  WAITING_THRESHOLDS,
  type Answers,
  type AssessmentFacet,
  type AssessmentFacets,
  type AssessmentStatus,
  type Comments,
  type Level,
} from '@cpc/domain';
import { ASSESSMENT_FACETS_SQL } from './assessment-list.sql.js';
import { listFilterParams, type ListFilter } from './list-filter.js';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { updateReturning } from '../common/update-returning.js';
import {
  assessmentRecords,
  toLocked,
  toStoredAssessment,
  toSummary,
  versionOf,
  type AssessmentRow,
  type LockedAssessment,
  type NewAssessment,
  type StoredAssessment,
  type StoredAssessmentSummary,
} from './assessment-rows.js';
import {
  ANALYZE_ASSESSMENTS_SQL,
  ASSESSMENT_SQL,
  ASSESSMENT_SUMMARIES_SQL,
  COUNT_ASSESSMENTS_SQL,
  INSERT_ASSESSMENTS_SQL,
  INSERT_DRAFT_SQL,
  LOCK_ASSESSMENT_SQL,
  MARK_SUBMITTED_SQL,
  UPDATE_STATUS_SQL,
  updateAnswersSql,
} from './assessment.sql.js';

export type { LockedAssessment, NewAssessment, StoredAssessment, StoredAssessmentSummary } from './assessment-rows.js';

/**
 * The assessment rows: reads (with their scores under every methodology version), the lock every write starts
 * with, and the writes of the row itself (answers, status, A.18's level). The scores are ScoresRepository's.
 */
@Injectable()
export class AssessmentRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async countAssessments(): Promise<number> {
    const rows: { n: number }[] = await this.dataSource.query(COUNT_ASSESSMENTS_SQL);
    return rows[0]?.n ?? 0;
  }

  /**
   * Refreshes the planner's statistics within a bulk load's transaction, which they count (its own rows are
   * visible to it): the refresh at its commit then plans from them. Statistics taken from the tables as they
   * were, e.g. by autovacuum after a dry run rolled back, read them as empty: joins planned for one row each
   * made a 5,000-row import's commit take minutes instead of seconds.
   */
  async analyzeTables(tx: EntityManager): Promise<void> {
    await tx.query(ANALYZE_ASSESSMENTS_SQL);
  }

  /** One assessment with its answers and stored scores; `manager` reads inside a transaction. */
  async findAssessment(id: string, manager?: EntityManager): Promise<StoredAssessment | null> {
    const rows: AssessmentRow[] = await (manager ?? this.dataSource).query(ASSESSMENT_SQL, [id]);
    return rows[0] ? toStoredAssessment(rows[0]) : null;
  }

  /** Summaries matching the optional filters, newest year first. */
  async findAssessmentSummaries(filter: ListFilter): Promise<StoredAssessmentSummary[]> {
    const rows: AssessmentRow[] = await this.dataSource.query(ASSESSMENT_SUMMARIES_SQL, listFilterParams(filter));
    return rows.map(toSummary);
  }

  /** For each filter, how many assessments each of its values lists under the other filters. */
  async countAssessmentFacets(filter: ListFilter): Promise<AssessmentFacets> {
    const rows: { facet: AssessmentFacet; value: string; count: number }[] = await this.dataSource.query(
      ASSESSMENT_FACETS_SQL,
      [...listFilterParams(filter), WAITING_THRESHOLDS],
    );
    const facets: AssessmentFacets = { region: [], country: [], year: [], status: [], waitingDays: [] };
    for (const { facet, value, count } of rows) facets[facet].push({ value, count });
    return facets;
  }

  /** The assessment's row, locked until the transaction ends, so that concurrent writes queue up. */
  async lockAssessment(manager: EntityManager, id: string): Promise<LockedAssessment | null> {
    const rows: AssessmentRow[] = await manager.query(LOCK_ASSESSMENT_SQL, [id]);
    return rows[0] ? toLocked(rows[0]) : null;
  }

  /** A new draft at version 1; null when the country already has an assessment for that year. */
  async insertDraft(
    manager: EntityManager,
    draft: { country: string; year: number; answers: Answers; comments: Comments },
  ): Promise<string | null> {
    const rows: { id: string }[] = await manager.query(INSERT_DRAFT_SQL, [
      draft.country,
      draft.year,
      JSON.stringify(draft.answers),
      JSON.stringify(draft.comments),
    ]);
    return rows[0]?.id ?? null;
  }

  /**
   * Replaces the answers and comments, only if the stored version is still `expectedVersion`. The row's scores
   * are cleared when `clearScores` (they described answers that no longer exist). The new version, or null.
   */
  async updateAnswers(
    manager: EntityManager,
    change: { id: string; expectedVersion: number; answers: Answers; comments: Comments; clearScores: boolean },
  ): Promise<number | null> {
    const rows = await updateReturning<{ version: number }>(manager, updateAnswersSql(change.clearScores), [
      change.id,
      change.expectedVersion,
      JSON.stringify(change.answers),
      JSON.stringify(change.comments),
    ]);
    return rows[0]?.version ?? null;
  }

  /** Marks the assessment submitted, with its A.18 level on the row (its scores are ScoresRepository's); the new version. */
  async markSubmitted(manager: EntityManager, id: string, selfLevel: Level | null): Promise<number> {
    const rows = await updateReturning<{ version: number }>(manager, MARK_SUBMITTED_SQL, [id, selfLevel]);
    return versionOf(rows, id);
  }

  /** Moves the assessment to `status` (validated, returned), with the analyst's comment on a return. */
  async updateStatus(
    manager: EntityManager,
    id: string,
    status: AssessmentStatus,
    returnComment?: string,
  ): Promise<number> {
    const rows = await updateReturning<{ version: number }>(manager, UPDATE_STATUS_SQL, [
      id,
      status,
      returnComment ?? null,
    ]);
    return versionOf(rows, id);
  }

  /** Inserts assessment rows in one statement (their scores are ScoresRepository's); the ids in input order. */
  async insertAssessments(manager: EntityManager, assessments: NewAssessment[]): Promise<string[]> {
    if (assessments.length === 0) return [];
    const rows: { id: string }[] = await manager.query(INSERT_ASSESSMENTS_SQL, [assessmentRecords(assessments)]);
    return rows.map((r) => r.id);
  }
}
