import { z } from 'zod';
import {
  AGENCIES,
  AGREEMENT_SCOPES,
  AGREEMENT_TYPES,
  COMMITTEE_LEVELS,
  INSTRUMENT_KINDS,
  INTERPOL_DATABASES,
  JOINT_UNIT_TYPES,
  LIAISON_DIRECTIONS,
  TRAINING_SUPPORTERS,
} from '../instruments-register/vocabularies.js';
import { Iso3Schema, MAX_YEAR, MIN_YEAR, recordRevisionSchema, yearParam } from './common.js';
import { dateSchema } from './operations.js';
import { codedParams } from '../errors/issues.js';
import { endNotBeforeStart, noValueTwice } from '../errors/refinements.js';

const oneOf = <T extends readonly [string, ...string[]]>(values: T, name: string) =>
  z.enum(values, { error: `${name} must be one of ${values.join(', ')}` });

const listOf = <T extends readonly [string, ...string[]]>(values: T, name: string, min = 1) =>
  z
    .array(oneOf(values, name))
    .min(min, { error: `${name} must name at least ${min}` })
    .superRefine(noValueTwice(`${name} lists a value twice`));

const count = (name: string) =>
  z
    .number({ error: `${name} must be a whole number` })
    .int({ error: `${name} must be a whole number` })
    .min(0, {
      error: `${name} must not be negative`,
    });

const text = (name: string, max: number) =>
  z
    .string({ error: `${name} must be a text` })
    .trim()
    .min(1, { error: `${name} must not be empty` })
    .max(max, { error: `${name} must be at most ${max} characters` });

/** The fields every kind has. `to` null: still in force, or ongoing. */
const common = {
  country: Iso3Schema,
  title: text('title', 200),
  from: dateSchema('from'),
  to: dateSchema('to').nullable(),
  notes: z.string().max(4000, { error: 'notes must be at most 4000 characters' }).optional(),
};

export const AgreementFields = z.object({
  kind: z.literal('agreement'),
  agreementType: oneOf(AGREEMENT_TYPES, 'agreementType'),
  parties: listOf(AGENCIES, 'parties', 2),
  scope: listOf(AGREEMENT_SCOPES, 'scope'),
  reference: text('reference', 200).optional().describe('The official number or citation of the text'),
});

export const MeetingSchema = z.object({ date: dateSchema('date'), notes: z.string().max(2000).optional() }).strict();

export const CommitteeFields = z.object({
  kind: z.literal('committee'),
  level: oneOf(COMMITTEE_LEVELS, 'level'),
  agencies: listOf(AGENCIES, 'agencies', 2),
  meetings: z.array(MeetingSchema).max(500).default([]),
  chair: oneOf(AGENCIES, 'chair').optional(),
});

export const LiaisonOfficerFields = z.object({
  kind: z.literal('liaison_officer'),
  direction: oneOf(LIAISON_DIRECTIONS, 'direction'),
  host: text('host', 200).describe('The host unit'),
  officers: count('officers').min(1, { error: 'officers must be at least 1' }),
});

export const TrainingFields = z.object({
  kind: z.literal('training'),
  topic: text('topic', 200),
  agencies: listOf(AGENCIES, 'agencies'),
  participants: z
    .object({
      customs: count('participants.customs'),
      police: count('participants.police'),
      other: count('participants.other'),
    })
    .strict(),
  supportedBy: listOf(TRAINING_SUPPORTERS, 'supportedBy', 0).default([]),
  days: count('days').optional().describe('How long it lasted, in days'),
});

export const JointUnitFields = z.object({
  kind: z.literal('joint_unit'),
  unitType: oneOf(JOINT_UNIT_TYPES, 'unitType'),
  site: text('site', 120).describe('An IATA airport code (3 letters), a UN/LOCODE (5 characters) or a name'),
  agencies: listOf(AGENCIES, 'agencies', 2),
  staff: count('staff').optional(),
});

export const InterpolAccessFields = z.object({
  kind: z.literal('interpol_access'),
  year: z
    .number({ error: 'year must be a year' })
    .int({ error: 'year must be a year' })
    .min(MIN_YEAR, { error: `year must be ${MIN_YEAR}–${MAX_YEAR}` })
    .max(MAX_YEAR, { error: `year must be ${MIN_YEAR}–${MAX_YEAR}` }),
  i247AtHq: z.boolean({ error: 'i247AtHq must be true or false' }),
  borderPointsConnected: count('borderPointsConnected'),
  databases: listOf(INTERPOL_DATABASES, 'databases', 0),
});

/** The kind-specific fields of each kind, discriminated by `kind`. */
export const InstrumentDetailsSchema = z.discriminatedUnion(
  'kind',
  [AgreementFields, CommitteeFields, LiaisonOfficerFields, TrainingFields, JointUnitFields, InterpolAccessFields],
  { error: `kind must be one of ${INSTRUMENT_KINDS.join(', ')}` },
);
export type InstrumentDetails = z.infer<typeof InstrumentDetailsSchema>;

/** POST /api/instruments. */
export const CreateInstrumentRequestSchema = z
  .intersection(z.object(common), InstrumentDetailsSchema)
  .superRefine(endNotBeforeStart({ start: 'from', end: 'to', message: 'to must not be before from' }))
  .superRefine((i, ctx) => {
    if (i.kind !== 'interpol_access' || (i.from.startsWith(`${i.year}-`) && (i.to ?? '').startsWith(`${i.year}-`)))
      return;
    ctx.addIssue({
      code: 'custom',
      message: 'an interpol_access record spans its year: from and to must fall in it',
      path: ['from'],
      params: codedParams('outside_year', { year: i.year }),
    });
  });
export type CreateInstrumentRequest = z.infer<typeof CreateInstrumentRequestSchema>;

/** PATCH /api/instruments/:id: the whole record as it should be, with the version the client read. */
export const UpdateInstrumentRequestSchema = z.intersection(
  CreateInstrumentRequestSchema,
  z.object({ version: z.number().int().min(1) }),
);
export type UpdateInstrumentRequest = z.infer<typeof UpdateInstrumentRequestSchema>;

export const InstrumentSchema = z.intersection(
  z.object({
    id: z.string(),
    version: z.number().int(),
    ...common,
    createdAt: z.string(),
    updatedAt: z.string(),
  }),
  InstrumentDetailsSchema,
);
export type Instrument = z.infer<typeof InstrumentSchema>;

export const InstrumentListQuerySchema = z
  .object({
    country: Iso3Schema.optional(),
    kind: oneOf(INSTRUMENT_KINDS, 'kind').optional(),
    year: yearParam('year').optional().describe('Only the instruments in force during that year'),
  })
  .strict();
export type InstrumentListQuery = z.infer<typeof InstrumentListQuerySchema>;

export const InstrumentListResponseSchema = z.object({ instruments: z.array(InstrumentSchema) });
export type InstrumentListResponse = z.infer<typeof InstrumentListResponseSchema>;

/** GET /api/assessments/:id/register-checks: where the answers contradict the register in force that year. */
export const RegisterCheckSchema = z.object({
  code: z.string().describe('The item code'),
  severity: z.enum(['warning', 'info']),
  message: z.string(),
});
export const RegisterChecksResponseSchema = z.object({ checks: z.array(RegisterCheckSchema) });
export type RegisterChecksResponse = z.infer<typeof RegisterChecksResponseSchema>;

export const INSTRUMENT_REVISION_ACTIONS = ['created', 'updated', 'deleted', 'imported'] as const;
export type InstrumentRevisionAction = (typeof INSTRUMENT_REVISION_ACTIONS)[number];

/** One write to an instrument: who, when, and the record before and after it (null before a creation, after a deletion). */
export const InstrumentRevisionSchema = recordRevisionSchema(INSTRUMENT_REVISION_ACTIONS, InstrumentSchema);
export type InstrumentRevision = z.infer<typeof InstrumentRevisionSchema>;

/** GET /api/instruments/:id/history, oldest first. */
export const InstrumentHistoryResponseSchema = z.object({
  instrumentId: z.string(),
  revisions: z.array(InstrumentRevisionSchema),
});
export type InstrumentHistoryResponse = z.infer<typeof InstrumentHistoryResponseSchema>;

/** DELETE /api/instruments/:id?version=: the version the client read. */
export const DeleteInstrumentQuerySchema = z
  .object({
    version: z
      .string({ error: 'version is required: the version you read' })
      .regex(/^[1-9]\d{0,8}$/, { error: 'version must be a whole number from 1' })
      .transform(Number),
  })
  .strict();
export type DeleteInstrumentQuery = z.infer<typeof DeleteInstrumentQuerySchema>;

const kindParam = oneOf(INSTRUMENT_KINDS, 'kind').describe('The kind: each has its own layout');
const formatParam = z
  .enum(['csv', 'xlsx'], { error: 'format must be csv or xlsx' })
  .default('csv')
  .describe('csv (default, UTF-8) or xlsx (one sheet, as the import reads it)');

/** POST /api/instruments/import?kind=K[&dryRun=true]. */
export const InstrumentImportQuerySchema = z
  .object({
    kind: kindParam,
    dryRun: z.enum(['true', 'false'], { error: 'dryRun must be true or false' }).optional(),
  })
  .strict()
  .transform((q) => ({ kind: q.kind, dryRun: q.dryRun === 'true' }));
export type InstrumentImportQuery = z.infer<typeof InstrumentImportQuerySchema>;

/** GET /api/instruments/import/template?kind=K&format=csv|xlsx and GET /api/exports/instruments?kind=K&format=. */
export const InstrumentFileQuerySchema = z.object({ kind: kindParam, format: formatParam }).strict();
export type InstrumentFileQuery = z.infer<typeof InstrumentFileQuerySchema>;

/** What an import did: rows read, records created, records changed, records already as the file has them. */
export const InstrumentImportResultSchema = z.object({
  dryRun: z.boolean(),
  kind: z.enum(INSTRUMENT_KINDS),
  rows: z.number().int(),
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
});
export type InstrumentImportResult = z.infer<typeof InstrumentImportResultSchema>;
