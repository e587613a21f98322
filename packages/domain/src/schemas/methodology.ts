import { z } from 'zod';
import { MethodologyVersionSchema } from '../methodology/version.js';
import { LocalizedSchema } from './common.js';

export const MethodologyVersionInfoSchema = z.object({
  version: MethodologyVersionSchema,
  title: LocalizedSchema,
  summary: LocalizedSchema,
  /** Whether every scored assessment has its scores under this version yet. */
  scored: z.boolean().describe('True once every scored assessment has its scores under this version'),
});

/** GET /api/methodology: the versions, and the default one with who adopted it and when. */
export const MethodologyResponseSchema = z.object({
  versions: z.array(MethodologyVersionInfoSchema),
  default: MethodologyVersionSchema.describe('What figures use when a request names no version'),
  adoptedAt: z.string().nullable().describe('ISO 8601; null while the initial default (v1) stands'),
  adoptedBy: z.string().nullable().describe('The admin who adopted the default; null while the initial default stands'),
  reason: z.string().nullable().describe('The admin’s reason for adopting it'),
});
export type MethodologyResponse = z.infer<typeof MethodologyResponseSchema>;

/** PUT /api/methodology/default (admins): adopt a version as the default, with the decision's reason. */
export const AdoptMethodologyRequestSchema = z
  .object({
    version: MethodologyVersionSchema,
    reason: z
      .string({ error: 'reason must be a text' })
      .trim()
      .min(1, { error: 'reason must say why the version is adopted' })
      .max(2000, { error: 'reason must be at most 2000 characters' }),
  })
  .strict();
export type AdoptMethodologyRequest = z.infer<typeof AdoptMethodologyRequestSchema>;
