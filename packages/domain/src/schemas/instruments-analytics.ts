import { z } from 'zod';
import { EXPORT_QUERY_PARAMS, withoutExportParams } from '../exports/params.js';
import { METHODOLOGY_QUERY_PARAM, MethodologyVersionSchema } from '../methodology/version.js';
import { GroupingParam, ProtectedField, yearRange } from './analytics.js';
import { LocalizedSchema, yearParam } from './common.js';
import { JOINT_UNIT_TYPES } from '../instruments-register/vocabularies.js';
import { fromNotAfterTo } from '../errors/refinements.js';

/** GET /api/analytics/instruments and /api/analytics/operations/units: a grouping and a span of years. */
export const YearSpanQuerySchema = z
  .object({
    grouping: GroupingParam,
    from: yearParam('from').optional().describe('First year, 1990–2100'),
    to: yearParam('to').optional().describe('Last year, 1990–2100 (defaults to the current year)'),
    ...METHODOLOGY_QUERY_PARAM,
    ...EXPORT_QUERY_PARAMS,
  })
  .strict()
  .transform((q) => yearRange(withoutExportParams(q)))
  .superRefine(fromNotAfterTo);
export type YearSpanQuery = z.infer<typeof YearSpanQuerySchema>;

const count = (description: string) => z.number().int().nullable().describe(description);

export const JointUnitCountsSchema = z.object({
  aircop_jaitf: z.number().int(),
  ccp_pcu: z.number().int(),
  land_border: z.number().int(),
  other: z.number().int(),
});
export type JointUnitCounts = z.infer<typeof JointUnitCountsSchema>;

export const InstrumentsPointSchema = z.object({
  region: z.string().describe('Region code, or ALL for the whole grouping'),
  regionName: LocalizedSchema,
  year: z.number().int(),
  members: z.number().int().describe('Members of the region at 31 December of the year'),
  withAgreement: count('Members with an agreement in force during the year'),
  withCommittee: count('Members with a committee in force during the year'),
  withLiaison: count('Members with liaison officers deployed during the year'),
  jointUnits: JointUnitCountsSchema.nullable().describe('Joint units in force during the year, by unit type'),
  trainings: count('Trainings held (started) in the year'),
  trainingParticipants: count('Their participants: customs, police and others'),
  withInterpolAtBorders: count('Members whose INTERPOL access of the year connects at least one border point'),
  suppressed: z.boolean().describe('Withheld from national users: fewer than 3 members'),
});
export type InstrumentsPoint = z.infer<typeof InstrumentsPointSchema>;

export const InstrumentsAnalyticsResponseSchema = z.object({
  methodologyVersion: MethodologyVersionSchema.describe('The methodology of the request (the register has no score)'),
  grouping: z.string(),
  from: z.number().int(),
  to: z.number().int(),
  protected: ProtectedField,
  series: z.array(InstrumentsPointSchema),
});
export type InstrumentsAnalyticsResponse = z.infer<typeof InstrumentsAnalyticsResponseSchema>;

export const OperationUnitsPointSchema = z.object({
  region: z.string().describe('Region code, or ALL for the whole grouping'),
  regionName: LocalizedSchema,
  year: z.number().int().describe('The year of the operations’ end dates'),
  unitType: z.enum(JOINT_UNIT_TYPES).describe('The type of the joint units that achieved the results'),
  countries: count('Member countries with a result achieved by a joint unit of this type'),
  units: count('Distinct joint units with a result'),
  results: count('Operation results achieved by these units'),
  arrests: count('Their arrests'),
  seizureCases: count('Their seizure cases'),
  suppressed: z.boolean().describe('Withheld from national users: fewer than 3 reporting countries'),
});
export type OperationUnitsPoint = z.infer<typeof OperationUnitsPointSchema>;

export const OperationUnitsResponseSchema = z.object({
  methodologyVersion: MethodologyVersionSchema.describe('The methodology of the request (outcomes have no score)'),
  grouping: z.string(),
  from: z.number().int(),
  to: z.number().int(),
  protected: ProtectedField,
  series: z.array(OperationUnitsPointSchema).describe('Region, year and unit type with at least one linked result'),
});
export type OperationUnitsResponse = z.infer<typeof OperationUnitsResponseSchema>;

export const UnitOutcomeSchema = z.object({
  unitId: z.string(),
  country: z.string(),
  region: z.string().describe('The country’s region at 31 December of the operations’ end year (the last one)'),
  site: z.string(),
  unitType: z.enum(JOINT_UNIT_TYPES),
  results: z.number().int().describe('Operation results the unit achieved, end years from–to'),
  arrests: z.number().int(),
  seizureCases: z.number().int(),
});
export type UnitOutcome = z.infer<typeof UnitOutcomeSchema>;

export const UnitOutcomesResponseSchema = z.object({
  methodologyVersion: MethodologyVersionSchema.describe('The methodology of the request (outcomes have no score)'),
  grouping: z.string(),
  from: z.number().int(),
  to: z.number().int(),
  protected: ProtectedField,
  items: z
    .array(UnitOutcomeSchema)
    .describe('National users get their own country’s units and those of countries that share their figures'),
});
export type UnitOutcomesResponse = z.infer<typeof UnitOutcomesResponseSchema>;
