import type { OpenAPIObject } from '@nestjs/swagger';
import { rawExportPaths } from '../exports/raw/raw-export-paths.js';
import { accountPaths } from './account-paths.js';
import { analyticsPaths } from './analytics-paths.js';
import { assessmentPaths } from './assessment-paths.js';
import { disclosurePaths } from './disclosure-paths.js';
import { operationsPaths } from './operations-paths.js';
import { referencePaths } from './reference-paths.js';

/** The OpenAPI document, generated from the same zod schemas that validate requests and type the web app. */
export function buildOpenApiDocument(): OpenAPIObject {
  return {
    openapi: '3.1.0',
    info: {
      title: 'CPC Observatory API',
      version: '1.0.0',
      description:
        'Customs–police cooperation diagnostics (WCO/INTERPOL handbook, section X), scored with methodology v1. ' +
        'Everything but health, the instrument and signing in needs Authorization: Bearer <token>.',
    },
    paths: {
      ...referencePaths(),
      ...accountPaths(),
      ...analyticsPaths(),
      ...disclosurePaths(),
      ...assessmentPaths(),
      ...operationsPaths(),
      ...rawExportPaths(),
    },
    components: {
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer', description: 'The token from POST /api/auth/login' },
      },
    },
  } as unknown as OpenAPIObject;
}
