import type { MigrationInterface, QueryRunner } from 'typeorm';
import { stubRefresh } from './1795794000000-action-facts.js';

/**
 * The action plans' figures and record keys per country, year, status scope and methodology (issue #19), and
 * their sums per grouping region and year (`plan_cells`, with `plan_cell_values` for the largest confidential
 * value), kept at each commit by refresh_maturity_cells(): the actions view reads a row per cell instead of
 * hashing every planning member's record at each request. The app's new refresh function fills them at start.
 */
export class ActionPlanFacts1795797000000 implements MigrationInterface {
  name = 'ActionPlanFacts1795797000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await stubRefresh(queryRunner);
    await queryRunner.query(
      `CREATE TABLE "action_plan_facts" ("scope" text NOT NULL, "methodology" text NOT NULL, "year" smallint NOT NULL, "country_iso3" character(3) NOT NULL, "planned" integer NOT NULL, "in_progress" integer NOT NULL, "done" integer NOT NULL, "dropped" integer NOT NULL, "overdue" integer NOT NULL, "gaps_with_action" integer NOT NULL, "confidential" boolean NOT NULL, "changes" double precision array NOT NULL, CONSTRAINT "PK_action_plan_facts" PRIMARY KEY ("country_iso3", "year", "scope", "methodology"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_action_plan_facts_year" ON "action_plan_facts" ("year", "scope", "methodology")`,
    );
    await queryRunner.query(
      `CREATE TABLE "plan_cells" ("grouping_id" text NOT NULL, "region" text NOT NULL, "year" smallint NOT NULL, "scope" text NOT NULL, "methodology" text NOT NULL, "countries" integer NOT NULL, "sums" integer array NOT NULL, "changes" double precision array NOT NULL, CONSTRAINT "PK_plan_cells" PRIMARY KEY ("grouping_id", "scope", "methodology", "year", "region"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "plan_cell_values" ("grouping_id" text NOT NULL, "region" text NOT NULL, "year" smallint NOT NULL, "scope" text NOT NULL, "methodology" text NOT NULL, "figure" text NOT NULL, "value" integer NOT NULL, "members" integer NOT NULL, CONSTRAINT "PK_plan_cell_values" PRIMARY KEY ("grouping_id", "scope", "methodology", "year", "region", "figure", "value"))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await stubRefresh(queryRunner);
    await queryRunner.query(`DROP TABLE "plan_cell_values"`);
    await queryRunner.query(`DROP TABLE "plan_cells"`);
    await queryRunner.query(`DROP TABLE "action_plan_facts"`);
  }
}
