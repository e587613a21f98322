import type { Answers, AssessmentStatus, Comments, Scores } from '@cpc/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AssessmentEntity, DimensionScoreEntity } from '../db/entities/index.js';
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

const INSERT_CHUNK = 500;

@Injectable()
export class AssessmentRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async countAssessments(): Promise<number> {
    return this.dataSource.getRepository(AssessmentEntity).count();
  }

  /** Refreshes the planner's statistics after a bulk load, so the analytics queries get good plans. */
  async analyzeTables(): Promise<void> {
    await this.dataSource.query('ANALYZE assessments, assessment_dimension_scores');
  }

  /** Inserts assessments with their per-dimension score rows; the caller owns the transaction. */
  async insertScored(manager: EntityManager, assessments: NewAssessment[]): Promise<void> {
    for (let i = 0; i < assessments.length; i += INSERT_CHUNK) {
      const chunk = assessments.slice(i, i + INSERT_CHUNK);
      const result = await manager.getRepository(AssessmentEntity).insert(chunk.map(toEntity));
      const scoreRows = chunk.flatMap((a, k) => dimensionRows(String(result.identifiers[k]?.id), a.scores));
      for (let j = 0; j < scoreRows.length; j += INSERT_CHUNK * 9) {
        await manager.getRepository(DimensionScoreEntity).insert(scoreRows.slice(j, j + INSERT_CHUNK * 9));
      }
    }
  }
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
    submittedAt: a.submittedAt ?? (a.status === 'draft' ? null : new Date(Date.UTC(a.year, 11, 1))),
    source: a.source,
  };
}

function dimensionRows(assessmentId: string, scores: Scores | null): Partial<DimensionScoreEntity>[] {
  if (!scores) return [];
  return Object.entries(scores.dimensions).map(([dimension, score]) => ({ assessmentId, dimension, score }));
}
