// The endpoints the scale benchmark measures, each with the SQL statements the API runs to compute its answer
// (parameters written in), for the framework-overhead comparison. Statements come from the built app.
import { DIMENSIONS, GAP_THRESHOLD, INSTRUMENT_ITEMS, findItem, isScored } from '@cpc/domain';
import { CURRENT_SQL } from '../../apps/api/dist/analytics/current-assessments.sql.js';
import { DIFFICULTIES_SQL } from '../../apps/api/dist/analytics/difficulties.sql.js';
import { GAPS_SQL } from '../../apps/api/dist/analytics/gaps.sql.js';
import { maturitySql } from '../../apps/api/dist/analytics/maturity.sql.js';
import { OUTCOMES_SQL, PARTICIPATION_SQL, operationsSql } from '../../apps/api/dist/analytics/operations.sql.js';
import {
  ANSWERS_SQL,
  COMPARISON_SQL,
  COUNTRY_ASSESSMENTS_SQL,
  COUNTRY_REGIONS_SQL,
} from '../../apps/api/dist/profiles/profile.sql.js';
import { COUNTRY_SQL, GROUPING_SQL } from '../../apps/api/dist/reference/reference.sql.js';
import { psql } from './psql.mjs';
import { bind } from './scale-measure.mjs';

const COUNTED = ['submitted', 'validated'];
const YEAR = 2024;
/** The default methodology, which the endpoints use when the request names none. */
const METHODOLOGY = 'v1';

/** ReferenceRepository's grouping statement: every analytics answer starts with it. */
const grouping = (id) => bind(GROUPING_SQL, [id]);

const maturity = (id, dimension) => [
  grouping(id),
  bind(maturitySql(dimension), [id, 2016, 2026, COUNTED, METHODOLOGY]),
];
const operations = (filter) => [
  grouping('wco'),
  filter
    ? bind(operationsSql(true), ['wco', 2016, 2026, filter.programme ?? null, null, filter.commodity ?? null])
    : bind(operationsSql(false), ['wco', 2016, 2026]),
];
const scoredCodes = INSTRUMENT_ITEMS.filter(isScored).map((i) => i.code);
const difficultyOptions = findItem('A.17')?.options.map((o) => o.code) ?? [];

/**
 * The profile's statements, as ProfileService runs them for the country's latest counted assessment: the
 * country, the grouping, the assessments, the regions, the comparison
 * with the region, and the latest assessment's answers.
 */
function profile(pgPort, iso3) {
  const [id, year] = psql(
    pgPort,
    bind(`SELECT id, year FROM assessments WHERE country_iso3 = $1 AND status = ANY($2) ORDER BY year DESC LIMIT 1`, [
      iso3,
      COUNTED,
    ]),
  )
    .trim()
    .split('|');
  const region = psql(pgPort, bind(COUNTRY_REGIONS_SQL, [iso3]))
    .trim()
    .split('\n')[0]
    .split('|')[3];
  return [
    bind(COUNTRY_SQL, [iso3]),
    grouping('wco'),
    bind(COUNTRY_ASSESSMENTS_SQL, [iso3, METHODOLOGY]),
    bind(COUNTRY_REGIONS_SQL, [iso3]),
    bind(COMPARISON_SQL, ['wco', region, iso3, Number(year), COUNTED, DIMENSIONS, METHODOLOGY]),
    bind(ANSWERS_SQL, [id]),
  ];
}

/** Every analytics endpoint and the profile. `as`: whose token; `sql(pgPort)`: the statements of its computation. */
const READ_ENDPOINTS = [
  {
    name: 'maturity, WCO 2016–2026',
    path: '/api/analytics/maturity?grouping=wco&from=2016&to=2026',
    sql: () => maturity('wco'),
  },
  {
    name: 'maturity, WCO 2016–2026, viewer (small cells)',
    path: '/api/analytics/maturity?grouping=wco&from=2016&to=2026',
    as: 'viewer',
  },
  {
    name: 'maturity, UN 2016–2026',
    path: '/api/analytics/maturity?grouping=un&from=2016&to=2026',
    sql: () => maturity('un'),
  },
  {
    name: 'maturity, WCO, dimension liaison',
    path: '/api/analytics/maturity?grouping=wco&from=2016&to=2026&dimension=liaison',
    sql: () => maturity('wco', 'liaison'),
  },
  {
    name: 'levels, WCO 2016–2026',
    path: '/api/analytics/levels?grouping=wco&from=2016&to=2026',
    sql: () => maturity('wco'),
  },
  {
    name: `gaps, WCO ${YEAR}`,
    path: `/api/analytics/gaps?grouping=wco&year=${YEAR}`,
    sql: () => [grouping('wco'), bind(GAPS_SQL, ['wco', YEAR, COUNTED, scoredCodes, GAP_THRESHOLD, METHODOLOGY])],
  },
  { name: `gaps, WCO ${YEAR}, viewer`, path: `/api/analytics/gaps?grouping=wco&year=${YEAR}`, as: 'viewer' },
  {
    name: `countries (map, current assessments), WCO ${YEAR}`,
    path: `/api/analytics/countries?grouping=wco&year=${YEAR}`,
    sql: () => [grouping('wco'), bind(CURRENT_SQL, ['wco', YEAR, COUNTED, METHODOLOGY])],
  },
  {
    name: `difficulties, WCO ${YEAR}`,
    path: `/api/analytics/difficulties?grouping=wco&year=${YEAR}`,
    sql: () => [grouping('wco'), bind(DIFFICULTIES_SQL, ['wco', YEAR, COUNTED, difficultyOptions])],
  },
  {
    name: 'operations, WCO 2016–2026 (rollups)',
    path: '/api/analytics/operations?grouping=wco&from=2016&to=2026',
    sql: () => operations(null),
  },
  {
    name: 'operations, WCO 2016–2026, commodity=cocaine',
    path: '/api/analytics/operations?grouping=wco&from=2016&to=2026&commodity=cocaine',
    sql: () => operations({ commodity: 'cocaine' }),
  },
  {
    name: `maturity-vs-outcomes, WCO ${YEAR}`,
    path: `/api/analytics/maturity-vs-outcomes?grouping=wco&year=${YEAR}&metric=seizureCases`,
    sql: () => [grouping('wco'), bind(OUTCOMES_SQL, ['wco', YEAR, COUNTED, METHODOLOGY])],
  },
  {
    name: 'participation, WCO 2016–2026',
    path: '/api/analytics/operations/participation?grouping=wco&from=2016&to=2026',
    sql: () => [grouping('wco'), bind(PARTICIPATION_SQL, ['wco', 2016, 2026, null, null])],
  },
  {
    name: 'country profile, FRA, viewer',
    path: '/api/countries/FRA/profile',
    as: 'viewer',
    sql: (pgPort) => profile(pgPort, 'FRA'),
  },
];

/**
 * Every analytics endpoint, the profile and the sign-in. `as`: whose token (analyst or viewer of FRA);
 * `sql(pgPort)`: the statements of its computation, for endpoints in the overhead table.
 */
export function scaleEndpoints(login) {
  const signIn = {
    name: 'login',
    path: '/api/auth/login',
    method: 'POST',
    body: JSON.stringify(login),
    distinctAddresses: true,
  };
  return [...READ_ENDPOINTS, signIn].map((e) => ({ as: 'analyst', ...e }));
}
