import { JOINT_UNIT_TYPES } from '@cpc/domain';
import { memberAtYearEnd, memberRecordRows, RECORD_CELLS } from './building-blocks.sql.js';
import { recordHash, recordKey, SHARED_CTE } from './disclosure-keys.sql.js';

/** In force during the year `cy.year`: from on or before its 31 December, to none or after its 1 January. */
const IN_FORCE = `i.valid_from <= make_date(cy.year, 12, 31) AND (i.valid_to IS NULL OR i.valid_to >= make_date(cy.year, 1, 1))`;

const unitColumns = JOINT_UNIT_TYPES.map(
  (t) => `count(*) FILTER (WHERE i.kind = 'joint_unit' AND i.details->>'unitType' = '${t}')::int AS "units_${t}"`,
).join(',\n             ');

const PARTICIPANTS = ['customs', 'police', 'other']
  .map((p) => `coalesce((i.details->'participants'->>'${p}')::int, 0)`)
  .join(' + ');

/** A member country-year's figures, in the order its record hash reads them, and their value with no instrument. */
const FIGURES: [column: string, none: string][] = [
  ['agreement', 'false'],
  ['committee', 'false'],
  ['liaison', 'false'],
  ['interpol', 'false'],
  ...JOINT_UNIT_TYPES.map((t): [string, string] => [`"units_${t}"`, '0']),
  ['trainings', '0'],
  ['participants', '0'],
];

/** The two record hashes of a member country-year (docs/disclosure.md): h1 keys 0–7, h2 keys 0–1. */
function recordHashes(country: string, year: string, figures: string[]): [h1: string, h2: string] {
  const content = (prefix: string) =>
    `'${prefix}:' || ${country} || ':' || ${year} || ':' || concat_ws(',', ${figures.join(', ')})`;
  return [recordHash(country, content('inst')), recordHash(country, content('inst2'))];
}

/** The member counts: each with its flag and key. Every member adds its key, with the instrument or not. */
const COUNTS: [name: string, flag: string, hash: 0 | 1, key: number][] = [
  ['withAgreement', 'agreement', 0, 0],
  ['withCommittee', 'committee', 0, 1],
  ['withLiaison', 'liaison', 0, 2],
  ['withInterpolAtBorders', 'interpol', 0, 3],
];

/** The magnitudes, each with its column and key. */
const MAGNITUDES: [name: string, column: string, hash: 0 | 1, key: number][] = [
  ...JOINT_UNIT_TYPES.map((t, k): [string, string, 0 | 1, number] => [`jointUnits.${t}`, `"units_${t}"`, 0, 4 + k]),
  ['trainings', 'trainings', 1, 0],
  ['trainingParticipants', 'participants', 1, 1],
];

/** Every key a member country-year record has, in the order of the zero-record key sums (zero-records.sql.ts). */
const KEYS = [...COUNTS, ...MAGNITUDES].map(([, , hash, key]) => ({ hash, key }));

/**
 * The record of a member country-year (`country`, `year`) with no instrument in force: its hashes (NULL for a
 * country that shares its figures; needs SHARED_CTE), and its keys read from the columns `hashColumn(i)`
 * holding them, in KEYS' order.
 */
export const ZERO_INSTRUMENT_RECORD = {
  hashes: (country: string, year: string): string[] =>
    recordHashes(
      country,
      year,
      FIGURES.map(([, none]) => none),
    ),
  keys: (hashColumn: (i: number) => string): string[] => KEYS.map(({ hash, key }) => recordKey(hashColumn(hash), key)),
};

/** The record `c`'s key minus the key of the same country-year with no instrument. */
const keyChange = ({ hash, key }: { hash: 0 | 1; key: number }) =>
  `coalesce(sum(${recordKey(`c.h${hash}`, key)} - ${recordKey(`c.z${hash}`, key)}), 0)`;

const holderCountColumns = COUNTS.map(
  ([name, flag, hash, key]) =>
    `count(*) FILTER (WHERE c.${flag})::int AS "${name}", ${keyChange({ hash, key })} AS "${name}_change"`,
).join(',\n           ');

const holderMagnitudeColumns = MAGNITUDES.map(
  ([name, col, hash, key]) =>
    `sum(c.${col})::int AS "sum_${name}", coalesce(max(c.${col}) FILTER (WHERE c.h0 IS NOT NULL), 0) AS "max_${name}", ${keyChange({ hash, key })} AS "${name}_change"`,
).join(',\n           ');

/** The key sum of figure `name` (its index `i` in KEYS): the members' with no instrument, moved by the holders'. */
const keyUnits = (name: string, i: number) => `coalesce(z.keys[${i + 1}], 0) + coalesce(h."${name}_change", 0)`;

const answerColumns = [
  ...COUNTS.map(
    ([name], i) =>
      `coalesce(h."${name}", 0) AS "${name}", ${keyUnits(name, i)} AS "${name}_units", coalesce(z.conf, 0) AS "${name}_conf"`,
  ),
  ...MAGNITUDES.map(
    ([name], i) =>
      `coalesce(h."sum_${name}", 0) AS "sum_${name}", coalesce(h."max_${name}", 0) AS "max_${name}", ${keyUnits(name, COUNTS.length + i)} AS "key_${name}"`,
  ),
].join(',\n         ');

/**
 * One row per region of the grouping (plus ALL) and year in [$2, $3]: the members at 31 December and what
 * the register holds for them during the year. A member country-year is one record, whose keys come from its
 * figures (docs/disclosure.md). Most members hold nothing in a year: the key sums of their records are kept
 * per cell (`zero_record_cells`, maintained at each write), so only the member country-years holding an
 * instrument are read here, each moving its cell's keys from the record with nothing to its own. $1 grouping id.
 */
export const INSTRUMENTS_SQL = `
  WITH ${SHARED_CTE},
  held AS MATERIALIZED (
    SELECT DISTINCT i.country_iso3 AS country, cy.year
    FROM instruments i CROSS JOIN generate_series($2::int, $3::int) AS cy(year)
    WHERE ${IN_FORCE}
  ),
  cy AS (
    SELECT h.year, h.country, array_agg(DISTINCT rg.code ORDER BY rg.code) AS regions
    FROM held h
    JOIN region_members rm ON rm.country_iso3 = h.country AND ${memberAtYearEnd('rm', 'h.year')}
    JOIN regions rg ON rg.id = rm.region_id AND rg.grouping_id = $1
    GROUP BY h.year, h.country
  ),
  country_years AS MATERIALIZED (
    SELECT cy.year, cy.country, cy.regions,
           bool_or(i.kind = 'agreement') IS TRUE AS agreement,
           bool_or(i.kind = 'committee') IS TRUE AS committee,
           bool_or(i.kind = 'liaison_officer') IS TRUE AS liaison,
           bool_or(i.kind = 'interpol_access' AND (i.details->>'year')::int = cy.year
                   AND (i.details->>'borderPointsConnected')::int > 0) IS TRUE AS interpol,
             ${unitColumns},
           count(*) FILTER (WHERE i.kind = 'training' AND extract(year FROM i.valid_from)::int = cy.year)::int AS trainings,
           coalesce(sum(${PARTICIPANTS}) FILTER (
             WHERE i.kind = 'training' AND extract(year FROM i.valid_from)::int = cy.year), 0)::int AS participants
    FROM cy JOIN instruments i ON i.country_iso3 = cy.country AND ${IN_FORCE}
    GROUP BY cy.year, cy.country, cy.regions
  ),
  keyed AS MATERIALIZED (
    SELECT c.*, ${recordHashes(
      'c.country',
      'c.year',
      FIGURES.map(([col]) => `c.${col}`),
    )
      .map((h, k) => `${h} AS h${k}`)
      .join(', ')},
      ${ZERO_INSTRUMENT_RECORD.hashes('c.country', 'c.year')
        .map((h, k) => `${h} AS z${k}`)
        .join(', ')}
    FROM country_years c
  ),
  holders AS (
    SELECT m.region AS cell_region, c.year AS cell_year,
           ${holderCountColumns},
           ${holderMagnitudeColumns}
    FROM keyed c ${RECORD_CELLS}
    GROUP BY m.region, c.year
  )
  SELECT g.region, y.year, coalesce(rym.members, 0) AS members,
         ${answerColumns}
  FROM ${memberRecordRows('instruments')}
  LEFT JOIN holders h ON h.cell_region = g.region AND h.cell_year = y.year`;

export const INSTRUMENT_MAGNITUDES = MAGNITUDES.map(([name]) => name);
export const INSTRUMENT_COUNTS = COUNTS.map(([name]) => name);
