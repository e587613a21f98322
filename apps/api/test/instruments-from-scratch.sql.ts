/*
 * The instruments statement of before the zero-record cells (issue #19), kept as the oracle of
 * maturity-cells.test.ts: it hashes every member country-year's record at each read, reading only the register,
 * the memberships and the disclosure settings.
 */
import { JOINT_UNIT_TYPES } from '@cpc/domain';
import {
  ALL_REGION_SQL,
  groupingMembersCte,
  MEMBER_YEARS_CTE,
  RECORD_CELLS,
} from '../src/analytics/building-blocks.sql.js';
import { cellKeyColumns, keySum, recordHash, recordKey, SHARED_CTE } from '../src/analytics/disclosure-keys.sql.js';

/** In force during the year `y` (an SQL integer): from on or before its 31 December, to none or after its 1 January. */
const IN_FORCE = `i.valid_from <= make_date(cy.year, 12, 31) AND (i.valid_to IS NULL OR i.valid_to >= make_date(cy.year, 1, 1))`;

const unitColumns = JOINT_UNIT_TYPES.map(
  (t) => `count(*) FILTER (WHERE i.kind = 'joint_unit' AND i.details->>'unitType' = '${t}')::int AS "units_${t}"`,
).join(',\n             ');

const PARTICIPANTS = ['customs', 'police', 'other']
  .map((p) => `coalesce((i.details->'participants'->>'${p}')::int, 0)`)
  .join(' + ');

/** A member country-year's figures, in the order its record hash reads them. */
const FIGURES = [
  'agreement',
  'committee',
  'liaison',
  'interpol',
  ...JOINT_UNIT_TYPES.map((t) => `"units_${t}"`),
  'trainings',
  'participants',
];

/** The magnitudes and the key of each: h1 keys 4–7 the unit types, h2 keys 0–1 trainings and participants. */
const MAGNITUDES: [name: string, column: string, key: string][] = [
  ...JOINT_UNIT_TYPES.map((t, k): [string, string, string] => [
    `jointUnits.${t}`,
    `"units_${t}"`,
    recordKey('c.h1', 4 + k),
  ]),
  ['trainings', 'trainings', recordKey('c.h2', 0)],
  ['trainingParticipants', 'participants', recordKey('c.h2', 1)],
];

const magnitudeColumns = MAGNITUDES.map(
  ([name, col, key]) =>
    `sum(c.${col})::int AS "sum_${name}", coalesce(max(c.${col}) FILTER (WHERE c.h1 IS NOT NULL), 0) AS "max_${name}", ${keySum(key)} AS "key_${name}"`,
).join(',\n           ');

/** The member counts and the key of each: h1 keys 0–3. Every member adds its key, with the instrument or not. */
const COUNTS: [name: string, flag: string][] = [
  ['withAgreement', 'agreement'],
  ['withCommittee', 'committee'],
  ['withLiaison', 'liaison'],
  ['withInterpolAtBorders', 'interpol'],
];

const countColumns = COUNTS.map(
  ([name, flag], k) =>
    `count(*) FILTER (WHERE c.${flag})::int AS "${name}", ${cellKeyColumns(name, recordKey('c.h1', k))}`,
).join(',\n           ');

/**
 * One row per region of the grouping (plus ALL) and year in [$2, $3]: the members at 31 December and what
 * the register holds for them during the year. A member country-year is one record: its keys come from its
 * figures (docs/disclosure.md). $1 grouping id.
 */
export const INSTRUMENTS_FROM_SCRATCH_SQL = `
  WITH ${groupingMembersCte('$2', '$3')},${SHARED_CTE},${MEMBER_YEARS_CTE},
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
    FROM cy LEFT JOIN instruments i ON i.country_iso3 = cy.country AND ${IN_FORCE}
    GROUP BY cy.year, cy.country, cy.regions
  ),
  keyed AS MATERIALIZED (
    SELECT c.*,
           ${recordHash('c.country', `'inst:' || c.country || ':' || c.year || ':' || concat_ws(',', ${FIGURES.map((f) => `c.${f}`).join(', ')})`)} AS h1,
           ${recordHash('c.country', `'inst2:' || c.country || ':' || c.year || ':' || concat_ws(',', ${FIGURES.map((f) => `c.${f}`).join(', ')})`)} AS h2
    FROM country_years c
  ),
  cells AS (
    SELECT m.region AS cell_region, c.year AS cell_year, count(*)::int AS cell_members,
           ${countColumns},
           ${magnitudeColumns}
    FROM keyed c ${RECORD_CELLS}
    GROUP BY m.region, c.year
  )
  SELECT g.region, y.year, coalesce(cells.cell_members, 0) AS members, cells.*
  FROM (SELECT code AS region FROM regions WHERE grouping_id = $1 UNION ALL SELECT ${ALL_REGION_SQL}) g
  CROSS JOIN generate_series($2::int, $3::int) AS y(year)
  LEFT JOIN cells ON cells.cell_region = g.region AND cells.cell_year = y.year`;
