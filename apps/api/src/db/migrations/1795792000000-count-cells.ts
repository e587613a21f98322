import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Tables whose writes now queue their countries too: item points (a rescore may write them alone) and actions. */
const QUEUED: [table: string, queue: string][] = [
  ['assessment_item_points', 'queue_countries_of_assessments'],
  ['actions', 'queue_countries_of_rows'],
];

const CELL_KEY = ['grouping_id', 'scope', 'methodology', 'figure', 'year', 'region', 'code'];

/**
 * The gap, difficulty and gap-closure counts kept up to date at each write (issue #19), beside the maturity cells:
 * `count_facts` holds each current assessment's contribution to them (one row per scope, methodology, year,
 * country and figure, with an array element per item or option: whether it counts, and its two disclosure
 * keys; arrays keep the table near the size of the item points, where a row per item doubled it), and `count_cells` their
 * sums per grouping, region and year. Counts and key sums are additive, so refresh_maturity_cells() (installed
 * by the app at start) moves the cells by the difference between a country's old and new facts; it rebuilds
 * a grouping's cells only when its memberships change. Item points and actions now queue their country too.
 */
export class CountCells1795792000000 implements MigrationInterface {
  name = 'CountCells1795792000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "count_facts" ("scope" text NOT NULL, "methodology" text NOT NULL, "year" smallint NOT NULL, "country_iso3" character(3) NOT NULL, "figure" text NOT NULL, "codes" text array NOT NULL, "counted" smallint array NOT NULL, "k_assessed" double precision array NOT NULL, "k_counted" double precision array NOT NULL, CONSTRAINT "PK_count_facts" PRIMARY KEY ("country_iso3", "year", "scope", "methodology", "figure"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "count_cells" ("grouping_id" text NOT NULL, "scope" text NOT NULL, "methodology" text NOT NULL, "figure" text NOT NULL, "year" smallint NOT NULL, "region" text NOT NULL, "code" text NOT NULL, "assessed" integer NOT NULL, "counted" integer NOT NULL, "assessed_units" double precision NOT NULL, "assessed_conf" integer NOT NULL, "counted_units" double precision NOT NULL, "counted_conf" integer NOT NULL, CONSTRAINT "PK_count_cells" PRIMARY KEY (${CELL_KEY.map((c) => `"${c}"`).join(', ')}))`,
    );
    for (const [table, fn] of QUEUED)
      for (const event of ['INSERT', 'UPDATE', 'DELETE']) {
        const rows = event === 'DELETE' ? 'OLD TABLE AS changed_rows' : 'NEW TABLE AS changed_rows';
        await queryRunner.query(
          `CREATE TRIGGER "trg_${table}_queue_${event.toLowerCase()}" AFTER ${event} ON "${table}" REFERENCING ${rows} FOR EACH STATEMENT EXECUTE FUNCTION ${fn}()`,
        );
      }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const [table] of QUEUED)
      for (const event of ['insert', 'update', 'delete'])
        await queryRunner.query(`DROP TRIGGER "trg_${table}_queue_${event}" ON "${table}"`);
    // The installed function writes the dropped tables: the stub until the earlier app installs its own.
    await queryRunner.query(
      `CREATE OR REPLACE FUNCTION refresh_maturity_cells() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NULL; END $$`,
    );
    await queryRunner.query(`COMMENT ON FUNCTION refresh_maturity_cells() IS NULL`);
    await queryRunner.query(`DROP TABLE "count_cells"`);
    await queryRunner.query(`DROP TABLE "count_facts"`);
  }
}
