import type { z } from 'zod';
import { jsonSchema } from './responses.js';
import type { RegisteredRoute } from './route-walker.js';

interface ObjectSchema {
  properties?: Record<string, Record<string, unknown>>;
  required?: string[];
}

/** An OpenAPI parameter per property of an object schema, typed and described by the zod schema itself. */
function parametersOf(schema: z.ZodType, location: 'query' | 'path'): object[] {
  const object = jsonSchema(schema, 'input') as ObjectSchema;
  return Object.entries(object.properties ?? {}).map(([name, property]) => {
    const { description, ...typed } = property;
    return {
      name,
      in: location,
      required: location === 'path' || (object.required ?? []).includes(name),
      ...(typeof description === 'string' ? { description } : {}),
      schema: typed,
    };
  });
}

/** The names in a path template: `/api/operations/{id}/results/{resultId}` → id, resultId. */
const pathNames = (path: string) => [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '');

/** A route's path and query parameters, from the schemas its pipes validate them with. */
export function routeParameters(route: RegisteredRoute): object[] {
  const typed = route.params ? parametersOf(route.params, 'path') : [];
  const typedNames = new Set(typed.map((p) => (p as { name: string }).name));
  const untyped = pathNames(route.path)
    .filter((name) => !typedNames.has(name))
    .map((name) => ({
      name,
      in: 'path',
      required: true,
      schema: route.uuidParams.includes(name) ? { type: 'string', format: 'uuid' } : { type: 'string' },
    }));
  return [...typed, ...untyped, ...(route.query ? parametersOf(route.query, 'query') : [])];
}
