import {
  DIMENSIONS,
  type Answers,
  type AssessmentListQuery,
  type AssessmentStatus,
  type Comments,
  type Dimension,
  type Level,
  type Scores,
} from '@cpc/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AssessmentEntity, DimensionScoreEntity, ItemPointsEntity } from '../db/entities/index.js';
import { updateReturning } from '../common/update-returning.js';
import type { AssessmentSource } from '../db/entities/assessment.entity.js';

export interface NewAssessment {
  country: string;
  year: number;
  status: AssessmentStatus;
  answers: Answers;
  comments?: Comments;
  scores: Scores | null;
  source: AssessmentSource;
  submittedAt?: Date | null;
}

/** An assessment as stored, without its answers: what a list shows. */
export interface StoredAssessmentSummary {
  id: string;
  country: string;
  year: number;
  status: AssessmentStatus;
  version: number;
  scores: Scores | null;
  returnComment: string | null;
  submittedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  source: AssessmentSource;
}

export interface StoredAssessment extends StoredAssessmentSummary {
  answers: Answers;
  comments: Comments;
}

/** The row as locked for a write: what the checks and the history need. */
export interface LockedAssessment {
  id: string;
  country: string;
  year: number;
  status: AssessmentStatus;
  version: number;
  answers: Answers;
  comments: Comments;
}

export interface DimensionScores {
  assessmentId: string;
  scores: Scores;
}

interface AssessmentRow {
  id: string;
  country_iso3: string;
  year: number;
  status: AssessmentStatus;
  version: number;
  answers?: Answers;
  comments?: Comments;
  methodology_version: string | null;
  overall_index: number | null;
  computed_level: number | null;
  self_level: number | null;
  return_comment: string | null;
  submitted_at: Date | null;
  created_at: Date;
  updated_at: Date;
  source: AssessmentSource;
  dimensions: Partial<Record<Dimension, number>> | null;
  items: Record<string, number> | null;
}

const INSERT_CHUNK = 500;

function selectAssessments(withAnswers: boolean): string {
  return `
    SELECT a.id, a.country_iso3, a.year, a.status, a.version, ${withAnswers ? 'a.answers, a.comments,' : ''}
           a.methodology_version, a.overall_index, a.computed_level, a.self_level, a.return_comment,
           a.submitted_at, a.created_at, a.updated_at, a.source,
           (SELECT json_object_agg(s.dimension, s.score) FROM assessment_dimension_scores s
             WHERE s.assessment_id = a.id) AS dimensions,
           (SELECT json_object_agg(p.code, p.points) FROM assessment_item_points p
             WHERE p.assessment_id = a.id) AS items
    FROM assessments a`;
}

@Injectable()
export class AssessmentRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async countAssessments(): Promise<number> {
    return this.dataSource.getRepository(AssessmentEntity).count();
  }

  /** Refreshes the planner's statistics after a bulk load, so the analytics queries get good plans. */
  async analyzeTables(): Promise<void> {
    await this.dataSource.query('ANALYZE assessments, assessment_dimension_scores, assessment_item_points');
  }

  /** One assessment with its answers and stored scores; `manager` reads inside a transaction. */
  async findAssessment(id: string, manager?: EntityManager): Promise<StoredAssessment | null> {
    const rows: AssessmentRow[] = await (manager ?? this.dataSource).query(
      `${selectAssessments(true)} WHERE a.id = $1`,
      [id],
    );
    return rows[0] ? toStoredAssessment(rows[0]) : null;
  }

  /** Summaries matching the optional filters, newest year first. */
  async findAssessmentSummaries(filter: AssessmentListQuery): Promise<StoredAssessmentSummary[]> {
    const conditions: string[] = [];
    const params: unknown[] = [];
    const where = (sql: string, value: unknown) => {
      params.push(value);
      conditions.push(sql.replace('?', `$${params.length}`));
    };
    if (filter.country !== undefined) where('a.country_iso3 = ?', filter.country);
    if (filter.year !== undefined) where('a.year = ?', filter.year);
    if (filter.status !== undefined) where('a.status = ?', filter.status);
    const rows: AssessmentRow[] = await this.dataSource.query(
      `${selectAssessments(false)} ${conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : ''}
       ORDER BY a.year DESC, a.country_iso3`,
      params,
    );
    return rows.map(toSummary);
  }

  /** The assessment's row, locked until the transaction ends, so that concurrent writes queue up. */
  async lockAssessment(manager: EntityManager, id: string): Promise<LockedAssessment | null> {
    const rows: AssessmentRow[] = await manager.query(
      `SELECT id, country_iso3, year, status, version, answers, comments FROM assessments WHERE id = $1 FOR UPDATE`,
      [id],
    );
    return rows[0] ? toLocked(rows[0]) : null;
  }

  /** A new draft at version 1; null when the country already has an assessment for that year. */
  async insertDraft(
    manager: EntityManager,
    draft: { country: string; year: number; answers: Answers; comments: Comments },
  ): Promise<string | null> {
    const rows: { id: string }[] = await manager.query(
      `INSERT INTO assessments (country_iso3, year, status, answers, comments, source)
       VALUES ($1, $2, 'draft', $3::jsonb, $4::jsonb, 'entered')
       ON CONFLICT ON CONSTRAINT uq_assessments_country_year DO NOTHING
       RETURNING id`,
      [draft.country, draft.year, JSON.stringify(draft.answers), JSON.stringify(draft.comments)],
    );
    return rows[0]?.id ?? null;
  }

  /**
   * Replaces the answers and comments, only if the stored version is still `expectedVersion`. Stored scores
   * are cleared when `clearScores` (they described answers that no longer exist). The new version, or null.
   */
  async updateAnswers(
    manager: EntityManager,
    change: { id: string; expectedVersion: number; answers: Answers; comments: Comments; clearScores: boolean },
  ): Promise<number | null> {
    const clear = change.clearScores
      ? ', methodology_version = NULL, overall_index = NULL, computed_level = NULL, self_level = NULL'
      : '';
    const rows = await updateReturning<{ version: number }>(
      manager,
      `UPDATE assessments SET answers = $3::jsonb, comments = $4::jsonb, version = version + 1, updated_at = now()${clear}
       WHERE id = $1 AND version = $2
       RETURNING version`,
      [change.id, change.expectedVersion, JSON.stringify(change.answers), JSON.stringify(change.comments)],
    );
    if (rows[0] && change.clearScores) await this.deleteDimensionScores(manager, [change.id]);
    return rows[0]?.version ?? null;
  }

  /** Marks the assessment submitted with its scores (per-dimension rows replaced); the new version. */
  async storeSubmission(manager: EntityManager, id: string, scores: Scores): Promise<number> {
    const rows = await updateReturning<{ version: number }>(
      manager,
      `UPDATE assessments
       SET status = 'submitted', methodology_version = $2, overall_index = $3, computed_level = $4, self_level = $5,
           submitted_at = now(), version = version + 1, updated_at = now()
       WHERE id = $1
       RETURNING version`,
      [id, scores.methodologyVersion, scores.overall, scores.level, scores.selfLevel],
    );
    await this.replaceDimensionScores(manager, [{ assessmentId: id, scores }]);
    return versionOf(rows, id);
  }

  /** Moves the assessment to `status` (validated, returned), with the analyst's comment on a return. */
  async updateStatus(
    manager: EntityManager,
    id: string,
    status: AssessmentStatus,
    returnComment?: string,
  ): Promise<number> {
    const rows = await updateReturning<{ version: number }>(
      manager,
      `UPDATE assessments
       SET status = $2, return_comment = COALESCE($3, return_comment), version = version + 1, updated_at = now()
       WHERE id = $1
       RETURNING version`,
      [id, status, returnComment ?? null],
    );
    return versionOf(rows, id);
  }

  /** Inserts assessments with their per-dimension and per-item score rows, in chunks; the ids in input order. */
  async insertScored(manager: EntityManager, assessments: NewAssessment[]): Promise<string[]> {
    const ids: string[] = [];
    for (let i = 0; i < assessments.length; i += INSERT_CHUNK) {
      const chunk = assessments.slice(i, i + INSERT_CHUNK);
      const result = await manager.getRepository(AssessmentEntity).insert(chunk.map(toEntity));
      const chunkIds = result.identifiers.map((identifier) => String(identifier.id));
      ids.push(...chunkIds);
      const scored = chunk.flatMap((a, k) => (a.scores ? [{ assessmentId: chunkIds[k] ?? '', scores: a.scores }] : []));
      await this.insertDimensionScores(manager, scored);
    }
    return ids;
  }

  /** Scored assessments stored before per-item points existed. */
  async findScoredWithoutItemPoints(): Promise<{ id: string; answers: Answers }[]> {
    return this.dataSource.query(
      `SELECT a.id, a.answers FROM assessments a
       WHERE a.overall_index IS NOT NULL
         AND NOT EXISTS (SELECT 1 FROM assessment_item_points p WHERE p.assessment_id = a.id)`,
    );
  }

  async insertItemPoints(
    manager: EntityManager,
    rows: { assessmentId: string; code: string; points: number }[],
  ): Promise<void> {
    for (let j = 0; j < rows.length; j += INSERT_CHUNK * 20) {
      await manager.getRepository(ItemPointsEntity).insert(rows.slice(j, j + INSERT_CHUNK * 20));
    }
  }

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  /** Deletes and re-inserts the per-dimension and per-item score rows of these assessments. */
  async replaceDimensionScores(manager: EntityManager, scored: DimensionScores[]): Promise<void> {
    await this.deleteDimensionScores(
      manager,
      scored.map((s) => s.assessmentId),
    );
    await this.insertDimensionScores(manager, scored);
  }

  private async deleteDimensionScores(manager: EntityManager, ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    await manager.query('DELETE FROM assessment_dimension_scores WHERE assessment_id = ANY($1::uuid[])', [ids]);
    await manager.query('DELETE FROM assessment_item_points WHERE assessment_id = ANY($1::uuid[])', [ids]);
  }

  private async insertDimensionScores(manager: EntityManager, scored: DimensionScores[]): Promise<void> {
    const rows = scored.flatMap(({ assessmentId, scores }) =>
      DIMENSIONS.map((dimension) => ({ assessmentId, dimension, score: scores.dimensions[dimension] })),
    );
    for (let j = 0; j < rows.length; j += INSERT_CHUNK * DIMENSIONS.length) {
      await manager.getRepository(DimensionScoreEntity).insert(rows.slice(j, j + INSERT_CHUNK * DIMENSIONS.length));
    }
    const itemRows = scored.flatMap(({ assessmentId, scores }) =>
      Object.entries(scores.items).map(([code, points]) => ({ assessmentId, code, points })),
    );
    await this.insertItemPoints(manager, itemRows);
  }
}

function versionOf(rows: { version: number }[], id: string): number {
  const row = rows[0];
  // The row is locked by the caller's transaction, so it cannot have gone.
  if (!row) throw new Error(`assessment ${id} vanished inside its transaction`);
  return row.version;
}

function toEntity(a: NewAssessment): Partial<AssessmentEntity> {
  return {
    countryIso3: a.country,
    year: a.year,
    status: a.status,
    answers: a.answers,
    comments: a.comments ?? {},
    methodologyVersion: a.scores?.methodologyVersion ?? null,
    overallIndex: a.scores?.overall ?? null,
    computedLevel: a.scores?.level ?? null,
    selfLevel: a.scores?.selfLevel ?? null,
    submittedAt: a.submittedAt ?? (a.status === 'draft' ? null : historicalSubmission(a.year)),
    source: a.source,
  };
}

function scoresOf(row: AssessmentRow): Scores | null {
  if (row.overall_index === null || row.computed_level === null || row.methodology_version === null) return null;
  // Submissions and imports always store the nine rows; a missing one (hand-made data) reads as 0.
  const stored = row.dimensions ?? {};
  const dimensions = Object.fromEntries(DIMENSIONS.map((d) => [d, stored[d] ?? 0])) as Record<Dimension, number>;
  return {
    methodologyVersion: row.methodology_version,
    overall: row.overall_index,
    level: row.computed_level as Level,
    selfLevel: row.self_level as Level | null,
    dimensions,
    items: row.items ?? {},
  };
}

function toSummary(row: AssessmentRow): StoredAssessmentSummary {
  return {
    id: row.id,
    country: row.country_iso3,
    year: row.year,
    status: row.status,
    version: row.version,
    scores: scoresOf(row),
    returnComment: row.return_comment,
    submittedAt: row.submitted_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    source: row.source,
  };
}

function toStoredAssessment(row: AssessmentRow): StoredAssessment {
  return { ...toSummary(row), answers: row.answers ?? {}, comments: row.comments ?? {} };
}

function toLocked(row: AssessmentRow): LockedAssessment {
  return {
    id: row.id,
    country: row.country_iso3,
    year: row.year,
    status: row.status,
    version: row.version,
    answers: row.answers ?? {},
    comments: row.comments ?? {},
  };
}

/** For rows loaded without a submission time (demo data): mid-year, and never in the future. */
function historicalSubmission(year: number): Date {
  return new Date(Math.min(Date.UTC(year, 5, 30), Date.now()));
}
