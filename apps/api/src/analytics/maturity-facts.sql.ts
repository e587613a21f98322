import { DIMENSIONS, GAP_THRESHOLD } from '@cpc/domain';
import { ACTION_FACT_KEYS } from './action-records.sql.js';
import { KEY_METHODOLOGY, recordHash, recordKey, SHARED_CTE } from './disclosure-keys.sql.js';
import { LEVELS } from './maturity-cells.sql.js';
import { breakdownRowsSql, breakdownValueSql } from '../assessments/score-breakdowns.sql.js';

/** Where a score's own key is: the index's in h1 (7), the dimensions' in h2 (5–7) and h3 (0–5). */
function ownKeyOf(dimension: (typeof DIMENSIONS)[number] | undefined): string {
  if (dimension === undefined) return recordKey('h.h1', 7);
  const i = DIMENSIONS.indexOf(dimension);
  return i < 3 ? recordKey('h.h2', 5 + i) : recordKey('h.h3', i - 3);
}

/**
 * Each counted assessment's keys (docs/disclosure.md), read once from its three hashes: h1 holds the shared
 * score key (0), the assessed-count key (1), the level keys (2–6) and the index's own key (7); h2 the
 * self-level keys (0–4) and three dimensions' own keys (5–7); h3 the other six dimensions' own keys. Every
 * record of a cell adds its level keys, whatever its level, so that a pair of cells differing by one record
 * gets independent noise in every level.
 */
const KEY_COLUMNS: [name: string, expression: string][] = [
  ['k_score', recordKey('h.h1', 0)],
  ['k_assessed', recordKey('h.h1', 1)],
  ...LEVELS.map((l): [string, string] => [`k_level_${l}`, recordKey('h.h1', l + 1)]),
  ...LEVELS.map((l): [string, string] => [`k_self_${l}`, recordKey('h.h2', l - 1)]),
  ['k_own_overall', ownKeyOf(undefined)],
  ...DIMENSIONS.map((d): [string, string] => [`k_own_${d}`, ownKeyOf(d)]),
];

/**
 * The hashes read the index under KEY_METHODOLOGY (k) whatever the version, so that a cell asked for under
 * two versions gets the same noise rather than two independent draws to average; a record's keys change with
 * its index and self level, so that an edit does not reveal its exact change.
 */
const RECORD_HASHES = `
      ${recordHash('a.country_iso3', `a.id || ':' || coalesce(k.overall_index::text, '') || ':' || coalesce(a.self_level::text, '')`)} AS h1,
      ${recordHash('a.country_iso3', `'self:' || a.id || ':' || coalesce(a.self_level::text, '')`)} AS h2,
      ${recordHash('a.country_iso3', `'dimensions:' || a.id || ':' || coalesce(k.overall_index::text, '')`)} AS h3`;

/** maturity_facts' columns, in the table's order after the key (scope, methodology, year, country). */
export const FACT_COLUMNS = [
  'scope',
  'methodology',
  'year',
  'country_iso3',
  'assessment_id',
  'assessed_year',
  'status',
  'overall_index',
  'computed_level',
  'self_level',
  ...DIMENSIONS.map((d) => `"${d}"`),
  ...KEY_COLUMNS.map(([name]) => `"${name}"`),
  'assessment_version',
  'gap_codes',
  'k_act',
].join(', ');

/**
 * The maturity facts of the countries in `countries` (a char(3)[] expression): for each status scope,
 * methodology and as-of year in which a country has a current assessment with stored scores, the scores and
 * the record keys the maturity figures and their protection need, and the assessment's version, gaps and actions
 * record keys, which the actions view needs of every member (action-records.sql.ts).
 */
export function factsOfCountriesSql(countries: string): string {
  return `
    WITH ${SHARED_CTE}
    SELECT cy.scope, sc.methodology, cy.year, cy.country_iso3, cy.assessment_id, cy.assessed_year, a.status, sc.overall_index,
           sc.computed_level, a.self_level,
           ${DIMENSIONS.map((d) => `${breakdownValueSql('sc', 'dimension', `'${d}'`)} AS "${d}"`).join(', ')},
           ${KEY_COLUMNS.map(([name, expression]) => `${expression} AS "${name}"`).join(',\n           ')},
           a.version AS assessment_version,
           ARRAY(SELECT p.code FROM ${breakdownRowsSql('sc', 'item', 'p')} WHERE p.value < ${GAP_THRESHOLD} ORDER BY p.code) AS gap_codes,
           ${ACTION_FACT_KEYS} AS k_act
    FROM current_assessment_years cy
    JOIN assessments a ON a.id = cy.assessment_id
    JOIN assessment_scores sc ON sc.assessment_id = a.id
    JOIN assessment_scores k ON k.assessment_id = a.id AND k.methodology = '${KEY_METHODOLOGY}'
    -- OFFSET 0 keeps the three hashes computed once a row, not once for each of the 25 keys read from them.
    CROSS JOIN LATERAL (SELECT ${RECORD_HASHES} OFFSET 0) h
    WHERE cy.country_iso3 = ANY(${countries})`;
}
