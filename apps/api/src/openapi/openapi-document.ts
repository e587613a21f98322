import {
  CountriesResponseSchema,
  GroupingSchema,
  GroupingsResponseSchema,
  HealthResponseSchema,
  InstrumentResponseSchema,
  MaturityResponseSchema,
  MetaResponseSchema,
} from '@cpc/domain';
import type { OpenAPIObject } from '@nestjs/swagger';
import { z } from 'zod';

type Schema = z.ZodType;

function json(schema: Schema, description: string) {
  return {
    description,
    content: { 'application/json': { schema: z.toJSONSchema(schema, { io: 'output', unrepresentable: 'any' }) } },
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
    },
  } as unknown as OpenAPIObject;
}
