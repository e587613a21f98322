import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Disclosure preferences with their history, and the secret from which the perturbation offsets of
 * confidential records are derived. A change of preference bumps the data version like any other write, so
 * that cached figures are recomputed at once.
 */
export class Disclosure1795778000000 implements MigrationInterface {
  name = 'Disclosure1795778000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "country_disclosures" ("country_iso3" character(3) NOT NULL, "level" text NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, "updated_by" uuid, CONSTRAINT "ck_country_disclosures_level" CHECK ("level" IN ('confidential', 'members')), CONSTRAINT "PK_bc2a1f40bc16bd7a1cf86ee94db" PRIMARY KEY ("country_iso3"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "country_disclosure_history" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "country_iso3" character(3) NOT NULL, "level" text NOT NULL, "changed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "changed_by" uuid, CONSTRAINT "ck_country_disclosure_history_level" CHECK ("level" IN ('confidential', 'members')), CONSTRAINT "PK_a4c70b5e1b15af573cee2236184" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_country_disclosure_history_country" ON "country_disclosure_history"  ("country_iso3", "changed_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "disclosure_secret" ("id" smallint NOT NULL, "secret" text NOT NULL, CONSTRAINT "ck_disclosure_secret_single" CHECK ("id" = 1), CONSTRAINT "PK_75387bd00408588082fd97c5997" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "country_disclosures" ADD CONSTRAINT "fk_country_disclosures_country" FOREIGN KEY ("country_iso3") REFERENCES "countries"("iso3") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "country_disclosures" ADD CONSTRAINT "fk_country_disclosures_user" FOREIGN KEY ("updated_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "country_disclosure_history" ADD CONSTRAINT "fk_country_disclosure_history_country" FOREIGN KEY ("country_iso3") REFERENCES "countries"("iso3") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "country_disclosure_history" ADD CONSTRAINT "fk_country_disclosure_history_user" FOREIGN KEY ("changed_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    // gen_random_uuid() draws from PostgreSQL's strong random source: 244 random bits in all.
    await queryRunner.query(
      `INSERT INTO "disclosure_secret" ("id", "secret") VALUES (1, replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', ''))`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "trg_country_disclosures_analytics_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "country_disclosures" FOR EACH STATEMENT EXECUTE FUNCTION bump_analytics_version()`,
    );
    // Rotating the secret changes every protected figure: cached ones must go.
    await queryRunner.query(
      `CREATE TRIGGER "trg_disclosure_secret_analytics_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "disclosure_secret" FOR EACH STATEMENT EXECUTE FUNCTION bump_analytics_version()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "disclosure_secret"`);
    await queryRunner.query(`DROP TABLE "country_disclosure_history"`);
    await queryRunner.query(`DROP TABLE "country_disclosures"`);
  }
}
