import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The maturity facts of a year, status scope and methodology, by country, with what the map shows of each
 * (issue #19): the map reads the index alone. At 18,000 members a year's facts lie on 12,000 pages of the
 * table; their index entries on a few hundred. It takes the place of the index on (year, scope, methodology).
 */
export class MaturityFactsCovering1795799000000 implements MigrationInterface {
  name = 'MaturityFactsCovering1795799000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "ix_maturity_facts_year"`);
    await queryRunner.query(
      `CREATE INDEX "ix_maturity_facts_year" ON "maturity_facts" ("year", "scope", "methodology", "country_iso3") INCLUDE ("assessed_year", "status", "overall_index", "computed_level", "governance", "information_exchange", "risk_targeting", "joint_controls", "enforcement_powers", "investigations", "resource_sharing", "liaison", "training")`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "ix_maturity_facts_year"`);
    await queryRunner.query(
      `CREATE INDEX "ix_maturity_facts_year" ON "maturity_facts" ("year", "scope", "methodology")`,
    );
  }
}
