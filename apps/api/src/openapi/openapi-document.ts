import type { INestApplication } from '@nestjs/common';
import type { OpenAPIObject } from '@nestjs/swagger';
import { FILE_CONTENT, json, jsonSchema } from './responses.js';
import type { ResponseObject } from './route-doc.js';
import { routeParameters } from './route-parameters.js';
import { listRegisteredRoutes, type RegisteredRoute } from './route-walker.js';

/** The document, and the routes registered in Nest that carry no @ApiDoc (a test requires none). */
export interface GeneratedOpenApi {
  document: OpenAPIObject;
  undocumented: string[];
}

const INFO = {
  title: 'CPC Observatory API',
  version: '1.0.0',
  description:
    'Customs–police cooperation diagnostics (WCO/INTERPOL handbook, section X), scored under every methodology ' +
    'version (v1, v2): figures take `methodology=`, else the default an admin adopted (GET /api/methodology). ' +
    'Everything but health, the instrument and signing in needs Authorization: Bearer <token>.',
};

function accessText(route: RegisteredRoute): string {
  const access = route.access;
  if (access === null) return 'States no access policy: refused to everyone.';
  if (access.kind === 'public') return 'Public.';
  if (access.kind === 'signed-in') return 'Any signed-in account.';
  return `Roles: ${access.roles.join(', ')}.`;
}

function successResponse(route: RegisteredRoute): ResponseObject {
  const doc = route.doc;
  const described = doc?.success;
  const ok = doc?.response ? json(doc.response, described?.description ?? 'OK') : described;
  if (!ok) return { description: route.status === 204 ? 'No content' : 'OK' };
  if (!route.exportable) return ok;
  // ?format=csv|xlsx: the same response as a file (TabularExportInterceptor).
  return {
    description: 'OK: JSON, or with format=csv|xlsx the list as an attachment',
    content: { ...ok.content, ...FILE_CONTENT },
  };
}

function operationOf(route: RegisteredRoute): object {
  const doc = route.doc;
  const description = [doc?.description, accessText(route)].filter(Boolean).join('\n\n');
  const requestBody =
    doc?.requestBody ??
    (route.body
      ? { required: true, content: { 'application/json': { schema: jsonSchema(route.body, 'input') } } }
      : undefined);
  return {
    operationId: route.operationId,
    summary: doc?.summary ?? `${route.method} ${route.path} (undocumented)`,
    description,
    ...(route.tag ? { tags: [route.tag] } : {}),
    ...(route.access?.kind === 'public' ? {} : { security: [{ bearer: [] }] }),
    parameters: routeParameters(route),
    ...(requestBody ? { requestBody } : {}),
    responses: { [String(route.status)]: successResponse(route), ...doc?.errors },
  };
}

/**
 * The OpenAPI document, generated from the routes Nest registered: their paths and methods, their access
 * decorators (security), the zod schemas their pipes validate with (parameters, bodies), their export
 * interceptor (file types) and their @ApiDoc (text, response and error schemas from packages/domain).
 */
export function buildOpenApiDocument(app: INestApplication): GeneratedOpenApi {
  const paths: Record<string, Record<string, object>> = {};
  const undocumented: string[] = [];
  for (const route of listRegisteredRoutes(app)) {
    if (!route.doc) undocumented.push(`${route.method} ${route.path}`);
    paths[route.path] = { ...paths[route.path], [route.method.toLowerCase()]: operationOf(route) };
  }
  const document = {
    openapi: '3.1.0',
    info: INFO,
    paths,
    components: {
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer', description: 'The token from POST /api/auth/login' },
      },
    },
  };
  return { document: document as unknown as OpenAPIObject, undocumented };
}
