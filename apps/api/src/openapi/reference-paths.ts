import {
  CountriesResponseSchema,
  CreateGroupingRequestSchema,
  GroupingSchema,
  GroupingsResponseSchema,
  HealthResponseSchema,
  InstrumentResponseSchema,
  MetaResponseSchema,
  UpdateGroupingRequestSchema,
} from '@cpc/domain';
import { ERROR, SIGNED_IN, body, get, json, operation, problem, query } from './openapi-helpers.js';

const GROUPING_ID = { name: 'id', in: 'path', required: true, schema: { type: 'string' } };

export function referencePaths(): Record<string, object> {
  return {
    '/api/health': get('Liveness and database status (503 while the database is down); public', HealthResponseSchema),
    '/api/meta': get(
      'Methodology version, demo-data flag and the newest counted year',
      MetaResponseSchema,
      [],
      SIGNED_IN,
    ),
    '/api/instrument': get(
      'The diagnostic instrument (27 items); texts in one language with lang, else {en, fr}; public',
      InstrumentResponseSchema,
      [query('lang', 'en or fr')],
      { '400': ERROR },
    ),
    '/api/countries': get('ISO 3166-1 countries and territories', CountriesResponseSchema, [], SIGNED_IN),
    '/api/groupings': {
      ...get(
        'Groupings of countries into regions (wco, un, custom); national users get wco only',
        GroupingsResponseSchema,
        [],
        SIGNED_IN,
      ),
      post: operation(
        'Create a custom grouping (analyst, admin); a country in at most one region',
        {
          requestBody: body(CreateGroupingRequestSchema, 'Name and regions'),
          responses: { '201': json(GroupingSchema, 'Created'), '400': ERROR, ...SIGNED_IN },
        },
        'groupings',
      ),
    },
    '/api/groupings/{id}': {
      get: {
        summary: 'One grouping',
        parameters: [GROUPING_ID],
        responses: {
          '200': json(GroupingSchema, 'OK'),
          ...SIGNED_IN,
          '403': problem('A coordinator or viewer asked for a grouping other than wco: the message names grouping'),
          '404': problem('No such grouping (analysts and admins)'),
        },
      },
      patch: operation(
        'Rename or change a custom grouping (analyst, admin); built-in ones answer 403',
        {
          parameters: [GROUPING_ID],
          requestBody: body(UpdateGroupingRequestSchema, 'Changes'),
          responses: {
            '200': json(GroupingSchema, 'Updated'),
            '400': ERROR,
            ...SIGNED_IN,
            '404': problem('No such grouping'),
          },
        },
        'groupings',
      ),
      delete: operation(
        'Delete a custom grouping (analyst, admin)',
        {
          parameters: [GROUPING_ID],
          responses: { '204': { description: 'Deleted' }, ...SIGNED_IN, '404': problem('No such grouping') },
        },
        'groupings',
      ),
    },
  };
}
