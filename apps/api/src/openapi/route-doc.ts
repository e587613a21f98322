import { SetMetadata } from '@nestjs/common';
import type { z } from 'zod';

/** An OpenAPI response object: a description and, unless empty, its content by media type. */
export interface ResponseObject {
  description: string;
  content?: Record<string, { schema: object }>;
}

/**
 * What a route's decorators and pipes cannot say about it: its text, its success and error answers, and a
 * request body that no zod pipe reads (a multipart upload). Paths, methods, access, query, path and JSON body
 * schemas are read from the route itself (see openapi-document.ts).
 */
export interface RouteDoc {
  summary: string;
  description?: string;
  /** The JSON of a success; leave out for a file (see `success`) or an empty answer (204). */
  response?: z.ZodType;
  /** The success answer when it is not only JSON (files), or to describe it better than `OK`. */
  success?: ResponseObject;
  /** Every error answer the route may give, by status. */
  errors?: Record<string, ResponseObject>;
  /** The request body when no zod pipe validates it (multipart uploads). */
  requestBody?: object;
}

export const ROUTE_DOC = 'cpc:openapi:route';
export const ROUTE_TAG = 'cpc:openapi:tag';

/** Documents a route in the OpenAPI document; a route without it is reported as undocumented. */
export const ApiDoc = (doc: RouteDoc) => SetMetadata(ROUTE_DOC, doc);

/** The OpenAPI tag of a controller's routes. */
export const ApiTag = (tag: string) => SetMetadata(ROUTE_TAG, tag);
