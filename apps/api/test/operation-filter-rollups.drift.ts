import type pg from 'pg';

/*
 * Each maintained operations rollup against the same figures summed afresh from the base tables by a plain
 * GROUP BY, written here apart from the code under test: `*` is spelt as an extra array element, not as a
 * union, and the activity set by string_agg. A drift is a row on one side and not the other, so a missing,
 * stale or leftover row all count.
 */

/** Operation `o`'s activities, distinct, sorted and joined by ';' ('' for none). */
const ACTIVITY_SET = `coalesce((SELECT string_agg(DISTINCT a, ';' ORDER BY a) FROM unnest(o.activities) a), '')`;

/** Every result with its operation's end year, programme, activity set and its commodities with '*'. */
const RESULTS = `(SELECT r.*, o.end_year, o.programme AS prog, ${ACTIVITY_SET} AS acts,
    ARRAY(SELECT DISTINCT s.commodity FROM operation_seizures s WHERE s.result_id = r.id) || '{*}'::text[] AS comms
  FROM operation_results r JOIN operations o ON o.id = r.operation_id)`;

const PAIRS: Record<string, [kept: string, fresh: string]> = {
  operation_reporting_rollup: [
    `SELECT activity_set, commodity, year::int, programme, operation_id, countries FROM operation_reporting_rollup`,
    `SELECT acts, comm, end_year::int, prog, operation_id, array_agg(country_iso3::text ORDER BY country_iso3)
     FROM ${RESULTS} x, unnest(x.comms) comm GROUP BY 1, 2, 3, 4, 5`,
  ],
  operation_participation_rollup: [
    `SELECT activity_set, year::int, country_iso3::text, programme, operations, reported
     FROM operation_participation_rollup`,
    `SELECT ${ACTIVITY_SET}, o.end_year::int, p.country_iso3::text, o.programme, count(*)::int,
       count(*) FILTER (WHERE EXISTS (SELECT 1 FROM operation_results r
                                      WHERE r.operation_id = p.operation_id AND r.country_iso3 = p.country_iso3))::int
     FROM operation_countries p JOIN operations o ON o.id = p.operation_id
     GROUP BY 1, 2, 3, 4`,
  ],
  operation_unit_rollup: [
    `SELECT joint_unit_id, country_iso3::text, year::int, results, arrests, seizure_cases FROM operation_unit_rollup`,
    `SELECT x.joint_unit_id, x.country_iso3::text, x.end_year::int, count(*)::int, sum(x.arrests)::bigint,
       coalesce(sum(s.cases), 0)::bigint
     FROM ${RESULTS} x LEFT JOIN LATERAL (SELECT sum(cases) AS cases FROM operation_seizures
                                           WHERE result_id = x.id) s ON true
     WHERE x.joint_unit_id IS NOT NULL GROUP BY 1, 2, 3`,
  ],
};

/** Rows differing between each rollup and its fresh sum, by table (all 0 when the rollups are exact). */
export async function rollupDrift(db: pg.Pool): Promise<Record<string, number>> {
  const drift: Record<string, number> = {};
  for (const [table, [kept, fresh]] of Object.entries(PAIRS)) {
    const { rows } = await db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM ((${kept} EXCEPT ALL ${fresh}) UNION ALL (${fresh} EXCEPT ALL ${kept})) d`,
    );
    drift[table] = rows[0]!.n;
  }
  return drift;
}

/** How many rows each rollup holds: a drift check over empty tables would prove nothing. */
export async function rollupSizes(db: pg.Pool): Promise<Record<string, number>> {
  const sizes: Record<string, number> = {};
  for (const table of Object.keys(PAIRS)) {
    const { rows } = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`);
    sizes[table] = rows[0]!.n;
  }
  return sizes;
}
