import { DIMENSIONS, type Answers, type Scores } from '@cpc/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import {
  DELETE_DIMENSION_SCORES_SQL,
  DELETE_ITEM_POINTS_SQL,
  INSERT_DIMENSION_SCORES_SQL,
  INSERT_ITEM_POINTS_SQL,
  SCORED_WITHOUT_ITEM_POINTS_SQL,
} from './score-breakdown.sql.js';

/** An assessment's scores, whose breakdown (dimension scores and item points) is stored in rows of their own. */
export interface ScoredAssessment {
  assessmentId: string;
  scores: Scores;
}

export interface ItemPointsRow {
  assessmentId: string;
  code: string;
  points: number;
}

/**
 * A score's breakdown: one `assessment_dimension_scores` row per dimension (the maturity analytics) and one
 * `assessment_item_points` row per applicable scored item (the gap analytics). Always written and removed
 * together, so that the two never describe different answers.
 */
@Injectable()
export class ScoreBreakdownRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Deletes the breakdowns of these assessments and inserts their new ones. */
  async replaceScoreBreakdowns(manager: EntityManager, scored: ScoredAssessment[]): Promise<void> {
    await this.deleteScoreBreakdowns(
      manager,
      scored.map((s) => s.assessmentId),
    );
    await this.insertScoreBreakdowns(manager, scored);
  }

  /** The dimension score rows and item point rows of these assessments. */
  async insertScoreBreakdowns(manager: EntityManager, scored: ScoredAssessment[]): Promise<void> {
    const dimensionRows = scored.flatMap(({ assessmentId, scores }) =>
      DIMENSIONS.map((dimension) => ({ assessmentId, dimension, score: scores.dimensions[dimension] })),
    );
    if (dimensionRows.length > 0)
      await manager.query(INSERT_DIMENSION_SCORES_SQL, [
        dimensionRows.map((r) => r.assessmentId),
        dimensionRows.map((r) => r.dimension),
        dimensionRows.map((r) => r.score),
      ]);
    await this.insertItemPoints(
      manager,
      scored.flatMap(({ assessmentId, scores }) =>
        Object.entries(scores.items).map(([code, points]) => ({ assessmentId, code, points })),
      ),
    );
  }

  /** Removes the breakdowns of these assessments (their scores were cleared). */
  async deleteScoreBreakdowns(manager: EntityManager, assessmentIds: string[]): Promise<void> {
    if (assessmentIds.length === 0) return;
    await manager.query(DELETE_DIMENSION_SCORES_SQL, [assessmentIds]);
    await manager.query(DELETE_ITEM_POINTS_SQL, [assessmentIds]);
  }

  async insertItemPoints(manager: EntityManager, rows: ItemPointsRow[]): Promise<void> {
    if (rows.length === 0) return;
    await manager.query(INSERT_ITEM_POINTS_SQL, [
      rows.map((r) => r.assessmentId),
      rows.map((r) => r.code),
      rows.map((r) => r.points),
    ]);
  }

  /** Scored assessments stored before per-item points existed. */
  async findScoredWithoutItemPoints(): Promise<{ id: string; answers: Answers }[]> {
    return this.dataSource.query(SCORED_WITHOUT_ITEM_POINTS_SQL);
  }
}
