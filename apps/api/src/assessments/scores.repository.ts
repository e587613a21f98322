import { DIMENSIONS, type Answers, type MethodologyVersion, type Scores } from '@cpc/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import {
  COUNT_SCORED_WITHOUT_VERSION_SQL,
  DELETE_SCORES_SQL,
  INSERT_SCORES_SQL,
  SCORED_WITHOUT_VERSION_SQL,
} from './scores.sql.js';

/** An assessment's scores, one per methodology version, each stamped with its version. */
export interface ScoredAssessment {
  assessmentId: string;
  scores: readonly Scores[];
}

const FIRST_ID = '00000000-0000-0000-0000-000000000000';

/**
 * The scores of assessments under each methodology version: one `assessment_scores` row per version, with its
 * index, level and breakdown (each dimension's score, for the maturity analytics, and each applicable scored
 * item's points, for the gap analytics), so that they never describe different answers.
 */
@Injectable()
export class ScoresRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Deletes the scores of these assessments and inserts their new ones. */
  async replaceScores(manager: EntityManager, scored: ScoredAssessment[]): Promise<void> {
    await this.deleteScores(
      manager,
      scored.map((s) => s.assessmentId),
    );
    await this.insertScores(manager, scored);
  }

  /** The score rows of these assessments, under the versions given. */
  async insertScores(manager: EntityManager, scored: ScoredAssessment[]): Promise<void> {
    const rows = scored.flatMap(({ assessmentId, scores }) =>
      scores.map((s) => [
        assessmentId,
        s.methodologyVersion,
        s.overall,
        s.level,
        ...joined(DIMENSIONS.map((d) => [d, s.dimensions[d]])),
        ...joined(Object.entries(s.items)),
      ]),
    );
    await insertRows(manager, INSERT_SCORES_SQL, rows);
  }

  /** Removes the scores of these assessments under every version (their answers changed). */
  async deleteScores(manager: EntityManager, assessmentIds: string[]): Promise<void> {
    if (assessmentIds.length === 0) return;
    await manager.query(DELETE_SCORES_SQL, [assessmentIds]);
  }

  /** The next batch of scored assessments without scores under `version`, after `afterId` in id order. */
  async findScoredWithout(
    version: MethodologyVersion,
    limit: number,
    afterId = FIRST_ID,
  ): Promise<{ id: string; answers: Answers }[]> {
    return this.dataSource.query(SCORED_WITHOUT_VERSION_SQL, [version, afterId, limit]);
  }

  /** How many scored assessments have no scores under `version` yet. */
  async countScoredWithout(version: MethodologyVersion): Promise<number> {
    const rows: { n: number }[] = await this.dataSource.query(COUNT_SCORED_WITHOUT_VERSION_SQL, [version]);
    return rows[0]?.n ?? 0;
  }
}

/** A breakdown's codes and its numbers, each joined by commas (INSERT_SCORES_SQL). */
function joined(entries: [key: string, value: number][]): [keys: string, values: string] {
  return [entries.map(([key]) => key).join(','), entries.map(([, value]) => String(value)).join(',')];
}

/** Inserts rows with an `unnest` statement, which takes one array per column. */
async function insertRows(manager: EntityManager, sql: string, rows: unknown[][]): Promise<void> {
  const first = rows[0];
  if (first === undefined) return;
  const width = first.length;
  await manager.query(
    sql,
    Array.from({ length: width }, (_, i) => rows.map((row) => row[i])),
  );
}
