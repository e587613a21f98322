import { ActionsAnalyticsResponseSchema, GapClosureResponseSchema } from '../schemas/action-plans-analytics.js';
import { YearSpanQuerySchema } from '../schemas/instruments-analytics.js';
import { filterValue, yearSpan } from '../exports/tabular.js';
import { defineView } from './view.js';

export const actionsView = defineView({
  route: 'analytics/actions',
  access: 'signed-in',
  query: YearSpanQuerySchema,
  response: ActionsAnalyticsResponseSchema,
  export: {
    name: 'actions',
    title: {
      en: 'National action plans by region and year',
      fr: 'Plans d’action nationaux par région et par année',
      es: 'Planes de acción nacionales por región y año',
      ar: 'خطط العمل الوطنية حسب المنطقة والسنة',
    },
    list: 'series',
    counts: 'actions',
    fileName: (f) => [filterValue(f, 'grouping'), yearSpan(f)],
  },
  summary:
    'Per region (members at 31 December) and year, with ALL, the state at 31 December: members with a plan, actions by status (the last status change dated on or before that day), overdue actions (planned or in progress, target passed), the gaps of the members’ current assessments and those addressed by an action not dropped. For coordinators and viewers (protected: true), regions of fewer than 3 members are withheld (null, suppressed: true) and the other figures perturbed within published bounds.',
  notFound: 'Unknown grouping (analysts and admins)',
  clientParams: ['grouping', 'from', 'to', 'methodology'],
  queryKey: 'actions-analytics',
});

export const gapClosureView = defineView({
  route: 'analytics/gap-closure',
  access: 'signed-in',
  query: YearSpanQuerySchema,
  response: GapClosureResponseSchema,
  export: {
    name: 'gap-closure',
    title: {
      en: 'Gaps closed at the next assessment, with and without a done action',
      fr: 'Lacunes comblées à l’évaluation suivante, avec et sans action réalisée',
      es: 'Carencias cerradas en la evaluación siguiente, con y sin acción realizada',
      ar: 'الثغرات المسدودة في التقييم التالي مع إجراء منجز ودونه',
    },
    list: 'items',
    counts: 'actions',
    fileName: (f) => [filterValue(f, 'grouping'), yearSpan(f)],
  },
  summary:
    'Per region (members at 31 December of the earlier assessment’s year), with ALL, and scored item: gaps at a counted assessment of a year in [from, to] that has a later counted assessment, those at 0.5 points or more at the next one (same methodology), with and without a done action addressing the item done between the two. Few cases, and not causal (`caveat`). For coordinators and viewers (protected: true), cells of fewer than 3 gaps are withheld (null, suppressed: true) and the others perturbed within published bounds.',
  notFound: 'Unknown grouping (analysts and admins)',
  clientParams: ['grouping', 'from', 'to', 'methodology'],
  queryKey: 'gap-closure',
});
