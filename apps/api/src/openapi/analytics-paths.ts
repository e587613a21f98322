import {
  CurrentAssessmentsResponseSchema,
  DifficultiesResponseSchema,
  GapsResponseSchema,
  LevelsResponseSchema,
  MaturityResponseSchema,
  ProfileResponseSchema,
} from '@cpc/domain';
import { ERROR, SIGNED_IN, get, problem, query } from './openapi-helpers.js';

const GROUPING = query('grouping', 'wco, un or a custom grouping id', 'wco');
const FROM = query('from', 'First year (1990–2100)', '2016');
const TO = query('to', 'Last year (1990–2100)', '2026');
const YEAR = query('year', 'The year (1990–2100); defaults to this year', '2024');
const STATUS = query('status', 'validated: count validated assessments only (default: submitted and validated)');
/** On every analytics path: the same figures, rows and suppression as the JSON, as a file (docs/exports.md). */
export const EXPORT = [
  query('format', 'json (default), csv or xlsx: the response’s list as a file, one row per element', 'csv'),
  query('bom', 'csv only: true starts the file with a UTF-8 byte-order mark, for Excel (default false)'),
];
const ERRORS = { '400': ERROR, ...SIGNED_IN, '404': problem('Unknown grouping or country') };
const SMALL_CELLS =
  ' For coordinators and viewers, figures built from fewer than 3 assessments are withheld (null, suppressed: true).';

export function analyticsPaths(): Record<string, object> {
  return {
    '/api/analytics/maturity': get(
      `Overall index (or one dimension) statistics per region and year over the current assessments.${SMALL_CELLS}`,
      MaturityResponseSchema,
      [
        GROUPING,
        FROM,
        TO,
        query('dimension', 'Put this dimension’s score in place of the overall index'),
        STATUS,
        ...EXPORT,
      ],
      ERRORS,
    ),
    '/api/analytics/levels': get(
      `Distribution over the continuum levels per region and year, with the members not assessed.${SMALL_CELLS}`,
      LevelsResponseSchema,
      [GROUPING, FROM, TO, query('kind', 'computed (default) or self'), STATUS, ...EXPORT],
      ERRORS,
    ),
    '/api/analytics/gaps': get(
      `Per region and scored item: assessments it applies to, and those below 0.5 points.${SMALL_CELLS}`,
      GapsResponseSchema,
      [GROUPING, YEAR, STATUS, ...EXPORT],
      ERRORS,
    ),
    '/api/analytics/difficulties': get(
      `Frequencies of the difficulties of A.17 per region.${SMALL_CELLS}`,
      DifficultiesResponseSchema,
      [GROUPING, YEAR, STATUS, ...EXPORT],
      ERRORS,
    ),
    '/api/analytics/countries': get(
      'Each member country’s current assessment in a year, with its scores (the map). Country details: national users get their own country only.',
      CurrentAssessmentsResponseSchema,
      [GROUPING, YEAR, STATUS, ...EXPORT],
      ERRORS,
    ),
    '/api/countries/{iso3}/profile': {
      get: {
        summary:
          'A country’s trajectory, latest assessment with the handbook’s recommendations, and regional comparison. As a file (format=csv or xlsx): the trajectory, one row per assessment.',
        tags: ['analytics'],
        security: [{ bearer: [] }],
        parameters: [{ name: 'iso3', in: 'path', required: true, schema: { type: 'string' } }, GROUPING, ...EXPORT],
        responses: { '200': get('', ProfileResponseSchema).get.responses['200'], ...ERRORS },
      },
    },
  };
}
