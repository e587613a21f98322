import {
  CurrentAssessmentsResponseSchema,
  DifficultiesResponseSchema,
  GapsResponseSchema,
  LevelsResponseSchema,
  MaturityResponseSchema,
  ProfileResponseSchema,
} from '@cpc/domain';
import { ERROR, FILE_CONTENT, get, problem, publishedOnly, query, type Schema } from './openapi-helpers.js';

const GROUPING = query('grouping', 'wco, un or a custom grouping id (national users: wco only)', 'wco');
const FROM = query('from', 'First year (1990–2100)', '2016');
const TO = query('to', 'Last year (1990–2100)', '2026');
const YEAR = query('year', 'The year (1990–2100); defaults to this year', '2024');
const STATUS = query(
  'status',
  'validated: count validated assessments only (default: submitted and validated); analysts and admins only',
);
/** On every analytics path: the same figures, rows and suppression as the JSON, as a file (docs/exports.md). */
export const EXPORT = [
  query('format', 'json (default), csv or xlsx: the response’s list as a file, one row per element', 'csv'),
  query('bom', 'csv only: true starts the file with a UTF-8 byte-order mark, for Excel (default false)'),
];

/** A GET path that takes EXPORT: its 200 response may also be a CSV or an XLSX attachment. */
export function exportableGet(
  summary: string,
  response: Schema,
  parameters: object[],
  errors: Record<string, object>,
): ReturnType<typeof get> {
  const path = get(summary, response, parameters, errors);
  const ok = path.get.responses['200'];
  path.get.responses['200'] = {
    description: 'OK: JSON, or with format=csv|xlsx the list as an attachment',
    content: { ...ok.content, ...FILE_CONTENT },
  };
  return path;
}
const ERRORS = {
  '400': ERROR,
  '401': problem('Not signed in'),
  '403': publishedOnly(),
  '404': problem('Unknown grouping (analysts and admins) or country'),
};
/** What coordinators and viewers get (docs/disclosure.md). */
const SMALL_CELLS =
  ' For coordinators and viewers (protected: true), figures of fewer than 3 assessments are withheld (null, suppressed: true) and the others perturbed within published bounds, without median, quartiles, min or max.';

export function analyticsPaths(): Record<string, object> {
  return {
    '/api/analytics/maturity': exportableGet(
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
    '/api/analytics/levels': exportableGet(
      `Distribution over the continuum levels per region and year, with the members not assessed.${SMALL_CELLS}`,
      LevelsResponseSchema,
      [GROUPING, FROM, TO, query('kind', 'computed (default) or self'), STATUS, ...EXPORT],
      ERRORS,
    ),
    '/api/analytics/gaps': exportableGet(
      `Per region and scored item: assessments it applies to, and those below 0.5 points.${SMALL_CELLS}`,
      GapsResponseSchema,
      [GROUPING, YEAR, STATUS, ...EXPORT],
      ERRORS,
    ),
    '/api/analytics/difficulties': exportableGet(
      `Frequencies of the difficulties of A.17 per region.${SMALL_CELLS}`,
      DifficultiesResponseSchema,
      [GROUPING, YEAR, STATUS, ...EXPORT],
      ERRORS,
    ),
    '/api/analytics/countries': exportableGet(
      'Each member country’s current assessment in a year, with its scores (the map). Country details: national users get their own country and those that share their figures with members.',
      CurrentAssessmentsResponseSchema,
      [GROUPING, YEAR, STATUS, ...EXPORT],
      ERRORS,
    ),
    '/api/countries/{iso3}/profile': {
      get: {
        summary:
          'A country’s trajectory, latest assessment with the handbook’s recommendations, and regional comparison. As a file (format=csv or xlsx): the trajectory, one row per assessment. National users may open their own country and those that share their figures with members; their regional comparison is the protected region cell, without median or rank.',
        tags: ['analytics'],
        security: [{ bearer: [] }],
        parameters: [
          { name: 'iso3', in: 'path', required: true, schema: { type: 'string' } },
          GROUPING,
          STATUS,
          ...EXPORT,
        ],
        responses: exportableGet('', ProfileResponseSchema, [], {
          ...ERRORS,
          '403': publishedOnly(
            ', or a country that keeps its figures confidential (national users: their own and those that share them; the message names iso3)',
          ),
        }).get.responses,
      },
    },
  };
}
