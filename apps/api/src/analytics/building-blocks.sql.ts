import { ALL_REGIONS, MAX_YEAR, MIN_YEAR } from '@cpc/domain';

/**
 * The SQL building blocks every analytics statement shares: the grouping's members, the region that holds
 * them all, and the as-of rule for current assessments. Each has this one home, so a statement cannot drift
 * from the rule the domain states (`isCurrentIn`).
 */

/** The region of all members, as a SQL literal (the domain's ALL_REGIONS; never a user's text). */
export const ALL_REGION_SQL = `'${ALL_REGIONS}'::text`;

/** 31 December of the year `year` (an SQL integer expression): the day a year's figures describe. */
export const yearEnd = (year: string) => `make_date(${year}, 12, 31)`;

/**
 * Whether membership row `m` (region_members) holds in `year` (an SQL integer expression): a year counts the
 * members at its 31 December (docs/methodology.md).
 */
export function memberAtYearEnd(m: string, year: string): string {
  const end = yearEnd(year);
  return `(${m}.valid_from <= ${end} AND (${m}.valid_to IS NULL OR ${m}.valid_to >= ${end}))`;
}

/**
 * The years whose 31 December membership row `m` covers, as a span (SQL integer expressions `first` and
 * `last`, within MIN_YEAR–MAX_YEAR; none when first > last): memberAtYearEnd's rule, for statements that
 * merge and count spans rather than test each year. From the year it starts to the year before its end's
 * next day.
 */
export function memberYearSpan(m: string): { first: string; last: string } {
  return {
    first: `CASE WHEN ${m}.valid_from = '-infinity' THEN ${MIN_YEAR} ELSE greatest(${MIN_YEAR}, extract(year FROM ${m}.valid_from)::int) END`,
    last: `CASE WHEN ${m}.valid_to IS NULL OR ${m}.valid_to = 'infinity' THEN ${MAX_YEAR} ELSE least(${MAX_YEAR}, extract(year FROM ${m}.valid_to + 1)::int - 1) END`,
  };
}

/**
 * CTE `grouping_members` (year, region, country) for the grouping bound to `$1`: the members of each year
 * in [from, to] (one year: from = to).
 */
export function groupingMembersCte(from: string, to: string = from): string {
  return `
    grouping_members AS (
      SELECT DISTINCT y.year, r.code AS region, m.country_iso3 AS country
      FROM regions r JOIN region_members m ON m.region_id = r.id
      CROSS JOIN generate_series(${from}::int, ${to}::int) AS y(year)
      WHERE r.grouping_id = $1 AND ${memberAtYearEnd('m', 'y.year')}
    )`;
}

/**
 * Every membership period of the grouping bound to `$1`, as a subquery to join on a country and a year with
 * `memberAtYearEnd('gm', <year>)`: the planner then knows its size and hashes it (the operations statements
 * join it several times).
 */
export const GROUPING_MEMBERS_SUBQUERY = `(SELECT rg.code AS region, m.country_iso3 AS country, m.valid_from, m.valid_to
      FROM regions rg JOIN region_members m ON m.region_id = rg.id
      WHERE rg.grouping_id = $1)`;

/**
 * CTE `cy` (year, country, regions): each member country-year of `grouping_members` once, with the regions it
 * belongs to. A statement that keeps one record per country-year counts it in its regions and ALL with
 * RECORD_CELLS rather than by joining the records back to the members: the planner cannot estimate such a
 * join of two aggregates, and at 18,000 members chose a nested loop that ran for minutes.
 */
export const MEMBER_YEARS_CTE = `
    cy AS (SELECT year, country, array_agg(region ORDER BY region) AS regions FROM grouping_members GROUP BY year, country)`;

/** The cells (`m.region`) a record `c` of MEMBER_YEARS_CTE counts in: each of its regions, and ALL once. */
export const RECORD_CELLS = `CROSS JOIN LATERAL unnest(c.regions || ${ALL_REGION_SQL}) AS m(region)`;

/**
 * Each row of `pairs` (a relation with country_iso3 and year, e.g. facts) once for every cell it counts in:
 * `grouping_id` and `region` (its regions, and ALL) where the country is a member at the year's end, then the
 * row's own columns. A country in two regions of a grouping counts once in ALL, and overlapping membership
 * periods once: a country's periods in a region are merged first (`range_agg`), so no large DISTINCT is needed.
 * `groupings` (a text[] expression) limits the groupings read. For rows of about one per country-year (the
 * zero records, the plan facts), where sets of cells (cellSetsSql) save nothing: a rebuild's 2 million member
 * years looked up one by one, then joined to their rows from a misestimated relation, took 210–230 s per view
 * at 18,000 members against about 20 s this way.
 */
export function memberCellsSql(pairs: string, groupings = 'NULL'): string {
  return `
      SELECT s.grouping_id, s.region, y.*
      FROM ${pairs} y
      JOIN (
        SELECT rg.grouping_id, r.region, rm.country_iso3, range_agg(daterange(rm.valid_from, rm.valid_to, '[]')) AS spans
        FROM region_members rm
        JOIN regions rg ON rg.id = rm.region_id AND (${groupings}::text[] IS NULL OR rg.grouping_id = ANY(${groupings}))
        CROSS JOIN LATERAL (VALUES (rg.code), (${ALL_REGION_SQL})) AS r(region)
        WHERE rm.country_iso3 IN (SELECT p.country_iso3 FROM ${pairs} p)
        GROUP BY rg.grouping_id, r.region, rm.country_iso3
      ) s ON s.country_iso3 = y.country_iso3 AND ${yearEnd('y.year')} <@ s.spans`;
}

/**
 * Two CTEs for the (country_iso3, year) of `pairs` (a relation), within `groupings` (a text[] expression, or
 * NULL for all): `cell_sets` (country_iso3, year, set_no), the set of cells each counts in at the year's end
 * (its regions, and ALL), numbered; `set_cells` (set_no, grouping_id, region), each set's cells. Countries with
 * the same regions share a set: a few dozen sets for hundreds of countries, so that rows summed per set first,
 * then added to each of its cells, are a fraction of the rows summed cell by cell. The sets are summed by
 * their number: keyed by their arrays of cells, an import's 650,000 (set, code) rows took 1.4 s to hash
 * against 1.0 s. A country-year's cells are looked up by its country (an index): matching every membership's
 * periods to every country-year was planned as a nested loop of millions of tests.
 */
export function cellSetsCtes(pairs: string, groupings = 'NULL'): string {
  const cellOrder = 'ORDER BY c.grouping_id, c.region';
  return `
      cell_sets AS MATERIALIZED (
        SELECT y.country_iso3, y.year, array_agg(c.grouping_id ${cellOrder}) AS grouping_ids, array_agg(c.region ${cellOrder}) AS regions,
               dense_rank() OVER (ORDER BY array_agg(c.grouping_id ${cellOrder}), array_agg(c.region ${cellOrder})) AS set_no
        FROM (SELECT DISTINCT p.country_iso3, p.year FROM ${pairs} p) y
        CROSS JOIN LATERAL (
          SELECT DISTINCT rg.grouping_id, r.region
          FROM region_members rm
          JOIN regions rg ON rg.id = rm.region_id AND (${groupings}::text[] IS NULL OR rg.grouping_id = ANY(${groupings}))
          CROSS JOIN LATERAL (VALUES (rg.code), (${ALL_REGION_SQL})) AS r(region)
          WHERE rm.country_iso3 = y.country_iso3 AND ${memberAtYearEnd('rm', 'y.year')}
        ) c
        GROUP BY y.country_iso3, y.year),
      set_cells AS (
        SELECT s.set_no, g.grouping_id, g.region
        FROM (SELECT DISTINCT set_no, grouping_ids, regions FROM cell_sets) s
        CROSS JOIN LATERAL unnest(s.grouping_ids, s.regions) AS g(grouping_id, region))`;
}

/** The key columns of the cell tables kept per status scope and methodology (plan cells, score counts). */
export const CELL_KEY_COLUMNS = 'grouping_id, region, year, scope, methodology';

/** An upsert's SET of array `column` to its element-wise sum with the excluded row's (`table`: the target). */
export const addArrays = (table: string, column: string) =>
  `${column} = ARRAY(SELECT a + b FROM unnest(${table}.${column}, excluded.${column}) AS e(a, b))`;

/**
 * plpgsql `statements` planned without sorts. A rebuild sums tens of millions of (cell, code) rows into a few
 * thousand cells; the planner cannot estimate how few (the codes come from unnested arrays), and chose to sort
 * every row to disk for a group aggregate: 4 minutes for one grouping at 18,000 members, 44 s hashed. A
 * commit's differences are summed the same way: 5,000 imported assessments made 2.2 million (cell, code) rows,
 * estimated at 2,000, and their sort took 8 of the import's 27 s. Sorts disabled make every plan look costly
 * enough to compile: the refresh function runs with JIT off (refresh-maturity-cells.sql.ts).
 */
export function hashAggregated(statements: string): string {
  return withLocalSettings([['enable_sort', 'off']], statements);
}

/**
 * plpgsql `statements` given `workMem` to sort or hash in, for the rest of them only: a grouping's operations
 * summed again group a million rows into some 40,000 region rows, which spilled to disk at the default 4 MB.
 */
export function withWorkMem(workMem: string, statements: string): string {
  return withLocalSettings([['work_mem', workMem]], statements);
}

/** plpgsql `statements` run under `settings`, each put back to the server's own value after them. */
function withLocalSettings(settings: [name: string, value: string][], statements: string): string {
  const set = settings.map(([name, value]) => `PERFORM set_config('${name}', '${value}', true);`);
  const reset = settings.map(
    ([name]) => `PERFORM set_config('${name}', (SELECT reset_val FROM pg_settings WHERE name = '${name}'), true);`,
  );
  return `${set.join('\n      ')}
      ${statements}
      ${reset.join('\n      ')}`;
}

/** CTEs `grouping_members` and `members` (the same plus the region of all members), by year, for the grouping bound to `$1`. */
export function membersCtes(from: string, to: string = from): string {
  return `${groupingMembersCte(from, to)},
    members AS (
      SELECT year, region, country FROM grouping_members
      UNION
      SELECT year, ${ALL_REGION_SQL}, country FROM grouping_members
    )`;
}

/** Where the current assessments are looked for: SQL expressions bound to parameters, and who counts. */
export interface CurrentAssessmentsScope {
  /** The first as-of year, e.g. `$2`. */
  from: string;
  /** The last as-of year; the same as `from` for a single year. */
  to: string;
  /** The counted statuses, a text[] expression. */
  statuses: string;
  /** A relation (CTE name or subquery) with a `country` column: whose assessments count. */
  countries: string;
}

/** The status scopes that current assessments and the facts are kept for (statusScope's values). */
export const STATUS_SCOPES = ['counted', 'validated'] as const;

/**
 * The status scope of `current_assessment_years` that a set of counted statuses reads: `validated` when the
 * set is the domain's `countedStatusesFor('validated')`, `counted` (submitted or validated) otherwise.
 */
export function statusScope(statuses: string): string {
  return `(CASE WHEN 'submitted' = ANY(${statuses}::text[]) THEN 'counted' ELSE 'validated' END)`;
}

/**
 * CTE `current_assessments` (year, country, id, assessed_year): for every as-of year in [from, to] and every
 * country of the scope, its current assessment, i.e. its newest assessment of a counted status whose year is
 * in [year − CURRENT_WINDOW_YEARS, year] (the domain's `isCurrentIn`). One row per (year, country) that has
 * one; a single year is from = to. The rule is applied when assessments are written: `current_assessment_years`
 * holds its result (migration CurrentAssessmentYears1795787000000), so a read costs one row per country-year.
 */
export function currentAssessmentsCte(scope: CurrentAssessmentsScope): string {
  return `
    current_assessments AS (
      SELECT cy.year::int AS year, cy.country_iso3 AS country, cy.assessment_id AS id, cy.assessed_year::int AS assessed_year
      FROM current_assessment_years cy
      WHERE cy.scope = ${statusScope(scope.statuses)}
        AND cy.year BETWEEN ${scope.from}::int AND ${scope.to}::int
        AND cy.country_iso3 IN (SELECT country FROM ${scope.countries})
    )`;
}

/**
 * The rows of a view that keeps one record per member country-year (zero-records.sql.ts): every region of the
 * grouping bound to `$1` (plus ALL) and year in [$2, $3] as `g.region` and `y.year`, with the members at the
 * year's end (`rym`) and the key sums of the records that hold nothing (`z`, of `recordView`).
 */
export function memberRecordRows(recordView: string): string {
  return `(SELECT code AS region FROM regions WHERE grouping_id = $1 UNION ALL SELECT ${ALL_REGION_SQL}) g
  CROSS JOIN generate_series($2::int, $3::int) AS y(year)
  LEFT JOIN region_year_members rym ON rym.grouping_id = $1 AND rym.region = g.region AND rym.year = y.year
  LEFT JOIN zero_record_cells z ON z.grouping_id = $1 AND z.record_view = '${recordView}' AND z.region = g.region
    AND z.year = y.year`;
}
