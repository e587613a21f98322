import { z } from 'zod';
import { DIMENSIONS } from '../instrument/types.js';
import { ASSESSMENT_STATUSES } from '../methodology/lifecycle.js';
import { MethodologyVersionSchema } from '../methodology/version.js';
import { AnswersSchema, AnswerValueSchema, CommentsSchema } from './answers.js';
import { Iso3Schema, LocalizedSchema, MIN_YEAR } from './common.js';
import { REGION_CODE_PATTERN } from './groupings.js';
import { FIELD_ERROR_CODES } from '../errors/codes.js';
import { AnswerIssueSchema, ErrorParamsSchema } from './errors.js';

/** An assessment year: 1990 to next year (an administration may prepare next year's questionnaire). */
export const AssessmentYearSchema = z
  .number({ error: 'year must be an integer' })
  .int({ error: 'year must be an integer' })
  .superRefine((y, ctx) => {
    // Next year is read on each check: a refine's bound would be frozen when the module loads.
    const maximum = new Date().getUTCFullYear() + 1;
    const message = `year must be between ${MIN_YEAR} and next year`;
    if (y < MIN_YEAR)
      ctx.addIssue({ code: 'too_small', origin: 'number', minimum: MIN_YEAR, inclusive: true, message });
    if (y > maximum) ctx.addIssue({ code: 'too_big', origin: 'number', maximum, inclusive: true, message });
  });

const VersionSchema = z.number({ error: 'version is required' }).int().positive().describe('The version you last read');

export const CreateAssessmentRequestSchema = z
  .object({
    country: Iso3Schema,
    year: AssessmentYearSchema,
    answers: AnswersSchema,
    comments: CommentsSchema.optional(),
  })
  .strict();
export type CreateAssessmentRequest = z.infer<typeof CreateAssessmentRequestSchema>;

export const UpdateAssessmentRequestSchema = z
  .object({ answers: AnswersSchema.optional(), comments: CommentsSchema.optional(), version: VersionSchema })
  .strict();
export type UpdateAssessmentRequest = z.infer<typeof UpdateAssessmentRequestSchema>;

export const SubmitAssessmentRequestSchema = z.object({ version: VersionSchema }).strict();
export type SubmitAssessmentRequest = z.infer<typeof SubmitAssessmentRequestSchema>;

export const ValidateAssessmentRequestSchema = z.object({ version: VersionSchema }).strict();
export type ValidateAssessmentRequest = z.infer<typeof ValidateAssessmentRequestSchema>;

export const ReturnAssessmentRequestSchema = z
  .object({
    comment: z.string({ error: 'comment is required' }).trim().min(1, { error: 'comment is required' }).max(4000),
    version: VersionSchema,
  })
  .strict();
export type ReturnAssessmentRequest = z.infer<typeof ReturnAssessmentRequestSchema>;

export const AssessmentStatusSchema = z.enum(ASSESSMENT_STATUSES);

/** The grouping whose regions filter and count the lists when none is named. */
export const LIST_DEFAULT_GROUPING = 'wco';
/** The waiting times, in days, that the review queue counts and filters by. */
export const WAITING_THRESHOLDS = [7, 30, 90] as const;

export const AssessmentListQuerySchema = z
  .object({
    country: Iso3Schema.optional(),
    year: z
      .string()
      .regex(/^\d{4}$/, { error: 'year must be an integer year' })
      .transform(Number)
      .meta({ type: 'integer' })
      .optional(),
    status: z
      .enum(ASSESSMENT_STATUSES, { error: `status must be one of ${ASSESSMENT_STATUSES.join(', ')}` })
      .optional(),
    grouping: z
      .string()
      .min(1, { error: 'grouping must be a grouping id' })
      .max(64, { error: 'grouping must be a grouping id' })
      .optional()
      .describe(`The grouping of \`region\` and of the region counts (default ${LIST_DEFAULT_GROUPING})`),
    region: z
      .string()
      .regex(REGION_CODE_PATTERN, { error: 'region must be a region code' })
      .optional()
      .describe('Only countries that were members of this region of the grouping on 31 December of the year'),
    waitingDays: z
      .string()
      .regex(/^\d{1,4}$/, { error: 'waitingDays must be a whole number of days' })
      .transform(Number)
      .meta({ type: 'integer' })
      .optional()
      .describe('Only assessments submitted at least this many days ago'),
  })
  .strict();
export type AssessmentListQuery = z.infer<typeof AssessmentListQuerySchema>;

const FacetCountSchema = z.object({ value: z.string(), count: z.number().int() });
/**
 * For each filter, how many assessments each of its values would list, counted under the other filters (not its
 * own), so that every option of a filter says what choosing it gives. Values with none are left out.
 */
export const AssessmentFacetsSchema = z.object({
  region: z.array(FacetCountSchema).describe('Region code of the grouping (a country may count in two regions)'),
  country: z.array(FacetCountSchema).describe('ISO alpha-3'),
  year: z.array(FacetCountSchema).describe('The year, as text'),
  status: z.array(FacetCountSchema),
  waitingDays: z
    .array(FacetCountSchema)
    .describe(`Submitted at least N days ago, for N in ${WAITING_THRESHOLDS.join(', ')} (cumulative)`),
});
export type AssessmentFacets = z.infer<typeof AssessmentFacetsSchema>;
export type AssessmentFacet = keyof AssessmentFacets;

export const ScoresSchema = z.object({
  methodologyVersion: MethodologyVersionSchema,
  overall: z.number(),
  level: z.number().int(),
  selfLevel: z.number().int().nullable(),
  dimensions: z.record(z.enum(DIMENSIONS), z.number()),
  items: z.record(z.string(), z.number()).describe('Item code → points, for every applicable scored item'),
});

export const GapSchema = z.object({
  code: z.string(),
  dimension: z.enum(DIMENSIONS),
  points: z.number(),
  gaps: LocalizedSchema,
  solutions: LocalizedSchema,
  solutionsFromGuidance: z.boolean(),
});

export const AssessmentSchema = z.object({
  id: z.string(),
  country: Iso3Schema,
  year: z.number().int(),
  status: AssessmentStatusSchema,
  version: z.number().int(),
  answers: z.record(z.string(), AnswerValueSchema).describe('Item code → answer'),
  comments: z.record(z.string(), z.string()),
  scores: ScoresSchema.nullable().describe(
    'Under the default methodology version (GET /api/methodology); stored at submission; null for a draft',
  ),
  scoresByVersion: z
    .array(ScoresSchema)
    .describe('The scores under every methodology version, oldest first; empty for a draft'),
  gaps: z.array(GapSchema).describe('Under the default methodology version'),
  returnComment: z.string().nullable(),
  submittedAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  demo: z.boolean().describe('Synthetic demo data'),
});
export type AssessmentResponse = z.infer<typeof AssessmentSchema>;

export const AssessmentSummarySchema = AssessmentSchema.omit({ answers: true, comments: true, gaps: true });
export type AssessmentSummary = z.infer<typeof AssessmentSummarySchema>;
export const AssessmentListResponseSchema = z.object({
  assessments: z.array(AssessmentSummarySchema),
  facets: AssessmentFacetsSchema,
});
export type AssessmentListResponse = z.infer<typeof AssessmentListResponseSchema>;

export const SubmissionErrorsSchema = z.object({
  statusCode: z.literal(422),
  message: z.string(),
  missing: z.array(z.string()),
  invalid: z.array(AnswerIssueSchema),
});
export type SubmissionErrors = z.infer<typeof SubmissionErrorsSchema>;

export const RevisionSchema = z.object({
  revision: z.number().int(),
  at: z.string(),
  by: z.object({ id: z.string().nullable(), email: z.string() }),
  action: z.enum(['created', 'updated', 'submitted', 'validated', 'returned', 'imported']),
  fromStatus: AssessmentStatusSchema.nullable(),
  toStatus: AssessmentStatusSchema,
  changes: z.array(
    z.object({
      code: z.string(),
      kind: z.enum(['answer', 'comment']),
      old: AnswerValueSchema.nullable().describe('Before; null when absent (a comment is a text)'),
      new: AnswerValueSchema.nullable().describe('After; null when removed'),
    }),
  ),
  comment: z.string().nullable(),
});
export type RevisionResponse = z.infer<typeof RevisionSchema>;
export const HistoryResponseSchema = z.object({ assessmentId: z.string(), revisions: z.array(RevisionSchema) });
export type HistoryResponse = z.infer<typeof HistoryResponseSchema>;

export const ImportQuerySchema = z
  .object({ dryRun: z.enum(['true', 'false'], { error: 'dryRun must be true or false' }).optional() })
  .strict()
  .transform((q) => ({ dryRun: q.dryRun === 'true' }));
export type ImportQuery = z.infer<typeof ImportQuerySchema>;

export const ImportErrorSchema = z.object({
  row: z.number().int().describe('The row a spreadsheet shows (the header is row 1)'),
  column: z.string(),
  message: z.string().describe('Starts with the column’s name'),
  code: z.enum(FIELD_ERROR_CODES).describe('What is wrong, for a client to say in its own language (docs/i18n.md)'),
  params: ErrorParamsSchema.optional(),
});
export type ImportError = z.infer<typeof ImportErrorSchema>;

export const ImportResultSchema = z.object({
  dryRun: z.boolean(),
  rows: z.number().int(),
  created: z.number().int(),
  updated: z.number().int(),
});
export type ImportResult = z.infer<typeof ImportResultSchema>;

export const ImportErrorsResponseSchema = z.object({
  statusCode: z.literal(422),
  message: z.string(),
  errors: z.array(ImportErrorSchema),
});
