import { ErrorResponseSchema } from '@cpc/domain';
import { z } from 'zod';
import type { ResponseObject } from './route-doc.js';

type JsonSchema = Record<string, unknown>;

/**
 * A zod schema as the JSON Schema of an OpenAPI 3.1 document. Query strings such as years are validated as
 * digits and turned into numbers; their `.meta({type: 'integer'})` says so, and the digits pattern is dropped.
 */
export function jsonSchema(schema: z.ZodType, io: 'input' | 'output' = 'output'): JsonSchema {
  const converted = z.toJSONSchema(schema, {
    io,
    unrepresentable: 'any',
    override: ({ jsonSchema: out }) => {
      if (out.type === 'integer' || out.type === 'number') delete out.pattern;
    },
  }) as JsonSchema;
  delete converted.$schema;
  return converted;
}

export function json(schema: z.ZodType, description: string): ResponseObject {
  return { description, content: { 'application/json': { schema: jsonSchema(schema) } } };
}

/** An error answer: the exception filter's body. */
export const problem = (description: string): ResponseObject => json(ErrorResponseSchema, description);

export const ERROR = problem('Bad input: the message and `errors[].field` name the parameter');

export const CSV_TYPE = 'text/csv';
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The media types of a CSV or XLSX file. */
export const FILE_CONTENT = {
  [CSV_TYPE]: { schema: { type: 'string' } },
  [XLSX_TYPE]: { schema: { type: 'string', format: 'binary' } },
};

/** A success that is a CSV or XLSX attachment. */
export const file = (description: string): ResponseObject => ({ description, content: FILE_CONTENT });

/** The errors of every route that needs a session. */
export const SIGNED_IN = {
  '401': problem('Not signed in'),
  '403': problem('Outside the caller’s role or country'),
};

/**
 * The 403 of a figure by grouping asked by a coordinator or viewer (docs/disclosure.md): they get the published
 * tables only. `more` adds what else the route refuses them.
 */
export function publishedOnly(more = ''): ResponseObject {
  return problem(
    `A coordinator or viewer asked for the UN or a custom grouping (national users may use wco only; the message names grouping) or set status (they see one status set; the message names status)${more}`,
  );
}

/** A multipart upload of one spreadsheet in the field `file`. */
export function spreadsheetUpload(description: string): object {
  return {
    required: true,
    content: {
      'multipart/form-data': {
        schema: {
          type: 'object',
          required: ['file'],
          properties: { file: { type: 'string', format: 'binary', description } },
        },
      },
    },
  };
}
