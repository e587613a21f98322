import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The SELECT that rebuilds the current assessments of the countries in `countries` (a char(3)[] expression;
 * every country when null): for every as-of year and both status scopes, the newest assessment of a counted status whose year is in
 * [as-of year − 2, as-of year] (the domain's CURRENT_WINDOW_YEARS and COUNTED_STATUSES when this was written;
 * a change of either needs a new migration, and current-assessment-years.test.ts compares the table with
 * the domain's rule).
 */
function currentRowsOf(countries: string | null): string {
  return `
    SELECT DISTINCT ON (s.scope, y.year, a.country_iso3) s.scope, y.year, a.country_iso3, a.id, a.year
    FROM assessments a
    JOIN (VALUES ('counted', ARRAY['submitted', 'validated']), ('validated', ARRAY['validated'])) AS s(scope, statuses)
      ON a.status = ANY(s.statuses)
    CROSS JOIN LATERAL generate_series(a.year, a.year + 2) AS y(year)
    ${countries === null ? '' : `WHERE a.country_iso3 = ANY(${countries})`}
    ORDER BY s.scope, y.year, a.country_iso3, a.year DESC`;
}

/**
 * The function that refreshes the touched countries' rows after each statement on `assessments`; `first` runs
 * before anything else (a later migration makes the refreshes take turns there).
 */
export function refreshCurrentYearsFunction(first = ''): string {
  return `
  CREATE OR REPLACE FUNCTION refresh_current_assessment_years() RETURNS trigger LANGUAGE plpgsql AS $$
  DECLARE
    touched char(3)[];
  BEGIN
    ${first}
    IF TG_OP = 'INSERT' THEN
      SELECT array_agg(DISTINCT country_iso3) INTO touched FROM new_rows;
    ELSIF TG_OP = 'UPDATE' THEN
      SELECT array_agg(DISTINCT c) INTO touched
      FROM (SELECT country_iso3 AS c FROM new_rows UNION SELECT country_iso3 FROM old_rows) AS t;
    ELSE
      SELECT array_agg(DISTINCT country_iso3) INTO touched FROM old_rows;
    END IF;
    IF touched IS NULL THEN RETURN NULL; END IF;
    DELETE FROM current_assessment_years WHERE country_iso3 = ANY(touched);
    INSERT INTO current_assessment_years (scope, year, country_iso3, assessment_id, assessed_year)
    ${currentRowsOf('touched')};
    RETURN NULL;
  END $$`;
}

const TRIGGERS = [
  { name: 'trg_assessments_current_insert', on: 'INSERT', referencing: 'NEW TABLE AS new_rows' },
  { name: 'trg_assessments_current_update', on: 'UPDATE', referencing: 'OLD TABLE AS old_rows NEW TABLE AS new_rows' },
  { name: 'trg_assessments_current_delete', on: 'DELETE', referencing: 'OLD TABLE AS old_rows' },
];

/**
 * Each country's current assessment per as-of year and status scope, maintained in the same transaction as
 * every write to `assessments` by statement triggers: the analytics read one row per country and year here
 * instead of sorting every assessment of the window (issue #19). Triggers, rather than calls in each writer,
 * because assessments are also written by the demo loader, bulk COPY loads and fixtures; a statement trigger
 * refreshes each touched country once per statement, so an import of thousands of rows costs one pass.
 */
export class CurrentAssessmentYears1795787000000 implements MigrationInterface {
  name = 'CurrentAssessmentYears1795787000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "current_assessment_years" ("scope" text NOT NULL, "year" smallint NOT NULL, "country_iso3" character(3) NOT NULL, "assessment_id" uuid NOT NULL, "assessed_year" smallint NOT NULL, CONSTRAINT "ck_current_assessment_years_scope" CHECK ("scope" IN ('counted', 'validated')), CONSTRAINT "PK_current_assessment_years" PRIMARY KEY ("scope", "year", "country_iso3"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_current_assessment_years_assessment" ON "current_assessment_years" ("assessment_id")`,
    );
    await queryRunner.query(
      `ALTER TABLE "current_assessment_years" ADD CONSTRAINT "fk_current_assessment_years_assessment" FOREIGN KEY ("assessment_id") REFERENCES "assessments"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `INSERT INTO current_assessment_years (scope, year, country_iso3, assessment_id, assessed_year) ${currentRowsOf(null)}`,
    );
    await queryRunner.query(refreshCurrentYearsFunction());
    for (const t of TRIGGERS) {
      await queryRunner.query(
        `CREATE TRIGGER "${t.name}" AFTER ${t.on} ON "assessments" REFERENCING ${t.referencing} FOR EACH STATEMENT EXECUTE FUNCTION refresh_current_assessment_years()`,
      );
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const t of TRIGGERS) await queryRunner.query(`DROP TRIGGER "${t.name}" ON "assessments"`);
    await queryRunner.query(`DROP FUNCTION refresh_current_assessment_years()`);
    await queryRunner.query(`DROP TABLE "current_assessment_years"`);
  }
}
