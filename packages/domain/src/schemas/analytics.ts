import { z } from 'zod';
import { DIMENSIONS } from '../instrument/types.js';
import { EXPORT_QUERY_PARAMS, withoutExportParams } from '../exports/params.js';
import { METHODOLOGY_QUERY_PARAM, MethodologyVersionSchema } from '../methodology/version.js';
import { LocalizedSchema, yearParam } from './common.js';
import { memberPageLimit, MemberPageFields, memberPageParams, type MemberPageSize } from './member-pages.js';
import { fromNotAfterTo } from '../errors/refinements.js';

export const DEFAULT_FROM_YEAR = 2016;

export const GroupingParam = z
  .string()
  .min(1)
  .default('wco')
  .describe('wco, un, or the id of a custom grouping (national users: wco only)');

/** Which assessments count: submitted and validated (default), or validated only. */
export const StatusParam = z
  .enum(['validated'], { error: 'status must be validated (or left out to count submitted and validated)' })
  .optional()
  .describe('validated: count validated assessments only (default: submitted and validated); analysts and admins only');

export function yearRange<T extends { from?: number; to?: number }>(q: T) {
  const to = q.to ?? new Date().getUTCFullYear();
  return { ...q, from: q.from ?? Math.min(DEFAULT_FROM_YEAR, to), to };
}

export const MaturityQuerySchema = z
  .object({
    grouping: GroupingParam,
    from: yearParam('from').optional().describe('First year, 1990–2100'),
    to: yearParam('to').optional().describe('Last year, 1990–2100'),
    dimension: z
      .enum(DIMENSIONS, { error: `dimension must be one of ${DIMENSIONS.join(', ')}` })
      .optional()
      .describe('Put this dimension’s score in place of the overall index'),
    status: StatusParam,
    ...METHODOLOGY_QUERY_PARAM,
    ...EXPORT_QUERY_PARAMS,
  })
  .strict()
  .transform((q) => yearRange(withoutExportParams(q)))
  .superRefine(fromNotAfterTo);
export type MaturityQuery = z.infer<typeof MaturityQuerySchema>;

export const LevelsQuerySchema = z
  .object({
    grouping: GroupingParam,
    from: yearParam('from').optional(),
    to: yearParam('to').optional(),
    kind: z.enum(['computed', 'self'], { error: 'kind must be computed or self' }).default('computed'),
    status: StatusParam,
    ...METHODOLOGY_QUERY_PARAM,
    ...EXPORT_QUERY_PARAMS,
  })
  .strict()
  .transform((q) => yearRange(withoutExportParams(q)))
  .superRefine(fromNotAfterTo);
export type LevelsQuery = z.infer<typeof LevelsQuerySchema>;

export const YearQuerySchema = z
  .object({
    grouping: GroupingParam,
    year: yearParam('year').optional().describe('Defaults to the current year'),
    status: StatusParam,
    ...METHODOLOGY_QUERY_PARAM,
    ...EXPORT_QUERY_PARAMS,
  })
  .strict()
  .transform((q) => ({ ...withoutExportParams(q), year: q.year ?? new Date().getUTCFullYear() }));
export type YearQuery = z.infer<typeof YearQuerySchema>;

/** One region of the grouping, by its code: a list limited to its members. */
export const RegionParam = z
  .string()
  .regex(/^[A-Za-z0-9_-]{1,32}$/, { error: 'region must be a region code of the grouping, e.g. EUR' })
  .optional();

/**
 * Members per page of the country list, by default and at most. A page answers in its members' time however
 * large the grouping; a grouping of countries (the WCO has 186 members, the UN 193) fits in the default one.
 */
export const COUNTRY_PAGE: MemberPageSize = { default: 250, max: 1000 };

/** The country list's query: a year's, and optionally one region's members only, a page of members at a time. */
export const CountryListQuerySchema = z
  .object({
    grouping: GroupingParam,
    year: yearParam('year').optional().describe('Defaults to the current year'),
    region: RegionParam.describe(
      'Only the members of this region of the grouping: one region of a large grouping answers in its members’ time; every member when left out',
    ),
    status: StatusParam,
    ...METHODOLOGY_QUERY_PARAM,
    ...memberPageParams(COUNTRY_PAGE),
    ...EXPORT_QUERY_PARAMS,
  })
  .strict()
  .transform((q) => ({
    ...withoutExportParams(q),
    year: q.year ?? new Date().getUTCFullYear(),
    limit: memberPageLimit(q, COUNTRY_PAGE),
  }));
export type CountryListQuery = z.infer<typeof CountryListQuerySchema>;

/** Set on every analytics answer: whether the figures were protected for a national user (docs/disclosure.md). */
export const ProtectedField = z
  .boolean()
  .describe(
    'True for national users: figures that include confidential administrations are perturbed within stated bounds, order statistics are left out',
  );

export const LevelCountsSchema = z
  .object({ '1': z.number(), '2': z.number(), '3': z.number(), '4': z.number(), '5': z.number() })
  .describe('Level → number of current assessments');
export type LevelCounts = z.infer<typeof LevelCountsSchema>;

const DimensionMeansSchema = z
  .record(z.enum(DIMENSIONS), z.number().nullable())
  .describe('Dimension → mean score (0–100), null where nothing is assessed');

export const MaturityPointSchema = z.object({
  region: z.string().describe('Region code, or ALL for the whole grouping'),
  regionName: LocalizedSchema,
  year: z.number().int(),
  members: z.number().int(),
  assessed: z
    .number()
    .int()
    .nullable()
    .describe(
      'Administrations with a current assessment; perturbed by at most 2 for national users, null when withheld',
    ),
  coverage: z.number().nullable().describe('assessed / members'),
  mean: z.number().nullable(),
  median: z.number().nullable().describe('Order statistics are for analysts: null for national users'),
  p25: z.number().nullable(),
  p75: z.number().nullable(),
  min: z.number().nullable(),
  max: z.number().nullable(),
  levels: LevelCountsSchema.nullable().describe('Computed level → count; null when suppressed'),
  selfLevels: LevelCountsSchema.nullable().describe('Self-assessed level (A.18) → count; null when suppressed'),
  dimensions: DimensionMeansSchema.nullable(),
  suppressed: z
    .boolean()
    .describe('Withheld from national users: fewer than 3 administrations with a current assessment'),
});
export type MaturityPoint = z.infer<typeof MaturityPointSchema>;

const HeadlineFigureSchema = z.discriminatedUnion('state', [
  z.object({ state: z.literal('value'), value: z.number() }),
  z.object({ state: z.literal('notAssessed') }),
  z.object({ state: z.literal('withheld') }),
]);

/** The overview's four figures for the whole grouping in the answer's last year (analytics/headline.ts). */
export const HeadlineSchema = z
  .object({
    year: z.number().int(),
    previousYear: z.number().int(),
    assessed: z.number().int().nullable().describe('null: withheld'),
    members: z.number().int(),
    coverage: z.number().nullable(),
    mean: HeadlineFigureSchema,
    atLevel3OrAbove: HeadlineFigureSchema.describe('Share (0–1) of the assessed members at level 3 or above'),
    atLevel3OrAboveCount: z.number().int().nullable(),
    meanChange: HeadlineFigureSchema.describe('Change of the mean on the year before, in index points'),
    assessedChange: z.number().int().nullable(),
  })
  .nullable()
  .describe('The whole grouping in the last year, from the points the reader gets; null without an ALL row');

export const MaturityResponseSchema = z.object({
  methodologyVersion: MethodologyVersionSchema.describe('The methodology the figures were computed with'),
  grouping: z.string(),
  from: z.number().int(),
  to: z.number().int(),
  dimension: z.enum(DIMENSIONS).nullable().describe('null: the statistics are of the overall index'),
  status: z.enum(['counted', 'validated']),
  protected: ProtectedField,
  series: z.array(MaturityPointSchema),
  headline: HeadlineSchema,
});

export const LevelsPointSchema = z.object({
  region: z.string(),
  regionName: LocalizedSchema,
  year: z.number().int(),
  members: z.number().int(),
  assessed: z.number().int().nullable(),
  levels: LevelCountsSchema.nullable(),
  notAssessed: z.number().int().nullable().describe('Members without a current assessment'),
  suppressed: z.boolean(),
});
export type LevelsPoint = z.infer<typeof LevelsPointSchema>;
export const LevelsResponseSchema = z.object({
  methodologyVersion: MethodologyVersionSchema.describe('The methodology the figures were computed with'),
  grouping: z.string(),
  from: z.number().int(),
  to: z.number().int(),
  kind: z.enum(['computed', 'self']),
  protected: ProtectedField,
  series: z.array(LevelsPointSchema),
});
export type LevelsResponse = z.infer<typeof LevelsResponseSchema>;

const YearPeriodSchema = z
  .object({ from: z.number().int(), to: z.number().int() })
  .describe(
    'The years whose newest assessment per country is counted: [year − 2, year], a reporting cycle for national users',
  );

export const GapShareSchema = z.object({
  region: z.string(),
  code: z.string(),
  dimension: z.enum(DIMENSIONS),
  assessed: z.number().int().nullable().describe('Current assessments of the year to which the item applies'),
  withGap: z.number().int().nullable(),
  share: z.number().nullable().describe('withGap / assessed'),
  suppressed: z.boolean(),
});
export type GapShare = z.infer<typeof GapShareSchema>;
export const GapsResponseSchema = z.object({
  methodologyVersion: MethodologyVersionSchema.describe('The methodology the figures were computed with'),
  grouping: z.string(),
  year: z
    .number()
    .int()
    .describe('The as-of year; for national users, the end of the reporting cycle that holds the year asked for'),
  period: YearPeriodSchema,
  protected: ProtectedField,
  items: z.array(GapShareSchema),
});
export type GapsResponse = z.infer<typeof GapsResponseSchema>;

export const DifficultyShareSchema = z.object({
  region: z.string(),
  option: z.string(),
  assessed: z.number().int().nullable(),
  count: z.number().int().nullable(),
  share: z.number().nullable().describe('count / assessed'),
  suppressed: z.boolean(),
});
export type DifficultyShare = z.infer<typeof DifficultyShareSchema>;
export const DifficultiesResponseSchema = z.object({
  methodologyVersion: MethodologyVersionSchema.describe('The methodology the figures were computed with'),
  grouping: z.string(),
  year: z
    .number()
    .int()
    .describe('The as-of year; for national users, the end of the reporting cycle that holds the year asked for'),
  period: YearPeriodSchema,
  protected: ProtectedField,
  items: z.array(DifficultyShareSchema),
});
export type DifficultiesResponse = z.infer<typeof DifficultiesResponseSchema>;
export type MaturityResponse = z.infer<typeof MaturityResponseSchema>;

export const ReplicaHealthSchema = z.object({
  index: z.number().int().describe('Position in DATABASE_REPLICA_URLS, from 0'),
  status: z
    .enum(['ok', 'lagging', 'down'])
    .describe('down: unreachable; lagging: behind by more than REPLICA_MAX_LAG_MS (or by an unknown time)'),
  lagMs: z.number().int().nullable().describe('Replay lag at the last measurement (every second); null when unknown'),
  used: z.boolean().describe('Analytics and export reads may go to it now (reachable and within the lag bound)'),
  reads: z.number().int().describe('Reads this instance sent to it since it started'),
});

export const HealthResponseSchema = z.object({
  status: z.enum(['ok', 'error']),
  db: z.enum(['up', 'down']),
  replicas: z
    .array(ReplicaHealthSchema)
    .describe('The streaming replicas analytics and exports read from; empty when none is configured'),
});
export type HealthResponse = z.infer<typeof HealthResponseSchema>;

export const MetaResponseSchema = z.object({
  methodologyVersion: MethodologyVersionSchema.describe('The default methodology: the version an admin adopted'),
  demoData: z.boolean().describe('True when the database holds synthetic demo data'),
  latestYear: z.number().int().nullable().describe('Newest year with a counted assessment'),
  dataYears: z
    .object({ first: z.number().int(), last: z.number().int() })
    .nullable()
    .describe(
      'The oldest and newest year of any assessment or operation (by its end year), so pickers offer no empty years; null when there is none',
    ),
  wcoMembers: z
    .object({ asOf: z.string().describe('ISO date (today, UTC)'), count: z.number().int() })
    .describe(
      'The WCO’s Members on that day as the WCO counts them: countries and customs territories, without the EU',
    ),
});
export type MetaResponse = z.infer<typeof MetaResponseSchema>;

export const CurrentAssessmentSchema = z.object({
  id: z.string(),
  country: z.string(),
  region: z.string().describe('The country’s region in the grouping'),
  year: z.number().int().describe('The year of the assessment that is current'),
  status: z.enum(['submitted', 'validated']),
  scores: z.object({
    overall: z.number(),
    level: z.number().int(),
    selfLevel: z.number().int().nullable(),
    dimensions: DimensionMeansSchema,
  }),
});
export type CurrentAssessment = z.infer<typeof CurrentAssessmentSchema>;

export const CurrentAssessmentsResponseSchema = z.object({
  methodologyVersion: MethodologyVersionSchema.describe('The methodology the figures were computed with'),
  grouping: z.string(),
  year: z.number().int(),
  protected: ProtectedField,
  items: z
    .array(CurrentAssessmentSchema)
    .describe(
      'The current assessments of the page’s members. National users get their own country and those that share their figures with members',
    ),
  ...MemberPageFields,
});
export type CurrentAssessmentsResponse = z.infer<typeof CurrentAssessmentsResponseSchema>;
