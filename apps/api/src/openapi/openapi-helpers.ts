import { z } from 'zod';

export type Schema = z.ZodType;

export function json(schema: Schema, description: string, io: 'input' | 'output' = 'output') {
  return {
    description,
    content: { 'application/json': { schema: z.toJSONSchema(schema, { io, unrepresentable: 'any' }) } },
  };
}

export const ERROR = {
  description: 'Bad input: the message and `errors[].field` name the parameter',
  content: {
    'application/json': {
      schema: { type: 'object', properties: { statusCode: { type: 'integer' }, message: { type: 'string' } } },
    },
  },
};

/** The file types of a route's `format=csv|xlsx` answer. */
export const FILE_CONTENT = {
  'text/csv': { schema: { type: 'string' } },
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': { schema: { type: 'string', format: 'binary' } },
};

export function query(name: string, description: string, example?: string) {
  return {
    name,
    in: 'query',
    required: false,
    description,
    schema: { type: 'string' },
    ...(example ? { example } : {}),
  };
}

export const problem = (description: string) => ({ ...ERROR, description });

/**
 * The 403 of a figure by grouping asked by a coordinator or viewer (docs/disclosure.md): they get the published
 * tables only. `more` adds what else the route refuses them.
 */
export function publishedOnly(more = ''): object {
  return problem(
    `A coordinator or viewer asked for the UN or a custom grouping (national users may use wco only; the message names grouping) or set status (they see one status set; the message names status)${more}`,
  );
}

/** The errors every assessments route may answer, besides its own. */
export const SIGNED_IN = {
  '401': problem('Not signed in'),
  '403': problem('Outside the caller’s role or country'),
};
export const BY_ID = {
  ...SIGNED_IN,
  '400': problem('Bad input, or an id that is not a UUID: the message names the field or item code'),
  '404': problem('No such assessment'),
};
export const ID = { name: 'id', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } };

export function body(schema: Schema, description: string) {
  return { required: true, ...json(schema, description, 'input') };
}

export function operation(summary: string, spec: Record<string, unknown>, tag = 'assessments') {
  return { summary, tags: [tag], security: [{ bearer: [] }], ...spec };
}

export function get(summary: string, response: Schema, parameters: object[] = [], errors: Record<string, object> = {}) {
  return { get: { summary, parameters, responses: { '200': json(response, 'OK'), ...errors } } };
}
