import { DIMENSIONS, type Answers, type Scores } from '@cpc/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { DimensionScoreEntity, ItemPointsEntity } from '../db/entities/index.js';
import {
  DELETE_DIMENSION_SCORES_SQL,
  DELETE_ITEM_POINTS_SQL,
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

/** Rows per insert statement: far below PostgreSQL's 65,535 parameters. */
const INSERT_CHUNK_ROWS = 5000;

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
    for (const chunk of chunks(dimensionRows)) await manager.getRepository(DimensionScoreEntity).insert(chunk);
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
    for (const chunk of chunks(rows)) await manager.getRepository(ItemPointsEntity).insert(chunk);
  }

  /** Scored assessments stored before per-item points existed. */
  async findScoredWithoutItemPoints(): Promise<{ id: string; answers: Answers }[]> {
    return this.dataSource.query(SCORED_WITHOUT_ITEM_POINTS_SQL);
  }
}

function chunks<T>(rows: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += INSERT_CHUNK_ROWS) out.push(rows.slice(i, i + INSERT_CHUNK_ROWS));
  return out;
}
