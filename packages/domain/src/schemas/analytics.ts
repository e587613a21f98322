import { z } from 'zod';
import { DIMENSIONS } from '../instrument/types.js';
import { LocalizedSchema, yearParam } from './common.js';

export const DEFAULT_FROM_YEAR = 2016;

export const MaturityQuerySchema = z
  .object({
    grouping: z.string().min(1).default('wco').describe('wco, un, or the id of a custom grouping'),
    from: yearParam('from').optional().describe('First year, 1990–2100'),
    to: yearParam('to').optional().describe('Last year, 1990–2100'),
  })
  .strict()
  .transform((q) => {
    const to = q.to ?? new Date().getUTCFullYear();
    return { grouping: q.grouping, from: q.from ?? Math.min(DEFAULT_FROM_YEAR, to), to };
  })
  .refine((q) => q.from <= q.to, { error: 'from must not be after to', path: ['from'] });
export type MaturityQuery = z.infer<typeof MaturityQuerySchema>;

const LevelCountsSchema = z
  .object({ '1': z.number(), '2': z.number(), '3': z.number(), '4': z.number(), '5': z.number() })
  .describe('Level → number of current assessments');

const DimensionMeansSchema = z
  .record(z.enum(DIMENSIONS), z.number().nullable())
  .describe('Dimension → mean score (0–100), null where nothing is assessed');

export const MaturityPointSchema = z.object({
  region: z.string().describe('Region code, or ALL for the whole grouping'),
  regionName: LocalizedSchema,
  year: z.number().int(),
  members: z.number().int(),
  assessed: z.number().int(),
  coverage: z.number().describe('assessed / members'),
  mean: z.number().nullable(),
  median: z.number().nullable(),
  p25: z.number().nullable(),
  p75: z.number().nullable(),
  min: z.number().nullable(),
  max: z.number().nullable(),
  levels: LevelCountsSchema.describe('Computed level → count'),
  selfLevels: LevelCountsSchema.describe('Self-assessed level (A.18) → count'),
  dimensions: DimensionMeansSchema,
});
export type MaturityPoint = z.infer<typeof MaturityPointSchema>;

export const MaturityResponseSchema = z.object({
  grouping: z.string(),
  from: z.number().int(),
  to: z.number().int(),
  methodologyVersion: z.string(),
  series: z.array(MaturityPointSchema),
});
export type MaturityResponse = z.infer<typeof MaturityResponseSchema>;

export const HealthResponseSchema = z.object({
  status: z.enum(['ok', 'error']),
  db: z.enum(['up', 'down']),
});
export type HealthResponse = z.infer<typeof HealthResponseSchema>;

export const MetaResponseSchema = z.object({
  methodologyVersion: z.string(),
  demoData: z.boolean().describe('True when the database holds synthetic demo data'),
  latestYear: z.number().int().nullable().describe('Newest year with a counted assessment'),
});
export type MetaResponse = z.infer<typeof MetaResponseSchema>;
