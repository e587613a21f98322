import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An operation result may name the joint unit of the register that achieved it (issue #16). Deleting the
 * unit from the register keeps the result, unlinked.
 */
export class ResultsJointUnits1795785000000 implements MigrationInterface {
  name = 'ResultsJointUnits1795785000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "operation_results" ADD "joint_unit_id" uuid`);
    await queryRunner.query(`CREATE INDEX "ix_operation_results_joint_unit" ON "operation_results" ("joint_unit_id") `);
    await queryRunner.query(
      `ALTER TABLE "operation_results" ADD CONSTRAINT "fk_operation_results_joint_unit" FOREIGN KEY ("joint_unit_id") REFERENCES "instruments"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "operation_results" DROP CONSTRAINT "fk_operation_results_joint_unit"`);
    await queryRunner.query(`DROP INDEX "ix_operation_results_joint_unit"`);
    await queryRunner.query(`ALTER TABLE "operation_results" DROP COLUMN "joint_unit_id"`);
  }
}
