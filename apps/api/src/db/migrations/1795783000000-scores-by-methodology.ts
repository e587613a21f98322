import type { MigrationInterface, QueryRunner } from 'typeorm';

const BREAKDOWNS = [
  { table: 'assessment_dimension_scores', key: 'dimension', pk: 'PK_dimension_scores' },
  { table: 'assessment_item_points', key: 'code', pk: 'PK_item_points' },
];

/**
 * Scores under every methodology version (docs/methodology.md): the index and computed level move from the
 * assessment row to `assessment_scores`, one row per version, and the breakdowns gain the version in their key.
 * The stored scores are v1's; scores under the other versions are computed at start (ScoreBackfill). The
 * admins' decisions on the default version go to `methodology_decisions`.
 */
export class ScoresByMethodology1795783000000 implements MigrationInterface {
  name = 'ScoresByMethodology1795783000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "assessment_scores" ("assessment_id" uuid NOT NULL, "methodology" text NOT NULL, "overall_index" double precision NOT NULL, "computed_level" smallint NOT NULL, CONSTRAINT "ck_assessment_scores_level" CHECK ("computed_level" BETWEEN 1 AND 5), CONSTRAINT "ck_assessment_scores_index" CHECK ("overall_index" BETWEEN 0 AND 100), CONSTRAINT "PK_assessment_scores" PRIMARY KEY ("assessment_id", "methodology"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "assessment_scores" ADD CONSTRAINT "fk_assessment_scores_assessment" FOREIGN KEY ("assessment_id") REFERENCES "assessments"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `INSERT INTO "assessment_scores" ("assessment_id", "methodology", "overall_index", "computed_level")
       SELECT "id", "methodology_version", "overall_index", "computed_level" FROM "assessments"
       WHERE "overall_index" IS NOT NULL AND "computed_level" IS NOT NULL AND "methodology_version" IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "trg_assessment_scores_analytics_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "assessment_scores" FOR EACH STATEMENT EXECUTE FUNCTION bump_analytics_version()`,
    );
    for (const { table, key, pk } of BREAKDOWNS) {
      // Every stored breakdown is v1's: the only version there was.
      await queryRunner.query(`ALTER TABLE "${table}" ADD "methodology" text NOT NULL DEFAULT 'v1'`);
      await queryRunner.query(`ALTER TABLE "${table}" ALTER COLUMN "methodology" DROP DEFAULT`);
      const [primaryKey] = (await queryRunner.query(
        `SELECT conname AS name FROM pg_constraint WHERE conrelid = '"${table}"'::regclass AND contype = 'p'`,
      )) as { name: string }[];
      if (primaryKey) await queryRunner.query(`ALTER TABLE "${table}" DROP CONSTRAINT "${primaryKey.name}"`);
      await queryRunner.query(
        `ALTER TABLE "${table}" ADD CONSTRAINT "${pk}" PRIMARY KEY ("assessment_id", "methodology", "${key}")`,
      );
    }
    await queryRunner.query(`ALTER TABLE "assessments" DROP CONSTRAINT "ck_assessments_levels"`);
    await queryRunner.query(
      `ALTER TABLE "assessments" ADD CONSTRAINT "ck_assessments_self_level" CHECK ("self_level" BETWEEN 1 AND 5)`,
    );
    for (const column of ['methodology_version', 'overall_index', 'computed_level']) {
      await queryRunner.query(`ALTER TABLE "assessments" DROP COLUMN "${column}"`);
    }
    await queryRunner.query(
      `CREATE TABLE "methodology_decisions" ("id" integer GENERATED ALWAYS AS IDENTITY NOT NULL, "version" text NOT NULL, "reason" text NOT NULL, "adopted_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "adopted_by" uuid, CONSTRAINT "PK_methodology_decisions" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "methodology_decisions" ADD CONSTRAINT "fk_methodology_decisions_user" FOREIGN KEY ("adopted_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "methodology_decisions"`);
    await queryRunner.query(
      `ALTER TABLE "assessments" ADD "methodology_version" text, ADD "overall_index" double precision, ADD "computed_level" smallint`,
    );
    await queryRunner.query(
      `UPDATE "assessments" a SET "methodology_version" = s."methodology", "overall_index" = s."overall_index", "computed_level" = s."computed_level"
       FROM "assessment_scores" s WHERE s."assessment_id" = a."id" AND s."methodology" = 'v1'`,
    );
    await queryRunner.query(`ALTER TABLE "assessments" DROP CONSTRAINT "ck_assessments_self_level"`);
    await queryRunner.query(
      `ALTER TABLE "assessments" ADD CONSTRAINT "ck_assessments_levels" CHECK ("computed_level" BETWEEN 1 AND 5 AND "self_level" BETWEEN 1 AND 5)`,
    );
    for (const { table, key, pk } of BREAKDOWNS) {
      await queryRunner.query(`DELETE FROM "${table}" WHERE "methodology" <> 'v1'`);
      await queryRunner.query(`ALTER TABLE "${table}" DROP CONSTRAINT "${pk}"`);
      await queryRunner.query(`ALTER TABLE "${table}" DROP COLUMN "methodology"`);
      await queryRunner.query(`ALTER TABLE "${table}" ADD PRIMARY KEY ("assessment_id", "${key}")`);
    }
    await queryRunner.query(`DROP TABLE "assessment_scores"`);
  }
}
