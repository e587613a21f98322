import { z } from 'zod';
import { REGISTER_CHECK_REASONS } from '../instruments-register/register-checks.js';
import { REGISTER_ITEMS } from '../instruments-register/register-summary.js';
import { INSTRUMENT_KINDS } from '../instruments-register/vocabularies.js';
import { RegisterCheckSchema } from './instruments.js';
import { yearParam } from './common.js';

/** A check with what a client translates: the contract's `{code, severity, message}` plus `reason` and `params`. */
export const RegisterCheckDetailSchema = RegisterCheckSchema.extend({
  reason: z.enum(REGISTER_CHECK_REASONS).describe('Why the answer contradicts the register, for translation'),
  params: z
    .record(z.string(), z.union([z.string(), z.number()]))
    .describe('What the reason’s text needs: the year, the claimed option, the training window (from, to)'),
});

/** GET /api/assessments/:id/register-checks: RegisterChecksResponseSchema, each check with its reason. */
export const RegisterChecksDetailResponseSchema = z.object({
  checks: z.array(RegisterCheckDetailSchema).describe('In the questionnaire’s order; empty when nothing contradicts'),
});
export type RegisterChecksDetailResponse = z.infer<typeof RegisterChecksDetailResponseSchema>;

export const RegisterSummaryQuerySchema = z
  .object({ year: yearParam('year').optional().describe('Defaults to the current year') })
  .strict()
  .transform((q) => ({ year: q.year ?? new Date().getUTCFullYear() }));
export type RegisterSummaryQuery = z.infer<typeof RegisterSummaryQuerySchema>;

export const RegisterItemInstrumentSchema = z.object({
  id: z.string(),
  kind: z.enum(INSTRUMENT_KINDS),
  title: z.string(),
  from: z.string(),
  to: z.string().nullable(),
});

export const RegisterItemSummarySchema = z.object({
  code: z.enum(REGISTER_ITEMS).describe('The item code'),
  supported: z.array(z.string()).describe('The item’s option codes the register backs that year'),
  instruments: z.array(RegisterItemInstrumentSchema).describe('The instruments behind them'),
});

/** GET /api/countries/:iso3/register-summary?year=: what the register says, item by item, for the questionnaire. */
export const RegisterSummaryResponseSchema = z.object({
  country: z.string(),
  year: z.number().int(),
  items: z.array(RegisterItemSummarySchema),
});
export type RegisterSummaryResponse = z.infer<typeof RegisterSummaryResponseSchema>;

/** GET /api/review/register-checks: the checks of every assessment a list with the same filters returns. */
export const RegisterChecksBatchResponseSchema = z.object({
  assessments: z
    .array(
      z.object({
        id: z.string(),
        checks: z
          .array(RegisterCheckDetailSchema)
          .describe('In the questionnaire’s order; empty when nothing contradicts'),
      }),
    )
    .describe('One entry per assessment listed, newest year first, then by country code'),
});
export type RegisterChecksBatchResponse = z.infer<typeof RegisterChecksBatchResponseSchema>;
