import {
  AssessmentListResponseSchema,
  AssessmentSchema,
  CountriesResponseSchema,
  CreateAssessmentRequestSchema,
  GroupingSchema,
  GroupingsResponseSchema,
  HealthResponseSchema,
  HistoryResponseSchema,
  ImportErrorsResponseSchema,
  ImportResultSchema,
  InstrumentResponseSchema,
  MaturityResponseSchema,
  MetaResponseSchema,
  ReturnAssessmentRequestSchema,
  SubmissionErrorsSchema,
  SubmitAssessmentRequestSchema,
  UpdateAssessmentRequestSchema,
  ValidateAssessmentRequestSchema,
  VersionConflictSchema,
} from '@cpc/domain';
import type { OpenAPIObject } from '@nestjs/swagger';
import { z } from 'zod';

type Schema = z.ZodType;

function json(schema: Schema, description: string, io: 'input' | 'output' = 'output') {
  return {
    description,
    content: { 'application/json': { schema: z.toJSONSchema(schema, { io, unrepresentable: 'any' }) } },
  };
}

const ERROR = {
  description: 'Bad input: the message and `errors[].field` name the parameter',
  content: {
    'application/json': {
      schema: { type: 'object', properties: { statusCode: { type: 'integer' }, message: { type: 'string' } } },
    },
  },
};

function query(name: string, description: string, example?: string) {
  return {
    name,
    in: 'query',
    required: false,
    description,
    schema: { type: 'string' },
    ...(example ? { example } : {}),
  };
}

const problem = (description: string) => ({ ...ERROR, description });

/** The errors every assessments route may answer, besides its own. */
const SIGNED_IN = {
  '401': problem('Not signed in'),
  '403': problem('Outside the caller’s role or country'),
};
const BY_ID = {
  ...SIGNED_IN,
  '400': problem('Bad input, or an id that is not a UUID: the message names the field or item code'),
  '404': problem('No such assessment'),
};
const STALE = json(
  VersionConflictSchema,
  'The `version` sent is not the stored one (someone saved meanwhile; reload and apply again), or the status forbids it',
);
const ID = { name: 'id', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } };

function body(schema: Schema, description: string) {
  return { required: true, ...json(schema, description, 'input') };
}

function operation(summary: string, spec: Record<string, unknown>) {
  return { summary, tags: ['assessments'], security: [{ bearer: [] }], ...spec };
}

function assessmentPaths(): Record<string, object> {
  return {
    '/api/assessments': {
      get: operation('Assessment summaries (no answers): coordinators and viewers see their own country only', {
        parameters: [
          query('country', 'ISO alpha-3; another country than your own is a 403 for coordinators and viewers'),
          query('year', 'Four-digit year'),
          query('status', 'draft, submitted, validated or returned'),
        ],
        responses: { '200': json(AssessmentListResponseSchema, 'OK'), '400': ERROR, ...SIGNED_IN },
      }),
      post: operation('Create a draft (the country’s coordinator); the answers may be incomplete', {
        requestBody: body(CreateAssessmentRequestSchema, 'Country, year (1990 to next year), answers, comments'),
        responses: {
          '201': json(AssessmentSchema, 'Created, at version 1'),
          '400': problem('Bad input or unknown country: the message names the field or item code'),
          ...SIGNED_IN,
          '409': problem('The country already has an assessment for that year'),
        },
      }),
    },
    '/api/assessments/{id}': {
      get: operation('One assessment with its answers, stored scores and gaps', {
        parameters: [ID],
        responses: { '200': json(AssessmentSchema, 'OK'), ...BY_ID },
      }),
      patch: operation(
        'Save a draft or a returned assessment (its coordinator). `answers` and `comments`, when sent, REPLACE the ' +
          'stored sets wholesale (send the whole set, not a delta); `version` must be the one you read',
        {
          parameters: [ID],
          requestBody: body(UpdateAssessmentRequestSchema, 'The whole answer set and/or comments, and your version'),
          responses: { '200': json(AssessmentSchema, 'Saved, version + 1'), ...BY_ID, '409': STALE },
        },
      ),
    },
    '/api/assessments/{id}/history': {
      get: operation('Every write: who, when, status change, answers old → new; oldest first', {
        parameters: [ID],
        responses: { '200': json(HistoryResponseSchema, 'OK'), ...BY_ID },
      }),
    },
    '/api/assessments/{id}/submit': {
      post: operation('Submit (its coordinator): checks completeness, computes and stores the scores', {
        parameters: [ID],
        requestBody: body(SubmitAssessmentRequestSchema, 'The version you read'),
        responses: {
          '200': json(AssessmentSchema, 'Submitted, with scores and gaps'),
          ...BY_ID,
          '409': STALE,
          '422': json(SubmissionErrorsSchema, 'Items missing or invalid; nothing changed'),
        },
      }),
    },
    '/api/assessments/{id}/validate': {
      post: operation('Validate a submitted assessment (analysts, admins)', {
        parameters: [ID],
        requestBody: body(ValidateAssessmentRequestSchema, 'Optionally the version you read'),
        responses: { '200': json(AssessmentSchema, 'Validated'), ...BY_ID, '409': STALE },
      }),
    },
    '/api/assessments/{id}/return': {
      post: operation('Return to the coordinator with a comment (analysts, admins); it leaves the analytics', {
        parameters: [ID],
        requestBody: body(ReturnAssessmentRequestSchema, 'Why, and optionally the version you read'),
        responses: { '200': json(AssessmentSchema, 'Returned'), ...BY_ID, '409': STALE },
      }),
    },
    '/api/assessments/import': {
      post: operation('Bulk import (analysts, admins): all rows or nothing; existing country-years are replaced', {
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
                      'CSV (comma, semicolon or tab; UTF-8 or Windows-1252) or XLSX (first sheet), at most 10 MB. ' +
                      'Header: country, year, status (submitted|validated), item codes, comment:<code>. Multi ' +
                      'values separated by ";"; rows whose first cell starts with # are ignored.',
                  },
                },
              },
            },
          },
        },
        responses: {
          '200': json(ImportResultSchema, 'Imported (or checked, with dryRun)'),
          '400': problem('No file, or a file that cannot be read'),
          ...SIGNED_IN,
          '413': problem('Over 10 MB or 10,000 rows'),
          '415': problem('Not a CSV or XLSX file'),
          '422': json(ImportErrorsResponseSchema, 'Every error, by row (header = row 1) and column; nothing written'),
        },
      }),
    },
    '/api/assessments/import/template': {
      get: operation('An import template: header and an example row; XLSX adds a sheet explaining codes in EN/FR', {
        parameters: [query('format', 'csv (default) or xlsx', 'xlsx')],
        responses: {
          '200': {
            description: 'The file, as an attachment',
            content: {
              'text/csv': { schema: { type: 'string' } },
              'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': {
                schema: { type: 'string', format: 'binary' },
              },
            },
          },
          '400': ERROR,
          ...SIGNED_IN,
        },
      }),
    },
  };
}

function get(summary: string, response: Schema, parameters: object[] = [], errors: Record<string, object> = {}) {
  return { get: { summary, parameters, responses: { '200': json(response, 'OK'), ...errors } } };
}

/** The OpenAPI document, generated from the same zod schemas that validate requests and type the web app. */
export function buildOpenApiDocument(): OpenAPIObject {
  return {
    openapi: '3.1.0',
    info: {
      title: 'CPC Observatory API',
      version: '1.0.0',
      description:
        'Customs–police cooperation diagnostics (WCO/INTERPOL handbook, section X), scored with methodology v1.',
    },
    paths: {
      '/api/health': get('Liveness and database status (503 while the database is down)', HealthResponseSchema),
      '/api/meta': get('Methodology version, demo-data flag and the newest counted year', MetaResponseSchema),
      '/api/instrument': get(
        'The diagnostic instrument (27 items); texts in one language with lang, else {en, fr}',
        InstrumentResponseSchema,
        [query('lang', 'en or fr')],
        { '400': ERROR },
      ),
      '/api/countries': get('ISO 3166-1 countries and territories', CountriesResponseSchema),
      '/api/groupings': get('Groupings of countries into regions (wco, un, custom)', GroupingsResponseSchema),
      '/api/groupings/{id}': {
        get: {
          summary: 'One grouping',
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
          responses: { '200': json(GroupingSchema, 'OK'), '404': ERROR },
        },
      },
      '/api/analytics/maturity': get(
        'Overall index statistics per region and year over the current assessments',
        MaturityResponseSchema,
        [
          query('grouping', 'wco, un or a custom grouping id', 'wco'),
          query('from', 'First year (1990–2100)', '2016'),
          query('to', 'Last year (1990–2100)', '2026'),
        ],
        { '400': ERROR, '404': ERROR },
      ),
      ...assessmentPaths(),
    },
    components: {
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer', description: 'The token from POST /api/auth/login' },
      },
    },
  } as unknown as OpenAPIObject;
}
