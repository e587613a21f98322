import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Per-item points of scored assessments, for the gap analytics. Rows for assessments scored before this
 * migration are filled in at start-up by ItemPointsBackfill, since points come from the domain's rules.
 */
export class ItemPoints1795773000000 implements MigrationInterface {
  name = 'ItemPoints1795773000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "assessment_item_points" ("assessment_id" uuid NOT NULL, "code" text NOT NULL, "points" double precision NOT NULL, CONSTRAINT "ck_item_points_range" CHECK ("points" BETWEEN 0 AND 1), CONSTRAINT "PK_d304b8d9b9a3716f632919bdbf9" PRIMARY KEY ("assessment_id", "code"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_item_points_code" ON "assessment_item_points"  ("code", "assessment_id")`,
    );
    await queryRunner.query(
      `ALTER TABLE "assessment_item_points" ADD CONSTRAINT "fk_item_points_assessment" FOREIGN KEY ("assessment_id") REFERENCES "assessments"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "trg_assessment_item_points_analytics_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "assessment_item_points" FOR EACH STATEMENT EXECUTE FUNCTION bump_analytics_version()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "trg_assessment_item_points_analytics_version" ON "assessment_item_points"`);
    await queryRunner.query(`ALTER TABLE "assessment_item_points" DROP CONSTRAINT "fk_item_points_assessment"`);
    await queryRunner.query(`DROP INDEX "public"."ix_item_points_code"`);
    await queryRunner.query(`DROP TABLE "assessment_item_points"`);
  }
}
