import { METHODOLOGY_QUERY_PARAM, MethodologyVersionSchema } from '../methodology/version.js';
import { z } from 'zod';
import { LOCALES } from '../i18n.js';
import { DIMENSIONS, ITEM_TYPES } from '../instrument/types.js';
import { LocalizedSchema } from './common.js';

export const InstrumentQuerySchema = z
  .object({
    lang: z.enum(LOCALES, { error: `lang must be one of ${LOCALES.join(', ')}` }).optional(),
    ...METHODOLOGY_QUERY_PARAM,
  })
  .strict();
export type InstrumentQuery = z.infer<typeof InstrumentQuerySchema>;

/** With ?lang the texts are plain strings; without it they are in every locale. */
const TextSchema = z.union([z.string(), LocalizedSchema]);

const AppliesSchema = z.union([
  z.object({ kind: z.literal('always') }),
  z.object({ kind: z.enum(['equals', 'not_equals']), item: z.string(), value: z.string() }),
  z.object({ kind: z.literal('fewer_selected_than'), item: z.string(), count: z.number().int() }),
]);

export const InstrumentItemSchema = z.object({
  code: z.string(),
  type: z.enum(ITEM_TYPES),
  dimension: z.enum(DIMENSIONS).nullable(),
  applies: AppliesSchema,
  scoring: z.enum(['option', 'share_selected', 'max_plus_bonus', 'none']),
  options: z.array(
    z.object({
      code: z.string(),
      points: z.number().nullable(),
      bonus: z.boolean().optional(),
      exclusive: z.boolean().optional(),
      label: TextSchema,
    }),
  ),
  question: TextSchema,
  gaps: TextSchema.describe('The handbook’s "Carences communes"; empty where the handbook is blank'),
  solutions: TextSchema.describe('The handbook’s "Solutions possibles"; empty where the handbook is blank'),
  note: TextSchema.optional().describe('The project’s note on a slip in the handbook’s text for this item'),
});

export const InstrumentResponseSchema = z.object({
  methodologyVersion: MethodologyVersionSchema.describe('The version whose points the options carry'),
  dimensions: z.array(
    z.object({
      code: z.enum(DIMENSIONS),
      label: TextSchema,
      section: z.string(),
      sectionTitle: TextSchema,
      guidance: TextSchema,
    }),
  ),
  levels: z.array(z.object({ level: z.number().int(), name: TextSchema, description: TextSchema })),
  items: z.array(InstrumentItemSchema),
});
export type InstrumentResponse = z.infer<typeof InstrumentResponseSchema>;
