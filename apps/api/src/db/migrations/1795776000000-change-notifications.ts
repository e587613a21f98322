import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Committed changes announced on the `cpc_changes` channel (LISTEN/NOTIFY), so that every API instance can
 * keep its analytics cache and its signed-in sessions in memory instead of reading the database per request:
 * `data:<version>` when the analytics data version moves, `sessions` when a session or an account changes.
 */
export class ChangeNotifications1795776000000 implements MigrationInterface {
  name = 'ChangeNotifications1795776000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION notify_data_version() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('cpc_changes', 'data:' || NEW.data_version);
        RETURN NULL;
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER "trg_analytics_state_notify" AFTER UPDATE ON "analytics_state" FOR EACH ROW EXECUTE FUNCTION notify_data_version()`,
    );
    await queryRunner.query(`
      CREATE FUNCTION notify_sessions_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('cpc_changes', 'sessions');
        RETURN NULL;
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER "trg_sessions_notify" AFTER UPDATE OR DELETE OR TRUNCATE ON "sessions" FOR EACH STATEMENT EXECUTE FUNCTION notify_sessions_changed()`,
    );
    // Not on failed_logins or locked_until: sign-in attempts do not change who a session is.
    await queryRunner.query(
      `CREATE TRIGGER "trg_users_notify" AFTER UPDATE OF "email", "role", "country_iso3", "disabled", "password_hash" OR DELETE OR TRUNCATE ON "users" FOR EACH STATEMENT EXECUTE FUNCTION notify_sessions_changed()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "trg_users_notify" ON "users"`);
    await queryRunner.query(`DROP TRIGGER "trg_sessions_notify" ON "sessions"`);
    await queryRunner.query(`DROP FUNCTION notify_sessions_changed()`);
    await queryRunner.query(`DROP TRIGGER "trg_analytics_state_notify" ON "analytics_state"`);
    await queryRunner.query(`DROP FUNCTION notify_data_version()`);
  }
}
