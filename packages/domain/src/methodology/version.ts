import { z } from 'zod';

/** Every methodology the platform scores with, oldest first; a new version is added here (docs/methodology.md). */
export const METHODOLOGY_VERSIONS = ['v1', 'v2'] as const;
export type MethodologyVersion = (typeof METHODOLOGY_VERSIONS)[number];

/**
 * The version in force until an admin adopts another: a new version is adopted by decision, not by release,
 * so the default stays v1 whatever versions exist.
 */
export const INITIAL_METHODOLOGY_VERSION: MethodologyVersion = 'v1';

export function isMethodologyVersion(value: unknown): value is MethodologyVersion {
  return typeof value === 'string' && (METHODOLOGY_VERSIONS as readonly string[]).includes(value);
}

export const MethodologyVersionSchema = z.enum(METHODOLOGY_VERSIONS, {
  error: `methodology must be one of ${METHODOLOGY_VERSIONS.join(', ')}`,
});

/**
 * The `methodology` query parameter of every analytics view, export and report, spread into each query schema
 * so that the strict schemas accept it. Left out, the figures use the default version an admin adopted.
 */
export const METHODOLOGY_QUERY_PARAM = {
  methodology: MethodologyVersionSchema.optional().describe(
    `The scoring methodology: ${METHODOLOGY_VERSIONS.join(' or ')} (default: the version an admin adopted, GET /api/methodology)`,
  ),
};
