import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The item points by item and the dimension scores by dimension were read by the first analytics, before the
 * maintained tables; every read is now by assessment (the primary keys). Each index cost an import of 5,000
 * assessments about 0.9 s (193,000 item rows) and 0.4 s (90,000 dimension rows) of writes.
 */
export class DropScoreLookupIndexes1795800000000 implements MigrationInterface {
  name = 'DropScoreLookupIndexes1795800000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "ix_item_points_code"`);
    await queryRunner.query(`DROP INDEX "ix_dimension_scores_dimension"`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "ix_item_points_code" ON "assessment_item_points" ("code", "assessment_id")`);
    await queryRunner.query(
      `CREATE INDEX "ix_dimension_scores_dimension" ON "assessment_dimension_scores" ("dimension", "assessment_id")`,
    );
  }
}
