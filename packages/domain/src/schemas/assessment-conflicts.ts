import { z } from 'zod';

/** 409 on a stale `version`: the client re-reads the assessment and applies its change again. */
export const VersionConflictSchema = z.object({
  statusCode: z.literal(409),
  message: z.string(),
  currentVersion: z.number().int().describe('The stored version'),
});
export type VersionConflict = z.infer<typeof VersionConflictSchema>;
