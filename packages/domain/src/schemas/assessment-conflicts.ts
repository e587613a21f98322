import { z } from 'zod';
import { ErrorParamsSchema } from './errors.js';

/** 409 on a stale `version`: the client re-reads the assessment and applies its change again. */
export const VersionConflictSchema = z.object({
  statusCode: z.literal(409),
  code: z.literal('version_conflict').optional().describe('docs/api.md, “Error codes”'),
  params: ErrorParamsSchema.optional().describe('`currentVersion` and `expected`, the version sent'),
  message: z.string(),
  currentVersion: z.number().int().describe('The stored version'),
});
export type VersionConflict = z.infer<typeof VersionConflictSchema>;
