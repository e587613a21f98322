import { REFRESH_PLAN_FACTS } from './plan-facts.sql.js';
import { PLAN_CELL_TABLES, rebuildPlanCellsSql } from './plan-cells.sql.js';
import { memberCellsSql } from './building-blocks.sql.js';
import { REFRESH_COUNT_FACTS, rebuildCountCellsSql } from './count-cells.sql.js';
import { FACT_COLUMNS, factsOfCountriesSql } from './maturity-facts.sql.js';
import { memberPageMarksSql } from './member-page-marks.sql.js';
import { REFRESH_OPERATION_CELLS } from './operation-cells.sql.js';
import { REFRESH_REGION_ROLLUPS, REGION_ROLLUP_TARGETS } from './region-filter-rollups.sql.js';
import { memberSpansSql, RECOMPUTE_STALE_CELLS_SQL, regionYearMembersSql } from './maturity-cells.sql.js';
import { MOVE_SCORE_COUNTS, rebuildScoreCountsSql } from './score-counts.sql.js';
import { rebuildZeroRecordCellsSql, REFRESH_ZERO_RECORD_SHARING } from './zero-records.sql.js';

/** The advisory lock that makes refreshes take turns (MaturityCellsRepository.lockRefreshes takes it too). */
export const REFRESH_LOCK = 1795789;

/** A grouping's memberships as one text, hashed: a reload that changes nothing rebuilds nothing. */
const FINGERPRINTS = `
      SELECT g.id AS grouping_id,
             md5(coalesce(string_agg(rg.code || ':' || rm.country_iso3 || ':' || rm.valid_from || ':' || coalesce(rm.valid_to::text, ''),
                 ',' ORDER BY rg.code, rm.country_iso3, rm.valid_from), '')) AS fingerprint
      FROM groupings g
      LEFT JOIN regions rg ON rg.grouping_id = g.id
      LEFT JOIN region_members rm ON rm.region_id = rg.id
      WHERE g.id = ANY(todo_groupings)
      GROUP BY g.id`;

/** Every table the refresh keeps per grouping. */
const PER_GROUPING_TABLES = [
  'maturity_cells',
  'region_year_members',
  'member_page_marks',
  'maturity_groupings',
  'count_cells',
  'zero_record_cells',
  'operation_cells',
  ...REGION_ROLLUP_TARGETS,
  ...PLAN_CELL_TABLES,
  'maturity_score_counts',
];

/** The rows of groupings that no longer exist (`fingerprints` holds those that do). */
const DELETE_GONE_GROUPINGS = PER_GROUPING_TABLES.map(
  (t) =>
    `DELETE FROM ${t} WHERE grouping_id = ANY(todo_groupings) AND grouping_id NOT IN (SELECT grouping_id FROM fingerprints);`,
).join('\n      ');

/** Groupings whose memberships changed get their member counts and page marks again, and every cell rebuilt (`rebuilt`): the count and plan cells and the score counts from the facts as they were, which the countries' differences then move. */
const REFRESH_GROUPINGS = `
    IF todo_groupings IS NOT NULL THEN
      CREATE TEMP TABLE fingerprints ON COMMIT DROP AS ${FINGERPRINTS};
      ${DELETE_GONE_GROUPINGS}
      SELECT array_agg(f.grouping_id) INTO rebuilt
      FROM fingerprints f LEFT JOIN maturity_groupings mg ON mg.grouping_id = f.grouping_id
      WHERE mg.fingerprint IS DISTINCT FROM f.fingerprint;
      IF rebuilt IS NOT NULL THEN
        -- The rebuilds below are planned from the memberships' statistics: a grouping that grew from 185 to
        -- 18,000 members since the last ANALYZE got nested loops that tripled the commit's time.
        ANALYZE region_members;
        DELETE FROM region_year_members WHERE grouping_id = ANY(rebuilt);
        CREATE TEMP TABLE member_spans ON COMMIT DROP AS ${memberSpansSql('rebuilt')};
        INSERT INTO region_year_members (grouping_id, region, year, members) ${regionYearMembersSql('member_spans')};
        DELETE FROM member_page_marks WHERE grouping_id = ANY(rebuilt);
        INSERT INTO member_page_marks (grouping_id, region, year, bucket, country_iso3, position)
        ${memberPageMarksSql('member_spans')};
        DROP TABLE member_spans;
        INSERT INTO maturity_groupings (grouping_id, fingerprint)
        SELECT grouping_id, fingerprint FROM fingerprints WHERE grouping_id = ANY(rebuilt)
        ON CONFLICT (grouping_id) DO UPDATE SET fingerprint = excluded.fingerprint;
        DELETE FROM maturity_cells WHERE grouping_id = ANY(rebuilt);
        ${rebuildCountCellsSql('rebuilt')}
        ${rebuildPlanCellsSql('rebuilt')}
        ${rebuildScoreCountsSql('rebuilt')}
        INSERT INTO stale_cells (grouping_id, region, year)
        SELECT m.grouping_id, m.region, m.year FROM region_year_members m
        WHERE m.grouping_id = ANY(rebuilt) AND m.members > 0
          AND EXISTS (SELECT 1 FROM maturity_facts f WHERE f.year = m.year);
      END IF;
      DROP TABLE fingerprints;
    END IF;`;

const changedFacts = (left: string, right: string) =>
  `(SELECT ${FACT_COLUMNS} FROM ${left} EXCEPT SELECT ${FACT_COLUMNS} FROM ${right})`;

/**
 * The countries' facts again; the country-years whose facts differ are replaced, and their cells go stale;
 * the score counts move by the difference of their scores; their plan facts are written again; the count cells
 * move by the difference of the count facts.
 */
const REFRESH_COUNTRIES = `
    IF todo_countries IS NOT NULL THEN
      CREATE TEMP TABLE new_facts ON COMMIT DROP AS ${factsOfCountriesSql('todo_countries')};
      CREATE TEMP TABLE old_facts ON COMMIT DROP AS
        SELECT * FROM maturity_facts WHERE country_iso3 = ANY(todo_countries);
      CREATE TEMP TABLE changed_years ON COMMIT DROP AS
        SELECT DISTINCT country_iso3, year FROM (
          ${changedFacts('new_facts', 'old_facts')} UNION ALL ${changedFacts('old_facts', 'new_facts')}) d;
      DELETE FROM maturity_facts f USING changed_years c WHERE f.country_iso3 = c.country_iso3 AND f.year = c.year;
      INSERT INTO maturity_facts (${FACT_COLUMNS})
      SELECT ${FACT_COLUMNS} FROM new_facts n
      WHERE EXISTS (SELECT 1 FROM changed_years c WHERE c.country_iso3 = n.country_iso3 AND c.year = n.year);
      INSERT INTO stale_cells (grouping_id, region, year)
      SELECT DISTINCT grouping_id, region, year FROM (${memberCellsSql('changed_years')}) m;
      ${MOVE_SCORE_COUNTS}
      DROP TABLE new_facts, old_facts, changed_years;
      ${REFRESH_PLAN_FACTS}
      ${REFRESH_COUNT_FACTS}
    END IF;`;

/**
 * `refresh_maturity_cells()`, the deferred trigger on `analytics_refresh_queue` (migration
 * MaturityCells1795789000000): at commit, it drains what the transaction's writes queued and brings the
 * maturity facts, member counts and cells up to date, so that they always equal what the maturity statement
 * would compute from scratch. Refreshes take turns (an advisory lock held to commit), so that each reads the
 * facts every earlier one committed: two writers never recompute a shared cell from each other's old facts.
 * JIT is off for the whole refresh, whichever session commits (the app's sessions run without it too): its
 * statements are planned from the tables as they were before the transaction's writes, and with sorts disabled
 * (hashAggregated), far above the JIT thresholds; compiling them cost seconds on PostgreSQL 15.
 */
export const REFRESH_MATURITY_CELLS_FUNCTION = `
  CREATE OR REPLACE FUNCTION refresh_maturity_cells() RETURNS trigger LANGUAGE plpgsql SET jit = off AS $refresh$
  DECLARE
    todo_countries char(3)[];
    todo_groupings text[];
    rebuilt text[];
    zero_rebuilt text[];
    all_of_it boolean;
    todo_op_years smallint[];
    sharing_changed char(3)[];
    op_years smallint[];
    op_grouping text;
    op_from int;
    op_to int;
  BEGIN
    PERFORM pg_advisory_xact_lock(${REFRESH_LOCK});
    WITH drained AS (DELETE FROM analytics_refresh_queue RETURNING countries, groupings, everything, operation_years)
    SELECT (SELECT array_agg(DISTINCT c) FROM drained d, unnest(d.countries) AS c),
           (SELECT array_agg(DISTINCT g) FROM drained d, unnest(d.groupings) AS g),
           (SELECT coalesce(bool_or(everything), false) FROM drained),
           (SELECT array_agg(DISTINCT y) FROM drained d, unnest(d.operation_years) AS y)
    INTO todo_countries, todo_groupings, all_of_it, todo_op_years;
    IF todo_countries IS NULL AND todo_groupings IS NULL AND todo_op_years IS NULL AND NOT all_of_it THEN
      RETURN NULL;
    END IF;
    IF all_of_it THEN
      SELECT array_agg(iso3) INTO todo_countries FROM countries;
      SELECT array_agg(id) INTO todo_groupings FROM (SELECT id FROM groupings UNION SELECT grouping_id FROM maturity_groupings) g;
    END IF;
    CREATE TEMP TABLE stale_cells (grouping_id text, region text, year smallint) ON COMMIT DROP;
    IF todo_countries IS NOT NULL AND NOT all_of_it THEN ${REFRESH_ZERO_RECORD_SHARING} END IF;
    ${REFRESH_GROUPINGS}
    -- Everything (a new secret, or a new function): every grouping's zero records again.
    zero_rebuilt := CASE WHEN all_of_it THEN todo_groupings ELSE rebuilt END;
    IF zero_rebuilt IS NOT NULL THEN ${rebuildZeroRecordCellsSql('zero_rebuilt')} END IF;
    ${REFRESH_COUNTRIES}
    DELETE FROM maturity_cells c USING stale_cells s
    WHERE c.grouping_id = s.grouping_id AND c.region = s.region AND c.year = s.year;
    ${RECOMPUTE_STALE_CELLS_SQL};
    DROP TABLE stale_cells;
    ${REFRESH_OPERATION_CELLS}
    ${REFRESH_REGION_ROLLUPS}
    RETURN NULL;
  END $refresh$`;
