import type { MigrationInterface, QueryRunner } from 'typeorm';
import { stubRefresh } from './1795794000000-action-facts.js';

/**
 * How many members of each grouping region score each value of each dimension, per year, status scope and
 * methodology (issue #19), kept at each commit by refresh_maturity_cells(): a country profile's rank in its
 * region reads a few dozen rows instead of every member's facts. The app's new refresh function fills it at
 * start.
 */
export class MaturityScoreCounts1795798000000 implements MigrationInterface {
  name = 'MaturityScoreCounts1795798000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await stubRefresh(queryRunner);
    await queryRunner.query(
      `CREATE TABLE "maturity_score_counts" ("grouping_id" text NOT NULL, "region" text NOT NULL, "year" smallint NOT NULL, "scope" text NOT NULL, "methodology" text NOT NULL, "dimension" text NOT NULL, "score" double precision NOT NULL, "members" integer NOT NULL, CONSTRAINT "PK_maturity_score_counts" PRIMARY KEY ("grouping_id", "region", "year", "scope", "methodology", "dimension", "score"))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await stubRefresh(queryRunner);
    await queryRunner.query(`DROP TABLE "maturity_score_counts"`);
  }
}
