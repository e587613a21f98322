import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The refresh function as a stub: the app installs its own at start (MaturityCellsInstaller), and rebuilds. */
export async function stubRefresh(queryRunner: QueryRunner): Promise<void> {
  await queryRunner.query(
    `CREATE OR REPLACE FUNCTION refresh_maturity_cells() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NULL; END $$`,
  );
  await queryRunner.query(`COMMENT ON FUNCTION refresh_maturity_cells() IS NULL`);
}

/**
 * What the actions view needs of each current assessment (issue #19): its version, its gaps under the
 * fact's methodology (the codes of the items under GAP_THRESHOLD) and its actions record keys, kept in `maturity_facts` so that the maturity cells sum them and
 * the statement reads only the members with a plan. The facts are emptied and rebuilt by the app at start.
 */
export class ActionFacts1795794000000 implements MigrationInterface {
  name = 'ActionFacts1795794000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await stubRefresh(queryRunner);
    await queryRunner.query(`TRUNCATE "maturity_facts"`);
    await queryRunner.query(`ALTER TABLE "maturity_facts" ADD "assessment_version" integer NOT NULL`);
    await queryRunner.query(`ALTER TABLE "maturity_facts" ADD "gap_codes" text array NOT NULL`);
    await queryRunner.query(`ALTER TABLE "maturity_facts" ADD "k_act" double precision array`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await stubRefresh(queryRunner);
    await queryRunner.query(`ALTER TABLE "maturity_facts" DROP COLUMN "k_act"`);
    await queryRunner.query(`ALTER TABLE "maturity_facts" DROP COLUMN "gap_codes"`);
    await queryRunner.query(`ALTER TABLE "maturity_facts" DROP COLUMN "assessment_version"`);
  }
}
