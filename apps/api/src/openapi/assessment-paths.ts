import {
  AssessmentListResponseSchema,
  AssessmentSchema,
  CreateAssessmentRequestSchema,
  HistoryResponseSchema,
  ImportErrorsResponseSchema,
  ImportResultSchema,
  ReturnAssessmentRequestSchema,
  SubmissionErrorsSchema,
  SubmitAssessmentRequestSchema,
  UpdateAssessmentRequestSchema,
  ValidateAssessmentRequestSchema,
  VersionConflictSchema,
} from '@cpc/domain';

import { BY_ID, ERROR, ID, SIGNED_IN, body, json, operation, problem, query } from './openapi-helpers.js';

const STALE = json(
  VersionConflictSchema,
  'The `version` sent is not the stored one (someone saved meanwhile; reload and apply again), or the status forbids it',
);

export function assessmentPaths(): Record<string, object> {
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
        requestBody: body(ValidateAssessmentRequestSchema, 'The version you read'),
        responses: { '200': json(AssessmentSchema, 'Validated'), ...BY_ID, '409': STALE },
      }),
    },
    '/api/assessments/{id}/return': {
      post: operation('Return to the coordinator with a comment (analysts, admins); it leaves the analytics', {
        parameters: [ID],
        requestBody: body(ReturnAssessmentRequestSchema, 'Why, and the version you read'),
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
                      'Header: country, year, status (submitted|validated), item codes, comment:<code>; columns ' +
                      'starting with score: (a raw export’s scores) are skipped. Multi values separated by ";"; ' +
                      'rows whose first cell starts with # are ignored.',
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
