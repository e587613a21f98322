import type { MigrationInterface, QueryRunner } from 'typeorm';
import { refreshCurrentYearsFunction } from './1795787000000-current-assessment-years.js';

/**
 * The lock that makes the refreshes of `current_assessment_years` take turns: they rebuild a country's rows
 * from the assessments they see, which the version's row lock used to make every committed write. Held to
 * commit, it makes a concurrent writer wait, then read (each statement a fresh snapshot) what the first
 * committed.
 */
const TAKE_TURNS = 'PERFORM pg_advisory_xact_lock(1795787);';

/**
 * The data version is bumped once per transaction, at its commit, instead of by each writing statement: a
 * statement's bump locked the version's row until its transaction ended, so every writer queued behind a
 * long import. The statement triggers now queue their transaction once; a deferred trigger bumps at commit.
 * What relied on that lock to take turns, the refresh of `current_assessment_years`, takes a lock of its own.
 */
export class VersionAtCommit1795790000000 implements MigrationInterface {
  name = 'VersionAtCommit1795790000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "analytics_version_pending" ("txid" bigint NOT NULL, CONSTRAINT "PK_analytics_version_pending" PRIMARY KEY ("txid"))`,
    );
    await queryRunner.query(`
      CREATE FUNCTION bump_analytics_version_at_commit() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE analytics_state SET data_version = data_version + 1 WHERE id = 1;
        DELETE FROM analytics_version_pending WHERE txid = NEW.txid;
        RETURN NULL;
      END $$`);
    await queryRunner.query(
      `CREATE CONSTRAINT TRIGGER "trg_analytics_version_pending" AFTER INSERT ON "analytics_version_pending" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_analytics_version_at_commit()`,
    );
    // The transaction-local setting spares every later statement the insert; it is undone with a savepoint
    // exactly as the row is, so the two never disagree.
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION bump_analytics_version() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE tx bigint := pg_current_xact_id()::text::bigint;
      BEGIN
        IF current_setting('cpc.version_queued', true) IS DISTINCT FROM tx::text THEN
          INSERT INTO analytics_version_pending (txid) VALUES (tx) ON CONFLICT DO NOTHING;
          PERFORM set_config('cpc.version_queued', tx::text, true);
        END IF;
        RETURN NULL;
      END $$`);
    await queryRunner.query(refreshCurrentYearsFunction(TAKE_TURNS));
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(refreshCurrentYearsFunction());
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION bump_analytics_version() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE analytics_state SET data_version = data_version + 1 WHERE id = 1;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`DROP TRIGGER "trg_analytics_version_pending" ON "analytics_version_pending"`);
    await queryRunner.query(`DROP FUNCTION bump_analytics_version_at_commit()`);
    await queryRunner.query(`DROP TABLE "analytics_version_pending"`);
  }
}
