import { z } from 'zod';
import { DISCLOSURE_LEVELS } from '../disclosure/levels.js';

export const DisclosureLevelSchema = z
  .enum(DISCLOSURE_LEVELS, { error: `level must be one of ${DISCLOSURE_LEVELS.join(', ')}` })
  .describe(
    'confidential: country-level figures for its own national users, analysts and admins only; members: also for every member’s national users',
  );

export const DisclosureResponseSchema = z.object({
  iso3: z.string(),
  level: DisclosureLevelSchema,
  updatedAt: z.string().nullable().describe('null: never changed, the default applies'),
  updatedBy: z
    .string()
    .nullable()
    .describe('E-mail of the user who set it; null for readers other than analysts, admins and its own national users'),
});
export type DisclosureResponse = z.infer<typeof DisclosureResponseSchema>;

export const UpdateDisclosureRequestSchema = z.object({ level: DisclosureLevelSchema }).strict();
export type UpdateDisclosureRequest = z.infer<typeof UpdateDisclosureRequestSchema>;

export const DisclosureChangeSchema = z.object({
  level: DisclosureLevelSchema,
  changedAt: z.string(),
  changedBy: z.string().nullable(),
});
export type DisclosureChange = z.infer<typeof DisclosureChangeSchema>;

export const DisclosureHistoryResponseSchema = z.object({
  iso3: z.string(),
  items: z.array(DisclosureChangeSchema).describe('Newest first'),
});
export type DisclosureHistoryResponse = z.infer<typeof DisclosureHistoryResponseSchema>;
