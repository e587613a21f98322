import { findItem, GAP_THRESHOLD } from '@cpc/domain';
import { KEY_METHODOLOGY, recordHash, recordKey, SHARED_CTE } from './disclosure-keys.sql.js';

/** count_facts' columns, in the table's order. */
export const COUNT_FACT_COLUMNS =
  'scope, methodology, year, country_iso3, figure, codes, counted, k_assessed, k_counted';

/** The methodology of the difficulty facts: A.17 is not scored, so its counts are the same under every version. */
export const ANY_METHODOLOGY = '*';

/** A.17's option codes, as an SQL array literal of the domain's own codes (never a user's text). */
const DIFFICULTY_OPTIONS = `ARRAY[${(findItem('A.17')?.options ?? []).map((o) => `'${o.code}'`).join(', ')}]::text[]`;

/** The arrays of a fact row from per-code rows `x` (code, counted, k_assessed, k_counted), sorted by code. */
const FACT_ARRAYS = ['code', 'counted', 'k_assessed', 'k_counted']
  .map((c) => `array_agg(x.${c} ORDER BY x.code) AS ${c === 'code' ? 'codes' : c}`)
  .join(', ');

/**
 * Per (assessment, item): the population key (0) and the gap key (1). Every record of the population adds its
 * gap key, gap or not, so that a pair of cells differing by one record gets independent noise whatever that
 * record's answer; the keys are hashed from the points under KEY_METHODOLOGY whatever the version, so that a
 * cell asked for under two versions gets the same noise.
 */
function gapFactsSql(countries: string): string {
  return `
    SELECT x.scope, x.methodology, x.year, x.country_iso3, 'gap' AS figure, ${FACT_ARRAYS}
    FROM (
      SELECT cy.scope, p.methodology, cy.year, cy.country_iso3, p.code, (p.points < ${GAP_THRESHOLD})::int::smallint AS counted,
             ${recordKey('h.h', 0)} AS k_assessed, ${recordKey('h.h', 1)} AS k_counted
      FROM current_assessment_years cy
      JOIN assessment_item_points p ON p.assessment_id = cy.assessment_id
      JOIN assessment_item_points k ON k.assessment_id = cy.assessment_id AND k.code = p.code AND k.methodology = '${KEY_METHODOLOGY}'
      CROSS JOIN LATERAL (SELECT ${recordHash('cy.country_iso3', `cy.assessment_id || ':' || p.code || ':' || k.points::text`)} AS h) h
      WHERE cy.country_iso3 = ANY(${countries})
    ) x
    GROUP BY x.scope, x.methodology, x.year, x.country_iso3`;
}

/**
 * Per (assessment, A.17 option): whether it is picked, the population key (one per assessment, the same for
 * each option) and the option's key, hashed from whether it is picked.
 */
function difficultyFactsSql(countries: string): string {
  return `
    SELECT cy.scope, '${ANY_METHODOLOGY}', cy.year, cy.country_iso3, 'difficulty', ${FACT_ARRAYS}
    FROM current_assessment_years cy
    JOIN assessments a ON a.id = cy.assessment_id
    CROSS JOIN LATERAL (
      SELECT o.code, p.picked::int::smallint AS counted,
             ${recordKey(recordHash('cy.country_iso3', `'assessed:' || cy.assessment_id`), 0)} AS k_assessed,
             ${recordKey(recordHash('cy.country_iso3', `cy.assessment_id || ':' || o.code || ':' || p.picked::text`), 0)} AS k_counted
      FROM unnest(${DIFFICULTY_OPTIONS}) AS o(code)
      CROSS JOIN LATERAL (SELECT coalesce(a.answers -> 'A.17', '[]'::jsonb) ? o.code AS picked) p
    ) x
    WHERE cy.country_iso3 = ANY(${countries})
    GROUP BY cy.scope, cy.year, cy.country_iso3`;
}

/** The count facts of the countries in `countries` (a char(3)[] expression), in COUNT_FACT_COLUMNS' order. */
export function countFactsOfCountriesSql(countries: string): string {
  return `WITH ${SHARED_CTE} ${gapFactsSql(countries)} UNION ALL ${difficultyFactsSql(countries)}`;
}

/** A count fact row `f`'s elements as rows `e` (code, counted, k_assessed, k_counted): a FROM item to join. */
export const FACT_ELEMENTS = `CROSS JOIN LATERAL unnest(f.codes, f.counted, f.k_assessed, f.k_counted) AS e(code, counted, k_assessed, k_counted)`;
