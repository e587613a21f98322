import { recordHash, recordKey } from './disclosure-keys.sql.js';

/** An actions record's keys: the plan count's (0), then one per figure of ACTION_FIGURES (1–7). */
const KEYS = Array.from({ length: 8 }, (_, k) => k);

/**
 * The hash of the actions view's record of a member country-year (NULL for a country that shares its figures;
 * needs SHARED_CTE), from SQL text expressions: its current assessment's id and version ('' and 0 for none) and
 * its plan's content ('' for none). An edit of the assessment or the plan gets the record new keys.
 */
export function actionRecordHash(
  country: string,
  year: string,
  assessmentId: string,
  version: string,
  content: string,
) {
  return recordHash(
    country,
    `'act:' || ${country} || ':' || ${year} || ':' || ${assessmentId} || ':' || ${version} || ':' || ${content}`,
  );
}

/** The record of a member country-year with neither a current assessment nor a plan (zero-records.sql.ts). */
export const ZERO_ACTION_RECORD = {
  hashes: (country: string, year: string): string[] => [actionRecordHash(country, year, `''`, '0', `''`)],
  keys: (hashColumn: (i: number) => string): string[] => KEYS.map((k) => recordKey(hashColumn(0), k)),
};

/** Key `k` of the record hashed `hash` minus the same key of the record hashed `base`. */
export const actionKeyChange = (hash: string, base: string, k: number) =>
  `${recordKey(hash, k)} - ${recordKey(base, k)}`;

/**
 * maturity_facts' `k_act` of a current assessment (a.id, a.version) in the as-of year cy.year: the keys of the
 * country-year's actions record without a plan minus those of the record with nothing, which zero_record_cells
 * already counts; NULL for a country that shares its figures. OFFSET 0 keeps the two hashes computed once a row:
 * pulled up, each of the 16 key reads hashed again (a third of the maturity facts' statement at an import).
 */
export const ACTION_FACT_KEYS = `(SELECT CASE WHEN r.h IS NULL THEN NULL ELSE ARRAY[${KEYS.map((k) => actionKeyChange('r.h', 'r.z', k)).join(', ')}] END
      FROM (SELECT ${actionRecordHash('cy.country_iso3', 'cy.year', 'a.id::text', 'a.version', `''`)} AS h,
                   ${ZERO_ACTION_RECORD.hashes('cy.country_iso3', 'cy.year')[0]} AS z OFFSET 0) r)`;

/**
 * What the actions view reads of a maturity cell (facts `f`): the members' gaps (their largest among
 * confidential records is not additive, so the cells keep it), and the key changes of their current assessments.
 */
export const ACTION_CELL_FIGURES: [string, string][] = [
  ['act_gaps', 'sum(cardinality(f.gap_codes))'],
  ['act_gaps_max', 'coalesce(max(cardinality(f.gap_codes)) FILTER (WHERE f.k_act IS NOT NULL), 0)'],
  ...KEYS.map((k): [string, string] => [`act_key_${k}`, `coalesce(sum(f.k_act[${k + 1}]), 0)`]),
];
