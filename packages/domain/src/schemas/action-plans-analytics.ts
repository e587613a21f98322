import { z } from 'zod';
import { MethodologyVersionSchema } from '../methodology/version.js';
import { ProtectedField } from './analytics.js';
import { LocalizedSchema } from './common.js';

const count = (description: string) => z.number().int().nullable().describe(description);

export const ActionStatusCountsSchema = z.object({
  planned: z.number().int(),
  in_progress: z.number().int(),
  done: z.number().int(),
  dropped: z.number().int(),
});
export type ActionStatusCounts = z.infer<typeof ActionStatusCountsSchema>;

/** GET /api/analytics/actions: one region (or ALL) and year; "in year Y" is the state at 31 December Y. */
export const ActionsPointSchema = z.object({
  region: z.string().describe('Region code, or ALL for the whole grouping'),
  regionName: LocalizedSchema,
  year: z.number().int(),
  members: z.number().int().describe('Members of the region at 31 December of the year'),
  countriesWithPlan: count('Members with at least one action recorded by 31 December (any status)'),
  actions: ActionStatusCountsSchema.nullable().describe(
    'Actions of the members by their status at 31 December (the last status change dated on or before it)',
  ),
  overdue: count('Actions planned or in progress at 31 December whose target is before that day'),
  gapsWithAction: count('Of `gaps`, those addressed by an action not dropped at 31 December'),
  gaps: count('Gaps (items under 0.5 points) of the members’ current assessments of the year'),
  suppressed: z.boolean().describe('Withheld from national users: fewer than 3 members'),
});
export type ActionsPoint = z.infer<typeof ActionsPointSchema>;

export const ActionsAnalyticsResponseSchema = z.object({
  methodologyVersion: MethodologyVersionSchema.describe('The methodology the gaps are found under'),
  grouping: z.string(),
  from: z.number().int(),
  to: z.number().int(),
  protected: ProtectedField,
  series: z.array(ActionsPointSchema),
});
export type ActionsAnalyticsResponse = z.infer<typeof ActionsAnalyticsResponseSchema>;

/** GET /api/analytics/gap-closure: one region (or ALL) and scored item. */
export const GapClosureItemSchema = z.object({
  region: z.string().describe('Region code, or ALL for the whole grouping'),
  regionName: LocalizedSchema,
  code: z.string().describe('The scored item'),
  gaps: count('Gaps at a counted assessment of a year in [from, to] followed by a later counted assessment'),
  closedNext: count('Of those, the ones at 0.5 points or more at the country’s next counted assessment'),
  closedNextWithAction: count('Closed, with a done action addressing the item done between the two assessments'),
  closedNextWithoutAction: count('Closed, without such an action'),
  suppressed: z.boolean().describe('Withheld from national users: fewer than 3 gaps'),
});
export type GapClosureItem = z.infer<typeof GapClosureItemSchema>;

export const GapClosureResponseSchema = z.object({
  methodologyVersion: MethodologyVersionSchema.describe('The methodology both assessments are scored with'),
  grouping: z.string(),
  from: z.number().int(),
  to: z.number().int(),
  protected: ProtectedField,
  caveat: LocalizedSchema.describe('What the figures do not say: few cases, and a closure is not caused by an action'),
  items: z.array(GapClosureItemSchema),
});
export type GapClosureResponse = z.infer<typeof GapClosureResponseSchema>;

/** What GET /api/analytics/gap-closure states beside its figures, in every locale. */
export const GAP_CLOSURE_CAVEAT = {
  en: 'Few cases: most cells hold a handful of gaps, and a country assessed again after one or two years. Not causal: a gap closed after a done action may have closed without it, and the actions are self-reported by the administrations.',
  fr: 'Peu de cas : la plupart des cellules ne comptent que quelques lacunes, et un pays n’est réévalué qu’après un ou deux ans. Pas de causalité : une lacune comblée après une action réalisée aurait pu l’être sans elle, et les actions sont déclarées par les administrations elles-mêmes.',
  es: 'Pocos casos: la mayoría de las celdas cuentan solo unas pocas carencias, y un país solo se vuelve a evaluar al cabo de uno o dos años. No es causal: una carencia cerrada tras una acción realizada podría haberse cerrado sin ella, y las acciones las declaran las propias administraciones.',
  ar: 'حالات قليلة: معظم الخانات لا تضم إلا بضع ثغرات، ولا يُعاد تقييم البلد إلا بعد سنة أو سنتين. ليست علاقة سببية: فالثغرة التي سُدّت بعد إجراء منجز ربما كانت ستُسدّ من دونه، والإجراءات تُبلغ عنها الإدارات بنفسها.',
};
