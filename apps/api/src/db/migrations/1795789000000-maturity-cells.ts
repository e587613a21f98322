import type { MigrationInterface, QueryRunner } from 'typeorm';

const DIMENSION_COLUMNS = [
  'governance',
  'information_exchange',
  'risk_targeting',
  'joint_controls',
  'enforcement_powers',
  'investigations',
  'resource_sharing',
  'liaison',
  'training',
];

/** The per-record key columns of maturity_facts (docs/disclosure.md): what the maturity statement hashed per read. */
const KEY_COLUMNS = [
  'k_score',
  'k_assessed',
  ...[1, 2, 3, 4, 5].map((l) => `k_level_${l}`),
  ...[1, 2, 3, 4, 5].map((l) => `k_self_${l}`),
  'k_own_overall',
  ...DIMENSION_COLUMNS.map((d) => `k_own_${d}`),
];

/**
 * Where each analytics input change is queued: statement triggers add the countries (or groupings, or
 * everything) a write touched; a deferred trigger refreshes facts and cells once, at commit.
 */
const QUEUE_TRIGGERS: { table: string; events: ('INSERT' | 'UPDATE' | 'DELETE')[]; fn: string }[] = [
  { table: 'assessments', events: ['INSERT', 'UPDATE', 'DELETE'], fn: 'queue_countries_of_rows' },
  { table: 'assessment_scores', events: ['INSERT', 'UPDATE', 'DELETE'], fn: 'queue_countries_of_assessments' },
  {
    table: 'assessment_dimension_scores',
    events: ['INSERT', 'UPDATE', 'DELETE'],
    fn: 'queue_countries_of_assessments',
  },
  { table: 'country_disclosures', events: ['INSERT', 'UPDATE', 'DELETE'], fn: 'queue_countries_of_rows' },
  { table: 'region_members', events: ['INSERT', 'UPDATE', 'DELETE'], fn: 'queue_groupings_of_regions' },
  { table: 'regions', events: ['INSERT', 'UPDATE', 'DELETE'], fn: 'queue_groupings_of_rows' },
];

export const REFERENCING: Record<string, string> = {
  INSERT: 'NEW TABLE AS changed_rows',
  UPDATE: 'NEW TABLE AS changed_rows',
  DELETE: 'OLD TABLE AS changed_rows',
};

/** Queue functions: each reads the statement's rows (`changed_rows`) and queues what they touch. */
const QUEUE_FUNCTIONS = {
  queue_countries_of_rows: `INSERT INTO analytics_refresh_queue (countries)
      SELECT array_agg(DISTINCT country_iso3) FROM changed_rows HAVING count(*) > 0`,
  queue_countries_of_assessments: `INSERT INTO analytics_refresh_queue (countries)
      SELECT array_agg(DISTINCT a.country_iso3) FROM changed_rows r JOIN assessments a ON a.id = r.assessment_id
      HAVING count(*) > 0`,
  queue_groupings_of_regions: `INSERT INTO analytics_refresh_queue (groupings)
      SELECT array_agg(DISTINCT g.grouping_id) FROM changed_rows r JOIN regions g ON g.id = r.region_id HAVING count(*) > 0`,
  queue_groupings_of_rows: `INSERT INTO analytics_refresh_queue (groupings)
      SELECT array_agg(DISTINCT grouping_id) FROM changed_rows HAVING count(*) > 0`,
  // The disclosure secret keys every record: a new one changes every key.
  queue_everything: `INSERT INTO analytics_refresh_queue (everything) VALUES (true)`,
};

/**
 * Maturity figures kept up to date at each write (issue #19): `maturity_facts` holds, per status scope,
 * methodology, as-of year and country, what the maturity statement needs of the current assessment (scores
 * and the disclosure keys of docs/disclosure.md); `maturity_cells` the statistics of each grouping's region
 * (and ALL), year, scope and methodology; `region_year_members` each region's member count per year. A read
 * then costs one row per region and year, however many assessments there are. Statement triggers queue what
 * each write touches, and a deferred trigger refreshes it once at commit with `refresh_maturity_cells()`,
 * which the app installs at start from its own SQL (MaturityCellsInstaller): here it is a stub.
 */
export class MaturityCells1795789000000 implements MigrationInterface {
  name = 'MaturityCells1795789000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "analytics_refresh_queue" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "countries" character(3) array, "groupings" text array, "everything" boolean NOT NULL DEFAULT false, CONSTRAINT "PK_analytics_refresh_queue" PRIMARY KEY ("id"))`,
    );
    const dims = DIMENSION_COLUMNS.map((d) => `"${d}" double precision`).join(', ');
    const keys = KEY_COLUMNS.map((k) => `"${k}" double precision`).join(', ');
    await queryRunner.query(
      `CREATE TABLE "maturity_facts" ("scope" text NOT NULL, "methodology" text NOT NULL, "year" smallint NOT NULL, "country_iso3" character(3) NOT NULL, "assessment_id" uuid NOT NULL, "assessed_year" smallint NOT NULL, "status" text NOT NULL, "overall_index" double precision NOT NULL, "computed_level" smallint NOT NULL, "self_level" smallint, ${dims}, ${keys}, CONSTRAINT "PK_maturity_facts" PRIMARY KEY ("country_iso3", "year", "scope", "methodology"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_maturity_facts_year" ON "maturity_facts" ("year", "scope", "methodology")`,
    );
    await queryRunner.query(
      `CREATE TABLE "maturity_cells" ("grouping_id" text NOT NULL, "region" text NOT NULL, "year" smallint NOT NULL, "scope" text NOT NULL, "methodology" text NOT NULL, "assessed" integer NOT NULL, "figures" jsonb NOT NULL, CONSTRAINT "PK_maturity_cells" PRIMARY KEY ("grouping_id", "scope", "methodology", "year", "region"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "region_year_members" ("grouping_id" text NOT NULL, "region" text NOT NULL, "year" smallint NOT NULL, "members" integer NOT NULL, CONSTRAINT "PK_region_year_members" PRIMARY KEY ("grouping_id", "year", "region"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "maturity_groupings" ("grouping_id" text NOT NULL, "fingerprint" text NOT NULL, CONSTRAINT "PK_maturity_groupings" PRIMARY KEY ("grouping_id"))`,
    );
    await queryRunner.query(
      `CREATE FUNCTION refresh_maturity_cells() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NULL; END $$`,
    );
    await queryRunner.query(
      `CREATE CONSTRAINT TRIGGER "trg_analytics_refresh_queue" AFTER INSERT ON "analytics_refresh_queue" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION refresh_maturity_cells()`,
    );
    for (const [name, body] of Object.entries(QUEUE_FUNCTIONS)) {
      await queryRunner.query(
        `CREATE FUNCTION ${name}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN ${body}; RETURN NULL; END $$`,
      );
    }
    for (const t of QUEUE_TRIGGERS) {
      for (const event of t.events) {
        await queryRunner.query(
          `CREATE TRIGGER "trg_${t.table}_queue_${event.toLowerCase()}" AFTER ${event} ON "${t.table}" REFERENCING ${REFERENCING[event]} FOR EACH STATEMENT EXECUTE FUNCTION ${t.fn}()`,
        );
      }
    }
    await queryRunner.query(
      `CREATE TRIGGER "trg_disclosure_secret_queue" AFTER INSERT OR UPDATE OR DELETE ON "disclosure_secret" FOR EACH STATEMENT EXECUTE FUNCTION queue_everything()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "trg_disclosure_secret_queue" ON "disclosure_secret"`);
    for (const t of QUEUE_TRIGGERS)
      for (const event of t.events)
        await queryRunner.query(`DROP TRIGGER "trg_${t.table}_queue_${event.toLowerCase()}" ON "${t.table}"`);
    for (const name of Object.keys(QUEUE_FUNCTIONS)) await queryRunner.query(`DROP FUNCTION ${name}()`);
    await queryRunner.query(`DROP TABLE "analytics_refresh_queue"`);
    await queryRunner.query(`DROP FUNCTION refresh_maturity_cells()`);
    for (const table of ['maturity_facts', 'maturity_cells', 'region_year_members', 'maturity_groupings'])
      await queryRunner.query(`DROP TABLE "${table}"`);
  }
}
