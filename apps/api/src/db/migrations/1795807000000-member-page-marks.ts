import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Page marks of each region's members (MemberPageMarkEntity), kept by the refresh with the member counts: a
 * page 17,000 members deep read and sorted every membership of the grouping before it (50–70 ms at 18,000
 * members). The table starts empty; the app's new refresh function rebuilds every maintained table at its
 * first start, and fills it then.
 */
export class MemberPageMarks1795807000000 implements MigrationInterface {
  name = 'MemberPageMarks1795807000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "member_page_marks" ("grouping_id" text NOT NULL, "region" text NOT NULL, "year" smallint NOT NULL, "bucket" integer NOT NULL, "country_iso3" character(3) NOT NULL, "position" integer NOT NULL, CONSTRAINT "PK_member_page_marks" PRIMARY KEY ("grouping_id", "region", "year", "bucket"))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "member_page_marks"`);
  }
}
