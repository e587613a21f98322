import { z } from 'zod';
import { ACTION_LEADS, ACTION_STATUSES } from '../action-plans/vocabularies.js';
import { INSTRUMENT_ITEMS, isScored } from '../instrument/items.js';
import { MethodologyVersionSchema } from '../methodology/version.js';
import { Iso3Schema, LocalizedSchema, recordRevisionSchema } from './common.js';
import { dateSchema } from './operations.js';
import { codedParams } from '../errors/issues.js';
import { endNotBeforeStart, noValueTwice } from '../errors/refinements.js';

const SCORED_CODES: readonly string[] = INSTRUMENT_ITEMS.filter(isScored).map((i) => i.code);

export const ACTION_TEXT_MAX = 2000;
export const ACTION_NOTES_MAX = 4000;
export const ACTION_COMMENT_MAX = 4000;

const text = (name: string, max: number) =>
  z
    .string({ error: `${name} must be a text` })
    .trim()
    .min(1, { error: `${name} must not be empty` })
    .max(max, { error: `${name} must be at most ${max} characters` });

export const ActionLeadSchema = z.enum(ACTION_LEADS, { error: `lead must be one of ${ACTION_LEADS.join(', ')}` });
export const ActionStatusSchema = z.enum(ACTION_STATUSES, {
  error: `status must be one of ${ACTION_STATUSES.join(', ')}`,
});

/** The scored item codes an action addresses: at least one, known, each once. */
export const ActionItemsSchema = z
  .array(
    z.string({ error: 'items must list item codes' }).refine((c) => SCORED_CODES.includes(c), {
      error: `items must be scored item codes (${SCORED_CODES.join(', ')})`,
      params: codedParams('unknown_item'),
    }),
    { error: 'items must list item codes' },
  )
  .min(1, { error: 'items must name at least one item' })
  .max(SCORED_CODES.length, { error: `items must name at most ${SCORED_CODES.length} items` })
  .superRefine(noValueTwice('items lists an item twice'));

/** One change of status, dated (YYYY-MM-DD) by the API on the day it was recorded, or the `statusDate` sent. */
export const StatusChangeSchema = z.object({ status: ActionStatusSchema, date: z.string() });
export type StatusChange = z.infer<typeof StatusChangeSchema>;

const fields = {
  text: text('text', ACTION_TEXT_MAX).describe('The action: the handbook’s solution or the plan’s own words'),
  items: ActionItemsSchema.describe('The scored items (gaps) it addresses'),
  lead: ActionLeadSchema.describe('The lead agency'),
  owner: text('owner', 200).describe('Who answers for it (a unit or a person)'),
  start: dateSchema('start'),
  target: dateSchema('target').describe('The target date: not before start'),
  status: ActionStatusSchema,
  notes: z.string({ error: 'notes must be a text' }).max(ACTION_NOTES_MAX, {
    error: `notes must be at most ${ACTION_NOTES_MAX} characters`,
  }),
  instrumentId: z
    .uuid({ error: 'instrumentId must be the id (UUID) of a register record' })
    .nullable()
    .describe('A register record the action produced or relies on (GET /api/instruments/:id), of the same country'),
};

const statusDate = dateSchema('statusDate')
  .optional()
  .describe('When the status (new or changed) took effect, not in the future; default: today (UTC)');

const targetNotBeforeStart = endNotBeforeStart({
  start: 'start',
  end: 'target',
  message: 'target must not be before start',
});

/** POST /api/countries/:iso3/actions (coordinators of the country, admins). */
export const CreateActionRequestSchema = z
  .object({
    ...fields,
    status: ActionStatusSchema.default('planned'),
    notes: fields.notes.default(''),
    instrumentId: fields.instrumentId.default(null),
    statusDate,
  })
  .strict()
  .superRefine(targetNotBeforeStart);
export type CreateActionRequest = z.infer<typeof CreateActionRequestSchema>;

/**
 * PATCH /api/countries/:iso3/actions/:id: the fields to change, with the `version` read. Coordinators and admins
 * change the plan's fields; analysts (and admins) write `analystComment` only.
 */
export const UpdateActionRequestSchema = z
  .object({
    text: fields.text.optional(),
    items: fields.items.optional(),
    lead: fields.lead.optional(),
    owner: fields.owner.optional(),
    start: fields.start.optional(),
    target: fields.target.optional(),
    status: fields.status.optional(),
    notes: fields.notes.optional(),
    instrumentId: fields.instrumentId.optional(),
    statusDate,
    analystComment: z
      .string({ error: 'analystComment must be a text' })
      .max(ACTION_COMMENT_MAX, { error: `analystComment must be at most ${ACTION_COMMENT_MAX} characters` })
      .nullable()
      .optional()
      .describe('An analyst’s comment on the action (analysts and admins only); null clears it'),
    version: z
      .number({ error: 'version is required: the version you read' })
      .int({ error: 'version must be a whole number from 1' })
      .min(1, { error: 'version must be a whole number from 1' }),
  })
  .strict()
  .superRefine(targetNotBeforeStart);
export type UpdateActionRequest = z.infer<typeof UpdateActionRequestSchema>;

/** DELETE /api/countries/:iso3/actions/:id?version=. */
export const DeleteActionQuerySchema = z
  .object({
    version: z
      .string({ error: 'version is required: the version you read' })
      .regex(/^[1-9]\d{0,8}$/, { error: 'version must be a whole number from 1' })
      .transform(Number),
  })
  .strict();
export type DeleteActionQuery = z.infer<typeof DeleteActionQuerySchema>;

export const ActionSchema = z.object({
  id: z.string(),
  version: z.number().int(),
  country: Iso3Schema,
  ...fields,
  statusHistory: z
    .array(StatusChangeSchema)
    .describe('Every status the action had, oldest first, with the date it took effect (the last is `status`)'),
  analystComment: z.string().nullable(),
  overdue: z.boolean().describe('Target before today while planned or in progress'),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Action = z.infer<typeof ActionSchema>;

/** For a done action: each addressed item at the country's next counted assessment after it was done. */
export const ActionClosureSchema = z.object({
  assessmentId: z.string().nullable().describe('That next assessment; null: none yet'),
  year: z.number().int().nullable(),
  items: z.array(
    z.object({
      code: z.string(),
      closed: z
        .boolean()
        .nullable()
        .describe('true: 0.5 points or more at the next assessment; false: still a gap; null: no later assessment yet'),
    }),
  ),
});
export type ActionClosure = z.infer<typeof ActionClosureSchema>;

export const PlanActionSchema = ActionSchema.extend({
  closure: ActionClosureSchema.nullable().describe('Done actions only; null otherwise'),
});
export type PlanAction = z.infer<typeof PlanActionSchema>;

/** A gap of the latest counted assessment, offered as an action: the handbook's solutions, or free text. */
export const CandidateActionSchema = z.object({
  code: z.string().describe('The item (a gap)'),
  points: z.number(),
  gap: LocalizedSchema.describe('The handbook’s description of the gap'),
  solutions: LocalizedSchema.describe('The handbook’s solutions (or the dimension’s guidance); empty when freeText'),
  freeText: z.boolean().describe('True when the handbook has no solution for the item: the plan writes its own'),
  addressedBy: z.array(z.string()).describe('The ids of the actions (not dropped) that already address it'),
});
export type CandidateAction = z.infer<typeof CandidateActionSchema>;

/** GET /api/countries/:iso3/actions. */
export const ActionPlanResponseSchema = z.object({
  country: Iso3Schema,
  methodologyVersion: MethodologyVersionSchema.describe('The default methodology, under which the gaps are found'),
  assessment: z
    .object({ id: z.string(), year: z.number().int() })
    .nullable()
    .describe('The latest submitted or validated assessment, whose gaps give the candidates; null: none'),
  actions: z.array(PlanActionSchema).describe('By target date'),
  candidates: z.array(CandidateActionSchema),
});
export type ActionPlanResponse = z.infer<typeof ActionPlanResponseSchema>;

export const ACTION_REVISION_KINDS = ['created', 'updated', 'commented', 'deleted'] as const;
export type ActionRevisionKind = (typeof ACTION_REVISION_KINDS)[number];

/** One write to an action: who, when, the action before and after (null before a creation, after a deletion). */
export const ActionRevisionSchema = recordRevisionSchema(ACTION_REVISION_KINDS, ActionSchema);
export type ActionRevision = z.infer<typeof ActionRevisionSchema>;

/** GET /api/countries/:iso3/actions/:id/history, oldest first. */
export const ActionHistoryResponseSchema = z.object({
  actionId: z.string(),
  revisions: z.array(ActionRevisionSchema),
});
export type ActionHistoryResponse = z.infer<typeof ActionHistoryResponseSchema>;

/** The path of one action: /api/countries/:iso3/actions/:id. */
export const ActionParamSchema = z.object({
  iso3: z.string().regex(/^[A-Z]{3}$/, { error: 'iso3 must be an ISO 3166-1 alpha-3 code, e.g. FRA' }),
  id: z.uuid({ error: 'id must be a UUID' }),
});
export type ActionParam = z.infer<typeof ActionParamSchema>;
