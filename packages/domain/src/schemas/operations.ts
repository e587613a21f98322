import { z } from 'zod';
import {
  ACTIVITIES,
  CHECK_DATABASES,
  COMMODITIES,
  LEADS,
  PROGRAMMES,
  SEIZURE_UNITS,
  UNIT_TYPES,
  breaksIntegerUnit,
} from '../operations/vocabularies.js';
import { Iso3Schema, MAX_YEAR, MIN_YEAR, limitParam, offsetParam } from './common.js';
import { codedParams } from '../errors/issues.js';
import { endNotBeforeStart, noValueTwice } from '../errors/refinements.js';

/** Counts are stored as PostgreSQL integers. */
export const MAX_COUNT = 2_147_483_647;
/** Quantities are stored as numeric(18,3). */
export const MAX_QUANTITY = 999_999_999_999_999;

function oneOf<T extends readonly [string, ...string[]]>(name: string, values: T) {
  return z.enum(values, { error: `${name} must be one of ${values.join(', ')}` });
}

export const ProgrammeSchema = oneOf('programme', PROGRAMMES);
export const LeadSchema = oneOf('lead', LEADS);
export const ActivitySchema = oneOf('activity', ACTIVITIES);
export const UnitTypeSchema = oneOf('unitType', UNIT_TYPES);
export const CheckDatabaseSchema = oneOf('database', CHECK_DATABASES);
export const CommoditySchema = oneOf('commodity', COMMODITIES);
export const SeizureUnitSchema = oneOf('unit', SEIZURE_UNITS);

export const OPERATION_CODE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._/-]{0,63}$/;
export const OperationCodeSchema = z.string({ error: 'code is required' }).trim().regex(OPERATION_CODE_PATTERN, {
  error: 'code must be 1–64 letters, digits, ., _, / or -, starting with a letter or digit',
});

/** True when `text` is a real calendar date written YYYY-MM-DD within the years the platform knows. */
export function isIsoDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  const year = date.getUTCFullYear();
  return (
    !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text && year >= MIN_YEAR && year <= MAX_YEAR
  );
}

/** A required ISO date between MIN_YEAR and MAX_YEAR, whose errors name the field. */
export function dateSchema(name: string) {
  return z.string({ error: `${name} is required (YYYY-MM-DD)` }).superRefine((value, ctx) => {
    if (!isIsoDate(value))
      ctx.addIssue({
        code: 'custom',
        message: `${name} must be a date written YYYY-MM-DD, between ${MIN_YEAR} and ${MAX_YEAR}`,
        params: codedParams('not_a_date', { value }),
      });
  });
}

function uniqueList<T extends z.ZodType<string>>(item: T, name: string) {
  return z.array(item).superRefine(noValueTwice(`${name} lists a value twice`));
}

const ActivitiesSchema = uniqueList(ActivitySchema, 'activities').refine((a) => a.length > 0, {
  error: 'activities must name at least one joint activity',
  params: codedParams('too_small', { minimum: 1, origin: 'array' }),
});
const CountriesSchema = uniqueList(Iso3Schema, 'countries')
  .refine((c) => c.length > 0, {
    error: 'countries must name at least one participating country',
    params: codedParams('too_small', { minimum: 1, origin: 'array' }),
  })
  .refine((c) => c.length <= 300, {
    error: 'countries may list at most 300 countries',
    params: codedParams('too_big', { maximum: 300, origin: 'array' }),
  });

const operationFields = {
  code: OperationCodeSchema,
  name: z.string({ error: 'name is required' }).trim().min(1, { error: 'name is required' }).max(200),
  description: z.string().trim().max(4000).optional(),
  programme: ProgrammeSchema,
  lead: LeadSchema,
  activities: ActivitiesSchema,
  startDate: dateSchema('startDate'),
  endDate: dateSchema('endDate'),
  countries: CountriesSchema,
};

/** Compares two real dates only: a malformed one already has its own issue, and zod runs this refine anyway. */
const endDateNotBeforeStartDate = endNotBeforeStart({
  start: 'startDate',
  end: 'endDate',
  message: 'endDate must not be before startDate',
  comparable: isIsoDate,
});

export const CreateOperationRequestSchema = z.object(operationFields).strict().superRefine(endDateNotBeforeStartDate);
export type CreateOperationRequest = z.infer<typeof CreateOperationRequestSchema>;

export const UpdateOperationRequestSchema = z
  .object({
    code: operationFields.code.optional(),
    name: operationFields.name.optional(),
    description: z.string().trim().max(4000).nullable().optional(),
    programme: ProgrammeSchema.optional(),
    lead: LeadSchema.optional(),
    activities: ActivitiesSchema.optional(),
    startDate: dateSchema('startDate').optional(),
    endDate: dateSchema('endDate').optional(),
    countries: CountriesSchema.optional(),
  })
  .strict()
  .superRefine(endDateNotBeforeStartDate);
export type UpdateOperationRequest = z.infer<typeof UpdateOperationRequestSchema>;

function countSchema(name: string) {
  return z
    .number({ error: `${name} must be a number` })
    .int({ error: `${name} must be a whole number` })
    .min(0, { error: `${name} must not be negative` })
    .max(MAX_COUNT, { error: `${name} is too large` });
}

export const DatabaseCheckSchema = z
  .object({ database: CheckDatabaseSchema, queries: countSchema('queries'), hits: countSchema('hits') })
  .strict()
  .superRefine((c, ctx) => {
    if (c.hits > c.queries)
      ctx.addIssue({
        code: 'custom',
        message: 'hits must not exceed queries',
        path: ['hits'],
        params: codedParams('hits_exceed_queries', { hits: c.hits, queries: c.queries }),
      });
  });
export type DatabaseCheck = z.infer<typeof DatabaseCheckSchema>;

export const SeizureSchema = z
  .object({
    commodity: CommoditySchema,
    cases: countSchema('cases'),
    quantity: z
      .number({ error: 'quantity must be a number' })
      .min(0, { error: 'quantity must not be negative' })
      .max(MAX_QUANTITY, { error: 'quantity is too large' }),
    unit: SeizureUnitSchema,
  })
  .strict()
  .superRefine((s, ctx) => {
    if (breaksIntegerUnit(s.unit, s.quantity))
      ctx.addIssue({
        code: 'custom',
        message: `quantity in ${s.unit} must be a whole number`,
        path: ['quantity'],
        params: { code: 'integer_required', params: { unit: s.unit } },
      });
  });
export type Seizure = z.infer<typeof SeizureSchema>;

const DatabaseChecksSchema = z.array(DatabaseCheckSchema).superRefine((checks, ctx) => {
  const seen = new Set<string>();
  checks.forEach((c, i) => {
    if (seen.has(c.database))
      ctx.addIssue({
        code: 'custom',
        message: `${c.database} is listed twice`,
        path: [i, 'database'],
        params: codedParams('listed_twice', { value: c.database }),
      });
    seen.add(c.database);
  });
});

const SeizuresSchema = z
  .array(SeizureSchema)
  .max(200, { error: 'seizures may list at most 200 entries' })
  .superRefine((seizures, ctx) => {
    const seen = new Set<string>();
    seizures.forEach((s, i) => {
      const key = `${s.commodity} ${s.unit}`;
      if (seen.has(key))
        ctx.addIssue({
          code: 'custom',
          message: `${s.commodity} in ${s.unit} is listed twice`,
          path: [i, 'unit'],
          params: codedParams('duplicate_seizure', { commodity: s.commodity, unit: s.unit }),
        });
      seen.add(key);
    });
  });

/** The register's joint unit that achieved a result: by its id, or by its site code in the country (issue #16). */
const unitIdSchema = z.uuid({ error: 'unitId must be the id of a joint unit of the register' });
const unitSiteSchema = z
  .string({ error: 'unitSite must be a text' })
  .trim()
  .min(1, { error: 'unitSite must not be empty' })
  .max(120, { error: 'unitSite must be at most 120 characters' })
  .describe('The site code (IATA, UN/LOCODE) or name of a joint unit of the country in force at the end date');
const oneUnitReference = (r: { unitId?: unknown; unitSite?: unknown }) =>
  r.unitId === undefined || r.unitId === null || r.unitSite === undefined;
const ONE_UNIT_REFERENCE = { error: 'name the joint unit by unitId or by unitSite, not both', path: ['unitSite'] };

const resultFields = {
  unitType: UnitTypeSchema,
  unitName: z.string().trim().max(200).optional().describe('Free text, for a unit that is not in the register'),
  unitId: unitIdSchema.optional(),
  unitSite: unitSiteSchema.optional(),
  arrests: countSchema('arrests'),
  investigationsOpened: countSchema('investigationsOpened'),
  controlledDeliveries: countSchema('controlledDeliveries'),
  personsChecked: countSchema('personsChecked'),
  databaseChecks: DatabaseChecksSchema.default([]),
  seizures: SeizuresSchema.default([]),
};

export const CreateResultRequestSchema = z
  .object({ country: Iso3Schema, ...resultFields })
  .strict()
  .refine(oneUnitReference, ONE_UNIT_REFERENCE);
export type CreateResultRequest = z.infer<typeof CreateResultRequestSchema>;

export const UpdateResultRequestSchema = z
  .object({
    unitType: resultFields.unitType.optional(),
    unitName: z.string().trim().max(200).nullable().optional(),
    unitId: unitIdSchema.nullable().optional().describe('null unlinks the result from its joint unit'),
    unitSite: unitSiteSchema.optional(),
    arrests: resultFields.arrests.optional(),
    investigationsOpened: resultFields.investigationsOpened.optional(),
    controlledDeliveries: resultFields.controlledDeliveries.optional(),
    personsChecked: resultFields.personsChecked.optional(),
    databaseChecks: DatabaseChecksSchema.optional(),
    seizures: SeizuresSchema.optional(),
  })
  .strict()
  .refine(oneUnitReference, ONE_UNIT_REFERENCE);
export type UpdateResultRequest = z.infer<typeof UpdateResultRequestSchema>;

export const OperationSchema = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  programme: ProgrammeSchema,
  lead: LeadSchema,
  activities: z.array(ActivitySchema),
  startDate: z.string(),
  endDate: z.string(),
  countries: z.array(z.string()).describe('Participating countries, ISO alpha-3, in alphabetical order'),
  reportedCountries: z
    .array(z.string())
    .describe('Participants that have reported a result (national users: their own country at most)'),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type OperationResponse = z.infer<typeof OperationSchema>;

export const OperationListQuerySchema = z
  .object({
    q: z.string().trim().max(100).optional().describe('Text found in the code or the name'),
    programme: ProgrammeSchema.optional(),
    lead: LeadSchema.optional(),
    activity: ActivitySchema.optional(),
    country: Iso3Schema.optional().describe('A participating country'),
    year: z
      .string()
      .regex(/^\d{4}$/, { error: 'year must be an integer year' })
      .transform(Number)
      .meta({ type: 'integer' })
      .optional()
      .describe('Operations that end in this year'),
    limit: limitParam(500).default(100),
    offset: offsetParam(),
  })
  .strict();
export type OperationListQuery = z.infer<typeof OperationListQuerySchema>;

export const OperationListResponseSchema = z.object({
  operations: z.array(OperationSchema),
  total: z.number().int().describe('Operations matching the filters, before limit and offset'),
  limit: z.number().int(),
  offset: z.number().int(),
});
export type OperationListResponse = z.infer<typeof OperationListResponseSchema>;

export const OperationResultSchema = z.object({
  id: z.string(),
  operationId: z.string(),
  country: z.string(),
  unitType: UnitTypeSchema,
  unitName: z.string().nullable(),
  unitId: z
    .string()
    .optional()
    .describe('The register’s joint unit that achieved the result; absent when the result names none'),
  unitSite: z.string().optional().describe('That unit’s site; absent with unitId'),
  arrests: z.number().int(),
  investigationsOpened: z.number().int(),
  controlledDeliveries: z.number().int(),
  personsChecked: z.number().int(),
  databaseChecks: z
    .array(DatabaseCheckSchema)
    .describe('Only the databases reported, in the order sltd, smv, nominal, notices'),
  seizures: z.array(SeizureSchema),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type OperationResult = z.infer<typeof OperationResultSchema>;

export const OperationResultListResponseSchema = z.object({
  operationId: z.string(),
  results: z.array(OperationResultSchema).describe('National users get their own country’s result only'),
});
export type OperationResultListResponse = z.infer<typeof OperationResultListResponseSchema>;

export const OperationImportResultSchema = z.object({
  dryRun: z.boolean(),
  rows: z.number().int(),
  operations: z.object({ created: z.number().int(), updated: z.number().int(), unchanged: z.number().int() }),
  results: z.object({ created: z.number().int(), updated: z.number().int(), unchanged: z.number().int() }),
  seizures: z.number().int().describe('Seizure rows in the file'),
});
export type OperationImportResult = z.infer<typeof OperationImportResultSchema>;
