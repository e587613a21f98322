import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The changes of membership admins record (issue #15), replayed over the reference data at every start. */
export class MembershipChanges1795782000000 implements MigrationInterface {
  name = 'MembershipChanges1795782000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "membership_changes" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "grouping_id" text NOT NULL, "country_iso3" character(3) NOT NULL, "region_code" text, "effective" date NOT NULL, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "recorded_by" uuid, CONSTRAINT "PK_e08a1ead74bc30cc9ed594450c4" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_membership_changes_grouping" ON "membership_changes"  ("grouping_id", "effective") `,
    );
    await queryRunner.query(
      `ALTER TABLE "membership_changes" ADD CONSTRAINT "fk_membership_changes_grouping" FOREIGN KEY ("grouping_id") REFERENCES "groupings"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "membership_changes" ADD CONSTRAINT "fk_membership_changes_country" FOREIGN KEY ("country_iso3") REFERENCES "countries"("iso3") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "membership_changes" ADD CONSTRAINT "fk_membership_changes_user" FOREIGN KEY ("recorded_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "membership_changes"`);
  }
}
