import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Countries, groupings of countries into regions, assessments and their per-dimension scores. */
export class Initial1795769868986 implements MigrationInterface {
  name = 'Initial1795769868986';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "countries" ("iso3" character(3) NOT NULL, "iso2" character(2) NOT NULL, "name_en" text NOT NULL, "name_fr" text NOT NULL, CONSTRAINT "UQ_9706e3c52695ce44a202f24c26b" UNIQUE ("iso2"), CONSTRAINT "PK_b29f9172f8b660e7834000c4246" PRIMARY KEY ("iso3"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "assessments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "country_iso3" character(3) NOT NULL, "year" integer NOT NULL, "status" text NOT NULL DEFAULT 'draft', "answers" jsonb NOT NULL DEFAULT '{}', "comments" jsonb NOT NULL DEFAULT '{}', "methodology_version" text, "overall_index" double precision, "computed_level" smallint, "self_level" smallint, "submitted_at" TIMESTAMP WITH TIME ZONE, "source" text NOT NULL DEFAULT 'entered', "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_assessments_country_year" UNIQUE ("country_iso3", "year"), CONSTRAINT "ck_assessments_levels" CHECK ("computed_level" BETWEEN 1 AND 5 AND "self_level" BETWEEN 1 AND 5), CONSTRAINT "ck_assessments_source" CHECK ("source" IN ('entered', 'imported', 'demo')), CONSTRAINT "ck_assessments_status" CHECK ("status" IN ('draft', 'submitted', 'validated', 'returned')), CONSTRAINT "PK_a3442bd80a00e9111cefca57f6c" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_assessments_counted_year" ON "assessments"  ("year", "country_iso3") WHERE "status" IN ('submitted', 'validated')`,
    );
    await queryRunner.query(
      `CREATE TABLE "assessment_dimension_scores" ("assessment_id" uuid NOT NULL, "dimension" text NOT NULL, "score" double precision NOT NULL, CONSTRAINT "ck_dimension_scores_range" CHECK ("score" BETWEEN 0 AND 100), CONSTRAINT "PK_ac525fbdaca82c9a7ef0ab062b7" PRIMARY KEY ("assessment_id", "dimension"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_dimension_scores_dimension" ON "assessment_dimension_scores"  ("dimension", "assessment_id")`,
    );
    await queryRunner.query(
      `CREATE TABLE "groupings" ("id" text NOT NULL, "name_en" text NOT NULL, "name_fr" text NOT NULL, "source" text NOT NULL DEFAULT '', "built_in" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_5e70fdf42fb0b59eef7d5aa037b" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "regions" ("id" SERIAL NOT NULL, "grouping_id" text NOT NULL, "code" text NOT NULL, "name_en" text NOT NULL, "name_fr" text NOT NULL, "position" integer NOT NULL DEFAULT '0', CONSTRAINT "PK_4fcd12ed6a046276e2deb08801c" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_regions_grouping_code" ON "regions"  ("grouping_id", "code")`);
    await queryRunner.query(
      `CREATE TABLE "region_members" ("region_id" integer NOT NULL, "country_iso3" character(3) NOT NULL, CONSTRAINT "PK_7b08f18a961de89a22426556c87" PRIMARY KEY ("region_id", "country_iso3"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_region_members_country" ON "region_members"  ("country_iso3")`);
    await queryRunner.query(
      `ALTER TABLE "assessments" ADD CONSTRAINT "fk_assessments_country" FOREIGN KEY ("country_iso3") REFERENCES "countries"("iso3") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "assessment_dimension_scores" ADD CONSTRAINT "fk_dimension_scores_assessment" FOREIGN KEY ("assessment_id") REFERENCES "assessments"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "regions" ADD CONSTRAINT "fk_regions_grouping" FOREIGN KEY ("grouping_id") REFERENCES "groupings"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "region_members" ADD CONSTRAINT "fk_region_members_region" FOREIGN KEY ("region_id") REFERENCES "regions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "region_members" ADD CONSTRAINT "fk_region_members_country" FOREIGN KEY ("country_iso3") REFERENCES "countries"("iso3") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "region_members" DROP CONSTRAINT "fk_region_members_country"`);
    await queryRunner.query(`ALTER TABLE "region_members" DROP CONSTRAINT "fk_region_members_region"`);
    await queryRunner.query(`ALTER TABLE "regions" DROP CONSTRAINT "fk_regions_grouping"`);
    await queryRunner.query(
      `ALTER TABLE "assessment_dimension_scores" DROP CONSTRAINT "fk_dimension_scores_assessment"`,
    );
    await queryRunner.query(`ALTER TABLE "assessments" DROP CONSTRAINT "fk_assessments_country"`);
    await queryRunner.query(`DROP INDEX "public"."ix_region_members_country"`);
    await queryRunner.query(`DROP TABLE "region_members"`);
    await queryRunner.query(`DROP INDEX "public"."uq_regions_grouping_code"`);
    await queryRunner.query(`DROP TABLE "regions"`);
    await queryRunner.query(`DROP TABLE "groupings"`);
    await queryRunner.query(`DROP INDEX "public"."ix_dimension_scores_dimension"`);
    await queryRunner.query(`DROP TABLE "assessment_dimension_scores"`);
    await queryRunner.query(`DROP INDEX "public"."ix_assessments_counted_year"`);
    await queryRunner.query(`DROP TABLE "assessments"`);
    await queryRunner.query(`DROP TABLE "countries"`);
  }
}
