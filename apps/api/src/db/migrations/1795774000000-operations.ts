import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Joint operations, their participants, each country's result and its seizures, and the rollups of results
 * and seizures by country and end year that the operations analytics read. Writes to the base tables bump
 * the analytics data version (the rollups change only with them).
 */
export class Operations1795774000000 implements MigrationInterface {
  name = 'Operations1795774000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "operations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" text NOT NULL, "name" text NOT NULL, "description" text, "programme" text NOT NULL, "lead" text NOT NULL, "activities" text array NOT NULL, "start_date" date NOT NULL, "end_date" date NOT NULL, "end_year" smallint NOT NULL, "source" text NOT NULL DEFAULT 'entered', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_operations_code" UNIQUE ("code"), CONSTRAINT "ck_operations_source" CHECK ("source" IN ('entered', 'imported', 'demo')), CONSTRAINT "ck_operations_end_year" CHECK ("end_year" = extract(year FROM "end_date")), CONSTRAINT "ck_operations_dates" CHECK ("end_date" >= "start_date"), CONSTRAINT "ck_operations_activities" CHECK (cardinality("activities") > 0 AND "activities" <@ ARRAY['risk_targeting', 'interception', 'investigation', 'operational', 'controlled_delivery']::text[]), CONSTRAINT "ck_operations_lead" CHECK ("lead" IN ('wco', 'interpol', 'unodc', 'national', 'other')), CONSTRAINT "ck_operations_programme" CHECK ("programme" IN ('aircop', 'ccp', 'wco', 'interpol', 'regional', 'national')), CONSTRAINT "PK_7b62d84d6f9912b975987165856" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_operations_end_year" ON "operations"  ("end_year") `);
    await queryRunner.query(`CREATE INDEX "ix_operations_end_date_code" ON "operations"  ("end_date", "code") `);
    await queryRunner.query(
      `CREATE TABLE "operation_countries" ("operation_id" uuid NOT NULL, "country_iso3" character(3) NOT NULL, CONSTRAINT "PK_112c4684a3a58d5599817a0354b" PRIMARY KEY ("operation_id", "country_iso3"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_operation_countries_country" ON "operation_countries"  ("country_iso3", "operation_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "operation_results" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "operation_id" uuid NOT NULL, "country_iso3" character(3) NOT NULL, "unit_type" text NOT NULL, "unit_name" text, "arrests" integer NOT NULL, "investigations_opened" integer NOT NULL, "controlled_deliveries" integer NOT NULL, "persons_checked" integer NOT NULL, "sltd_queries" integer, "sltd_hits" integer, "smv_queries" integer, "smv_hits" integer, "nominal_queries" integer, "nominal_hits" integer, "notices_queries" integer, "notices_hits" integer, "content_hash" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_operation_results_operation_country" UNIQUE ("operation_id", "country_iso3"), CONSTRAINT "ck_operation_results_notices" CHECK (("notices_queries" IS NULL) = ("notices_hits" IS NULL) AND "notices_queries" >= 0 AND "notices_hits" >= 0 AND "notices_hits" <= "notices_queries"), CONSTRAINT "ck_operation_results_nominal" CHECK (("nominal_queries" IS NULL) = ("nominal_hits" IS NULL) AND "nominal_queries" >= 0 AND "nominal_hits" >= 0 AND "nominal_hits" <= "nominal_queries"), CONSTRAINT "ck_operation_results_smv" CHECK (("smv_queries" IS NULL) = ("smv_hits" IS NULL) AND "smv_queries" >= 0 AND "smv_hits" >= 0 AND "smv_hits" <= "smv_queries"), CONSTRAINT "ck_operation_results_sltd" CHECK (("sltd_queries" IS NULL) = ("sltd_hits" IS NULL) AND "sltd_queries" >= 0 AND "sltd_hits" >= 0 AND "sltd_hits" <= "sltd_queries"), CONSTRAINT "ck_operation_results_counts" CHECK ("arrests" >= 0 AND "investigations_opened" >= 0 AND "controlled_deliveries" >= 0 AND "persons_checked" >= 0), CONSTRAINT "ck_operation_results_unit_type" CHECK ("unit_type" IN ('airport_task_force', 'port_control_unit', 'customs', 'police', 'joint_team', 'other')), CONSTRAINT "PK_56fb3b368b1541f634bfb590f63" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_operation_results_country" ON "operation_results"  ("country_iso3") `);
    await queryRunner.query(
      `CREATE TABLE "operation_seizures" ("result_id" uuid NOT NULL, "commodity" text NOT NULL, "unit" text NOT NULL, "cases" integer NOT NULL, "quantity" numeric(18,3) NOT NULL, CONSTRAINT "ck_operation_seizures_amounts" CHECK ("cases" >= 0 AND "quantity" >= 0), CONSTRAINT "ck_operation_seizures_unit" CHECK ("unit" IN ('kg', 'l', 'pieces', 'heads', 'usd', 'eur')), CONSTRAINT "ck_operation_seizures_commodity" CHECK ("commodity" IN ('cocaine', 'cannabis', 'heroin', 'synthetic_drugs', 'precursors', 'counterfeit_goods', 'medicines', 'tobacco', 'alcohol', 'wildlife', 'timber', 'cultural_goods', 'weapons', 'ammunition', 'explosives', 'currency', 'hazardous_waste', 'other')), CONSTRAINT "PK_462a5ffbb075a5b9a6376519930" PRIMARY KEY ("result_id", "commodity", "unit"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_operation_seizures_commodity" ON "operation_seizures"  ("commodity", "result_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "operation_seizure_rollup" ("country_iso3" character(3) NOT NULL, "year" smallint NOT NULL, "commodity" text NOT NULL, "unit" text NOT NULL, "cases" bigint NOT NULL, "quantity" numeric NOT NULL, "seizures" integer NOT NULL, CONSTRAINT "ck_operation_seizure_rollup_unit" CHECK ("unit" IN ('kg', 'l', 'pieces', 'heads', 'usd', 'eur')), CONSTRAINT "ck_operation_seizure_rollup_commodity" CHECK ("commodity" IN ('cocaine', 'cannabis', 'heroin', 'synthetic_drugs', 'precursors', 'counterfeit_goods', 'medicines', 'tobacco', 'alcohol', 'wildlife', 'timber', 'cultural_goods', 'weapons', 'ammunition', 'explosives', 'currency', 'hazardous_waste', 'other')), CONSTRAINT "PK_1de45254bb344164f74bd0674cf" PRIMARY KEY ("country_iso3", "year", "commodity", "unit"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_operation_seizure_rollup_year" ON "operation_seizure_rollup"  ("year", "country_iso3") `,
    );
    await queryRunner.query(
      `CREATE TABLE "operation_result_rollup" ("country_iso3" character(3) NOT NULL, "year" smallint NOT NULL, "results" integer NOT NULL, "arrests" bigint NOT NULL, "investigations_opened" bigint NOT NULL, "controlled_deliveries" bigint NOT NULL, "persons_checked" bigint NOT NULL, "sltd_queries" bigint NOT NULL, "sltd_hits" bigint NOT NULL, "smv_queries" bigint NOT NULL, "smv_hits" bigint NOT NULL, "nominal_queries" bigint NOT NULL, "nominal_hits" bigint NOT NULL, "notices_queries" bigint NOT NULL, "notices_hits" bigint NOT NULL, CONSTRAINT "PK_009c0c0c9e07dfd67eaf91fd14d" PRIMARY KEY ("country_iso3", "year"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_operation_result_rollup_year" ON "operation_result_rollup"  ("year", "country_iso3") `,
    );
    await queryRunner.query(
      `ALTER TABLE "operation_countries" ADD CONSTRAINT "fk_operation_countries_operation" FOREIGN KEY ("operation_id") REFERENCES "operations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "operation_countries" ADD CONSTRAINT "fk_operation_countries_country" FOREIGN KEY ("country_iso3") REFERENCES "countries"("iso3") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "operation_results" ADD CONSTRAINT "fk_operation_results_participant" FOREIGN KEY ("operation_id", "country_iso3") REFERENCES "operation_countries"("operation_id","country_iso3") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "operation_seizures" ADD CONSTRAINT "fk_operation_seizures_result" FOREIGN KEY ("result_id") REFERENCES "operation_results"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "trg_operations_analytics_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "operations" FOR EACH STATEMENT EXECUTE FUNCTION bump_analytics_version()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "trg_operation_countries_analytics_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "operation_countries" FOR EACH STATEMENT EXECUTE FUNCTION bump_analytics_version()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "trg_operation_results_analytics_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "operation_results" FOR EACH STATEMENT EXECUTE FUNCTION bump_analytics_version()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "trg_operation_seizures_analytics_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "operation_seizures" FOR EACH STATEMENT EXECUTE FUNCTION bump_analytics_version()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "trg_operation_seizure_rollup_analytics_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "operation_seizure_rollup" FOR EACH STATEMENT EXECUTE FUNCTION bump_analytics_version()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "operation_result_rollup"`);
    await queryRunner.query(`DROP TABLE "operation_seizure_rollup"`);
    await queryRunner.query(`DROP TABLE "operation_seizures"`);
    await queryRunner.query(`DROP TABLE "operation_results"`);
    await queryRunner.query(`DROP TABLE "operation_countries"`);
    await queryRunner.query(`DROP TABLE "operations"`);
  }
}
