import { z } from 'zod';
import { OUTCOME_METRICS } from '../operations/vocabularies.js';
import { EXPORT_QUERY_PARAMS, withoutExportParams } from '../exports/params.js';
import { METHODOLOGY_QUERY_PARAM, MethodologyVersionSchema } from '../methodology/version.js';
import { GroupingParam, ProtectedField, StatusParam, yearRange } from './analytics.js';
import { LocalizedSchema, yearParam } from './common.js';
import {
  ActivitySchema,
  CheckDatabaseSchema,
  CommoditySchema,
  ProgrammeSchema,
  SeizureUnitSchema,
} from './operations.js';
import { fromNotAfterTo } from '../errors/refinements.js';

export const OperationsAnalyticsQuerySchema = z
  .object({
    grouping: GroupingParam,
    from: yearParam('from').optional().describe('First end year, 1990–2100'),
    to: yearParam('to').optional().describe('Last end year, 1990–2100'),
    programme: ProgrammeSchema.optional(),
    activity: ActivitySchema.optional().describe('Operations that include this joint activity'),
    commodity: CommoditySchema.optional().describe(
      'Results with a seizure of this commodity; seizure figures of this commodity only',
    ),
    ...METHODOLOGY_QUERY_PARAM,
    ...EXPORT_QUERY_PARAMS,
  })
  .strict()
  .transform((q) => yearRange(withoutExportParams(q)))
  .superRefine(fromNotAfterTo);
export type OperationsAnalyticsQuery = z.infer<typeof OperationsAnalyticsQuerySchema>;

export const QuantitySchema = z.object({
  commodity: CommoditySchema,
  unit: SeizureUnitSchema,
  quantity: z.number(),
  cases: z.number().int(),
});
export type Quantity = z.infer<typeof QuantitySchema>;

export const DatabaseCheckTotalSchema = z.object({
  database: CheckDatabaseSchema,
  queries: z.number().int(),
  hits: z.number().int(),
  hitRate: z.number().nullable().describe('hits / queries; null when queries = 0'),
});
export type DatabaseCheckTotal = z.infer<typeof DatabaseCheckTotalSchema>;

export const OperationsPointSchema = z.object({
  region: z.string().describe('Region code, or ALL for the whole grouping'),
  regionName: LocalizedSchema,
  year: z.number().int().describe('The year of the operations’ end dates'),
  countries: z.number().int().nullable().describe('Member countries with at least one result'),
  operations: z.number().int().nullable().describe('Distinct operations with a result from the region'),
  arrests: z.number().int().nullable(),
  investigationsOpened: z.number().int().nullable(),
  controlledDeliveries: z.number().int().nullable(),
  personsChecked: z.number().int().nullable(),
  seizureCases: z.number().int().nullable(),
  quantities: z
    .array(QuantitySchema)
    .nullable()
    .describe('One entry per commodity and unit: quantities in different units are never added'),
  queries: z.number().int().nullable(),
  hits: z.number().int().nullable(),
  hitRate: z.number().nullable().describe('hits / queries; null when queries = 0 or suppressed'),
  databaseChecks: z.array(DatabaseCheckTotalSchema).nullable(),
  suppressed: z.boolean().describe('Withheld from national users: fewer than 3 reporting countries'),
});
export type OperationsPoint = z.infer<typeof OperationsPointSchema>;

export const OperationsAnalyticsResponseSchema = z.object({
  methodologyVersion: MethodologyVersionSchema.describe('The methodology the figures were computed with'),
  grouping: z.string(),
  from: z.number().int(),
  to: z.number().int(),
  programme: ProgrammeSchema.nullable(),
  activity: ActivitySchema.nullable(),
  commodity: CommoditySchema.nullable(),
  protected: ProtectedField,
  series: z.array(OperationsPointSchema),
});
export type OperationsAnalyticsResponse = z.infer<typeof OperationsAnalyticsResponseSchema>;

export const OutcomeMetricSchema = z.enum(OUTCOME_METRICS, {
  error: `metric must be one of ${OUTCOME_METRICS.join(', ')}`,
});

export const MaturityVsOutcomesQuerySchema = z
  .object({
    grouping: GroupingParam,
    year: yearParam('year').optional().describe('Defaults to the current year'),
    metric: OutcomeMetricSchema.default('seizureCases'),
    status: StatusParam,
    ...METHODOLOGY_QUERY_PARAM,
    ...EXPORT_QUERY_PARAMS,
  })
  .strict()
  .transform((q) => ({ ...withoutExportParams(q), year: q.year ?? new Date().getUTCFullYear() }));
export type MaturityVsOutcomesQuery = z.infer<typeof MaturityVsOutcomesQuerySchema>;

export const OutcomePointSchema = z.object({
  country: z.string(),
  region: z.string(),
  overall: z.number().describe('Overall index (0–100) of the current assessment'),
  value: z.number().nullable().describe('The metric summed over the year’s results; hitRate is null without queries'),
});
export type OutcomePoint = z.infer<typeof OutcomePointSchema>;

export const MaturityVsOutcomesResponseSchema = z.object({
  methodologyVersion: MethodologyVersionSchema.describe('The methodology the figures were computed with'),
  grouping: z.string(),
  year: z.number().int(),
  metric: OutcomeMetricSchema,
  protected: ProtectedField,
  points: z
    .array(OutcomePointSchema)
    .describe('National users get their own country’s point and those of countries that share their figures'),
  pearson: z
    .number()
    .nullable()
    .describe('null below 3 pairs or without variation; for national users, below 10 pairs'),
  spearman: z.number().nullable(),
  n: z.number().int().nullable().describe('Points with a value, over which the coefficients are computed'),
  excluded: z
    .number()
    .int()
    .nullable()
    .describe('Member countries with results that year but no current assessment; null for national users'),
});
export type MaturityVsOutcomesResponse = z.infer<typeof MaturityVsOutcomesResponseSchema>;

export const ParticipationItemSchema = z.object({
  country: z.string(),
  region: z.string(),
  operations: z.number().int().describe('Operations the country took part in'),
  reported: z.number().int().describe('Of those, operations it reported a result for'),
});
export const ParticipationResponseSchema = z.object({
  methodologyVersion: MethodologyVersionSchema.describe('The methodology the figures were computed with'),
  grouping: z.string(),
  from: z.number().int(),
  to: z.number().int(),
  protected: ProtectedField,
  items: z
    .array(ParticipationItemSchema)
    .describe('National users get their own country and those that share their figures with members'),
});
export type ParticipationResponse = z.infer<typeof ParticipationResponseSchema>;
