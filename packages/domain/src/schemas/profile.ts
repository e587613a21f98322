import { z } from 'zod';
import { DIMENSIONS } from '../instrument/types.js';
import { EXPORT_QUERY_PARAMS, withoutExportParams } from '../exports/params.js';
import { METHODOLOGY_QUERY_PARAM, MethodologyVersionSchema } from '../methodology/version.js';
import { AssessmentStatusSchema, GapSchema } from './assessments.js';
import { LocalizedSchema } from './common.js';
import { CountrySchema } from './reference.js';

export const ProfileQuerySchema = z
  .object({
    grouping: z.string().min(1).default('wco').describe('The grouping whose region the country is compared with'),
    status: z
      .enum(['validated'], { error: 'status must be validated (or left out to count submitted and validated)' })
      .optional()
      .describe('validated: the latest assessment and the comparison count validated assessments only'),
    ...METHODOLOGY_QUERY_PARAM,
    ...EXPORT_QUERY_PARAMS,
  })
  .strict()
  .transform(withoutExportParams);
export type ProfileQuery = z.infer<typeof ProfileQuerySchema>;

const DimensionScoresSchema = z.record(z.enum(DIMENSIONS), z.number().nullable());

export const ProfileAssessmentSchema = z.object({
  id: z.string(),
  year: z.number().int(),
  status: AssessmentStatusSchema,
  overall: z.number().nullable(),
  level: z.number().int().nullable(),
  selfLevel: z.number().int().nullable(),
  dimensions: DimensionScoresSchema,
});
export type ProfileAssessment = z.infer<typeof ProfileAssessmentSchema>;

export const ProfileResponseSchema = z.object({
  methodologyVersion: MethodologyVersionSchema.describe('The methodology the figures were computed with'),
  country: CountrySchema,
  grouping: z.string(),
  regions: z
    .array(z.object({ grouping: z.string(), groupingName: LocalizedSchema, code: z.string(), name: LocalizedSchema }))
    .describe('Every region the country belongs to, in every grouping'),
  assessments: z.array(ProfileAssessmentSchema).describe('All of the country’s assessments, oldest first'),
  latest: ProfileAssessmentSchema.extend({ gaps: z.array(GapSchema) })
    .nullable()
    .describe('The newest submitted or validated assessment, with its gaps and the handbook’s recommendations'),
  comparison: z.array(
    z.object({
      dimension: z.enum(DIMENSIONS),
      country: z.number().nullable(),
      regionMean: z.number().nullable(),
      regionMedian: z.number().nullable().describe('null for national users (an order statistic)'),
      rankInRegion: z
        .number()
        .int()
        .nullable()
        .describe('1 = highest score in the region; null for national users (it orders other administrations)'),
      regionAssessed: z.number().int().nullable(),
      suppressed: z.boolean(),
    }),
  ),
  comparisonRegion: z.object({ code: z.string(), name: LocalizedSchema, year: z.number().int() }).nullable(),
  selfVsComputed: z.object({
    selfLevel: z.number().int().nullable(),
    computedLevel: z.number().int().nullable(),
    difference: z.number().int().nullable().describe('self − computed'),
  }),
  freshness: z.object({ latestYear: z.number().int().nullable(), stale: z.boolean() }),
  demo: z.boolean(),
  protected: z.boolean().describe('True for national users: the region figures are protected (docs/disclosure.md)'),
});
export type ProfileResponse = z.infer<typeof ProfileResponseSchema>;

export const CountryParamSchema = z.object({
  iso3: z.string().regex(/^[A-Z]{3}$/, { error: 'iso3 must be an ISO 3166-1 alpha-3 code, e.g. FRA' }),
});
export type CountryParam = z.infer<typeof CountryParamSchema>;
