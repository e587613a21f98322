import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A methodology decision moves the analytics data version, as every other write the figures depend on: the
 * version a request without `methodology` gets is kept in memory (DecisionInForce) while the change feed
 * announces nothing, on every instance, instead of read once per request.
 */
export class MethodologyDecisionsNotify1795801000000 implements MigrationInterface {
  name = 'MethodologyDecisionsNotify1795801000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TRIGGER "trg_methodology_decisions_analytics_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "methodology_decisions" FOR EACH STATEMENT EXECUTE FUNCTION bump_analytics_version()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "trg_methodology_decisions_analytics_version" ON "methodology_decisions"`);
  }
}
