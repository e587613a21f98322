import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The seizures by commodity were read by the first filtered operations views, before the rollups; every read
 * is now by result (the primary key). The index cost an operations import about a tenth of its seizures'
 * insert and a sixth of its WAL.
 */
export class DropSeizureCommodityIndex1795805000000 implements MigrationInterface {
  name = 'DropSeizureCommodityIndex1795805000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "ix_operation_seizures_commodity"`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "ix_operation_seizures_commodity" ON "operation_seizures" ("commodity", "result_id")`,
    );
  }
}
