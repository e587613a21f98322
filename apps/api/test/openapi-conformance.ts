import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsPlugin from 'ajv-formats';

/** The parts of an OpenAPI document the conformance test reads. */
export interface OpenApiDocument {
  paths: Record<string, Record<string, DocumentedOperation>>;
}
/** What the checker reads of an answer (supertest's Response has it). */
export interface LiveResponse {
  status: number;
  headers: Record<string, string | undefined>;
  body: unknown;
}
interface DocumentedOperation {
  security?: unknown[];
  responses: Record<string, { content?: Record<string, { schema?: object }> }>;
}

// ajv-formats is CommonJS: its default export is the plugin, or a namespace holding it.
const addFormats = ((addFormatsPlugin as { default?: unknown }).default ?? addFormatsPlugin) as unknown as (
  ajv: Ajv2020,
) => Ajv2020;

/** The ids a path's parameters stand for, by the path's first segment after /api. */
export interface PathIds {
  assessment: string;
  operation: string;
  result: string;
  user: string;
  /** An action of France's plan. */
  action: string;
  /** One of France's instruments in the register. */
  instrument: string;
}

/** The query a route cannot answer without (the register's files are per kind). */
const REQUIRED_QUERY: Readonly<Record<string, string>> = {
  '/api/instruments/import/template': 'kind=agreement',
  '/api/exports/instruments': 'kind=agreement',
  '/api/analytics/countries/compare': 'countries=FRA,DEU',
};

/** A path with `query` added to the query it already has. */
export function withQuery(path: string, query: string): string {
  return `${path}${path.includes('?') ? '&' : '?'}${query}`;
}

/** A documented path with real ids in place of its parameters. */
export function concretePath(path: string, ids: PathIds): string {
  const resource = path.split('/')[2];
  const id =
    resource === 'assessments'
      ? ids.assessment
      : resource === 'operations'
        ? ids.operation
        : resource === 'users'
          ? ids.user
          : resource === 'instruments'
            ? ids.instrument
            : 'wco';
  const concrete = path
    .replace('{id}', path.includes('/actions/') ? ids.action : id)
    .replace('{resultId}', ids.result)
    .replace('{iso3}', 'FRA');
  const query = REQUIRED_QUERY[path];
  return query ? withQuery(concrete, query) : concrete;
}

/**
 * Checks live answers against the document with a third-party JSON Schema validator (Ajv, draft 2020-12,
 * the dialect of OpenAPI 3.1): the status must be documented, and a JSON body must match its schema.
 */
export class ResponseChecker {
  private readonly ajv = addFormats(new Ajv2020({ strict: false, allErrors: true }));
  private readonly compiled = new Map<string, ValidateFunction>();

  constructor(private readonly doc: OpenApiDocument) {}

  /** Why the response does not conform, or null when it does. */
  problem(method: string, path: string, res: LiveResponse): string | null {
    const operation = this.doc.paths[path]?.[method.toLowerCase()];
    if (!operation) return `${method} ${path} is not documented`;
    const documented = operation.responses[String(res.status)];
    if (!documented) return `${method} ${path} answered ${res.status}, which is not documented`;
    const mediaType = (res.headers['content-type'] ?? '').split(';')[0] ?? '';
    const content = documented.content ?? {};
    if (res.status === 204 || res.status === 304) return null;
    if (!(mediaType in content)) return `${method} ${path} ${res.status}: ${mediaType} is not documented`;
    if (mediaType !== 'application/json') return null;
    const validate = this.validator(`${method} ${path} ${res.status}`, content[mediaType]?.schema ?? {});
    if (validate(res.body)) return null;
    return `${method} ${path} ${res.status}: ${this.ajv.errorsText(validate.errors, { dataVar: 'body' })}`;
  }

  private validator(key: string, schema: object): ValidateFunction {
    let validate = this.compiled.get(key);
    if (!validate) {
      validate = this.ajv.compile(schema);
      this.compiled.set(key, validate);
    }
    return validate;
  }
}
