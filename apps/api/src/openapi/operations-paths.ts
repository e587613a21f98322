import {
  CreateOperationRequestSchema,
  CreateResultRequestSchema,
  ImportErrorsResponseSchema,
  MaturityVsOutcomesResponseSchema,
  OperationImportResultSchema,
  OperationListResponseSchema,
  OperationResultListResponseSchema,
  OperationResultSchema,
  OperationSchema,
  OperationsAnalyticsResponseSchema,
  ParticipationResponseSchema,
  UpdateOperationRequestSchema,
  UpdateResultRequestSchema,
} from '@cpc/domain';
import { EXPORT, exportableGet } from './analytics-paths.js';
import { ERROR, ID, SIGNED_IN, body, json, operation, problem, publishedOnly, query } from './openapi-helpers.js';

const TAG = 'operations';
const RESULT_ID = { name: 'resultId', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } };
const BY_ID = {
  ...SIGNED_IN,
  '400': problem('Bad input, or an id that is not a UUID: the message and errors[].field name the field'),
  '404': problem('No such operation or result, or one outside the caller’s country'),
};
const ANALYTICS_ERRORS = {
  '400': ERROR,
  '401': problem('Not signed in'),
  '403': publishedOnly(
    ', or a programme, activity or commodity filter (analysts and admins only; the message names it)',
  ),
  '404': problem('Unknown grouping (analysts and admins)'),
};
const GROUPING = query('grouping', 'wco, un or a custom grouping id (national users: wco only)', 'wco');
const FROM = query('from', 'First end year (1990–2100)', '2016');
const TO = query('to', 'Last end year (1990–2100)', '2026');
const FILTERS = [
  query('programme', 'aircop, ccp, wco, interpol, regional or national (analysts and admins only)'),
  query(
    'activity',
    'risk_targeting, interception, investigation, operational or controlled_delivery (analysts and admins only)',
  ),
];

function importPaths(): Record<string, object> {
  return {
    '/api/operations/import': {
      post: operation(
        'Bulk import of operations and results (analysts, admins): all rows or nothing, idempotent (keys: operation code, country)',
        {
          parameters: [query('dryRun', 'true: check the file and count, write nothing', 'false')],
          requestBody: {
            required: true,
            content: {
              'multipart/form-data': {
                schema: {
                  type: 'object',
                  required: ['file'],
                  properties: {
                    file: {
                      type: 'string',
                      format: 'binary',
                      description:
                        'CSV or XLSX (first sheet), at most 64 MB and 250,000 rows; one row per operation × country × commodity. ' +
                        'Columns: operation_code, operation_name, programme, lead, activities (;-separated), start_date, end_date, ' +
                        'country, unit_type, unit_name, arrests, investigations_opened, controlled_deliveries, persons_checked, ' +
                        '{sltd,smv,nominal,notices}_{queries,hits}, commodity, cases, quantity, unit.',
                    },
                  },
                },
              },
            },
          },
          responses: {
            '200': json(OperationImportResultSchema, 'Imported (or checked, with dryRun)'),
            '400': problem('No file, or a file that cannot be read'),
            ...SIGNED_IN,
            '413': problem('Over 64 MB or 250,000 rows'),
            '415': problem('Not a CSV or XLSX file'),
            '422': json(ImportErrorsResponseSchema, 'Every error, by row and column; nothing written'),
          },
        },
        TAG,
      ),
    },
    '/api/operations/import/template': {
      get: operation(
        'An operations import template: header and example rows; XLSX adds a sheet of codes',
        {
          parameters: [query('format', 'csv (default) or xlsx')],
          responses: { '200': { description: 'The template file' }, ...SIGNED_IN },
        },
        TAG,
      ),
    },
  };
}

function operationPaths(): Record<string, object> {
  return {
    '/api/operations': {
      get: operation(
        'Operations, newest end date first (national users: those their country takes part in)',
        {
          parameters: ['q', 'programme', 'lead', 'activity', 'country', 'year', 'limit', 'offset'].map((name) =>
            query(name, name === 'year' ? 'End year' : name === 'limit' ? '1–500, default 100' : name),
          ),
          responses: { '200': json(OperationListResponseSchema, 'OK'), '400': ERROR, ...SIGNED_IN },
        },
        TAG,
      ),
      post: operation(
        'Create an operation (analysts, admins)',
        {
          requestBody: body(CreateOperationRequestSchema, 'The operation and its participating countries'),
          responses: {
            '201': json(OperationSchema, 'Created'),
            '400': ERROR,
            ...SIGNED_IN,
            '409': problem('The code is taken'),
          },
        },
        TAG,
      ),
    },
    '/api/operations/{id}': {
      get: operation(
        'One operation',
        { parameters: [ID], responses: { '200': json(OperationSchema, 'OK'), ...BY_ID } },
        TAG,
      ),
      patch: operation(
        'Change an operation (analysts, admins); a participant that reported cannot be removed',
        {
          parameters: [ID],
          requestBody: body(UpdateOperationRequestSchema, 'The fields to change'),
          responses: {
            '200': json(OperationSchema, 'Changed'),
            ...BY_ID,
            '409': problem('Code taken, or participant reported'),
          },
        },
        TAG,
      ),
      delete: operation(
        'Delete an operation with its results (analysts, admins)',
        { parameters: [ID], responses: { '204': { description: 'Deleted' }, ...BY_ID } },
        TAG,
      ),
    },
  };
}

function resultPaths(): Record<string, object> {
  return {
    '/api/operations/{id}/results': {
      get: operation(
        'An operation’s results (national users: their own country’s, and those of participants that share their figures with members)',
        { parameters: [ID], responses: { '200': json(OperationResultListResponseSchema, 'OK'), ...BY_ID } },
        TAG,
      ),
      post: operation(
        'Report a participant’s result (analysts, admins, or the country’s coordinator)',
        {
          parameters: [ID],
          requestBody: body(CreateResultRequestSchema, 'One country’s result'),
          responses: {
            '201': json(OperationResultSchema, 'Reported'),
            ...BY_ID,
            '409': problem('The country has already reported: edit its result'),
          },
        },
        TAG,
      ),
    },
    '/api/operations/{id}/results/{resultId}': {
      get: operation(
        'One result',
        { parameters: [ID, RESULT_ID], responses: { '200': json(OperationResultSchema, 'OK'), ...BY_ID } },
        TAG,
      ),
      patch: operation(
        'Change a result; given lists (databaseChecks, seizures) replace the stored ones',
        {
          parameters: [ID, RESULT_ID],
          requestBody: body(UpdateResultRequestSchema, 'The fields to change'),
          responses: { '200': json(OperationResultSchema, 'Changed'), ...BY_ID },
        },
        TAG,
      ),
      delete: operation(
        'Delete a result',
        { parameters: [ID, RESULT_ID], responses: { '204': { description: 'Deleted' }, ...BY_ID } },
        TAG,
      ),
    },
  };
}

function analyticsPaths(): Record<string, object> {
  return {
    '/api/analytics/operations': exportableGet(
      'Operational outcomes per region and end year, with ALL. Quantities per commodity and unit, never added across units. For coordinators and viewers (protected: true), rows of fewer than 3 reporting countries are withheld (null, suppressed: true) and the others perturbed within published bounds.',
      OperationsAnalyticsResponseSchema,
      [
        GROUPING,
        FROM,
        TO,
        ...FILTERS,
        query('commodity', 'Results with a seizure of this commodity; its figures only (analysts and admins only)'),
        ...EXPORT,
      ],
      ANALYTICS_ERRORS,
    ),
    '/api/analytics/operations/participation': exportableGet(
      'Operations each member country took part in, and reported (the participation map). National users: their own country and those that share their figures with members.',
      ParticipationResponseSchema,
      [GROUPING, FROM, TO, ...FILTERS, ...EXPORT],
      ANALYTICS_ERRORS,
    ),
    '/api/analytics/maturity-vs-outcomes': exportableGet(
      'Overall index against an outcome per country for one end year, with Pearson, Spearman and n. National users: their own point and those of the countries that share their figures with members; the coefficients and n only from 10 points, excluded null.',
      MaturityVsOutcomesResponseSchema,
      [
        GROUPING,
        query('year', 'End year; defaults to this year', '2024'),
        query('metric', 'seizureCases (default), arrests, hitRate or controlledDeliveries'),
        query('status', 'validated: count validated assessments only (analysts and admins only)'),
        ...EXPORT,
      ],
      ANALYTICS_ERRORS,
    ),
  };
}

export function operationsPaths(): Record<string, object> {
  return { ...importPaths(), ...operationPaths(), ...resultPaths(), ...analyticsPaths() };
}
