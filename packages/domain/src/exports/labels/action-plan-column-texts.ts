import { localize, type Localized } from '../../i18n.js';
import { column, type LabelContext, type LabeledColumn } from './columns.js';

type Text = Required<Localized>;

/** The headers of the action-plan views (actions, gap-closure), in every locale. */
const ACTION_PLAN_COLUMN_TEXTS: Readonly<Record<string, Text>> = {
  countriesWithPlan: {
    en: 'Members with an action plan',
    fr: 'Membres dotés d’un plan d’action',
    es: 'Miembros con un plan de acción',
    ar: 'الأعضاء الذين لديهم خطة عمل',
  },
  'actions.planned': {
    en: 'Actions planned',
    fr: 'Actions prévues',
    es: 'Acciones previstas',
    ar: 'الإجراءات المخطط لها',
  },
  'actions.in_progress': {
    en: 'Actions in progress',
    fr: 'Actions en cours',
    es: 'Acciones en curso',
    ar: 'الإجراءات الجارية',
  },
  'actions.done': {
    en: 'Actions done',
    fr: 'Actions réalisées',
    es: 'Acciones realizadas',
    ar: 'الإجراءات المنجزة',
  },
  'actions.dropped': {
    en: 'Actions dropped',
    fr: 'Actions abandonnées',
    es: 'Acciones abandonadas',
    ar: 'الإجراءات المتخلى عنها',
  },
  overdue: {
    en: 'Actions overdue (target passed)',
    fr: 'Actions en retard (échéance dépassée)',
    es: 'Acciones atrasadas (plazo vencido)',
    ar: 'الإجراءات المتأخرة (تجاوزت موعدها المستهدف)',
  },
  gapsWithAction: {
    en: 'Gaps addressed by an action',
    fr: 'Lacunes couvertes par une action',
    es: 'Carencias abordadas por una acción',
    ar: 'الثغرات التي يعالجها إجراء',
  },
  gaps: {
    en: 'Gaps (items under 0.5 points)',
    fr: 'Lacunes (questions à moins de 0,5 point)',
    es: 'Carencias (preguntas con menos de 0,5 puntos)',
    ar: 'الثغرات (أسئلة دون 0.5 نقطة)',
  },
  closedNext: {
    en: 'Closed at the next assessment',
    fr: 'Comblées à l’évaluation suivante',
    es: 'Cerradas en la evaluación siguiente',
    ar: 'الثغرات المسدودة في التقييم التالي',
  },
  closedNextWithAction: {
    en: 'Closed at the next assessment, with a done action',
    fr: 'Comblées à l’évaluation suivante, avec une action réalisée',
    es: 'Cerradas en la evaluación siguiente, con una acción realizada',
    ar: 'المسدودة في التقييم التالي مع إجراء منجز',
  },
  closedNextWithoutAction: {
    en: 'Closed at the next assessment, without a done action',
    fr: 'Comblées à l’évaluation suivante, sans action réalisée',
    es: 'Cerradas en la evaluación siguiente, sin acción realizada',
    ar: 'المسدودة في التقييم التالي دون إجراء منجز',
  },
};

/** Gaps in the gap-closure view are gaps followed by a next assessment. */
const GAP_CLOSURE_GAPS: Text = {
  en: 'Gaps followed by a next assessment',
  fr: 'Lacunes suivies d’une nouvelle évaluation',
  es: 'Carencias seguidas de una nueva evaluación',
  ar: 'الثغرات التي تلاها تقييم جديد',
};

/** The column of an action-plan view's field, or null for a field these views do not have. */
export function actionPlanColumnOf(field: string, ctx: LabelContext): LabeledColumn | null {
  if (ctx.view !== 'actions' && ctx.view !== 'gap-closure') return null;
  if (ctx.view === 'gap-closure' && field === 'gaps')
    return column(localize(GAP_CLOSURE_GAPS, ctx.lang), field, 'count');
  const texts = Object.hasOwn(ACTION_PLAN_COLUMN_TEXTS, field) ? ACTION_PLAN_COLUMN_TEXTS[field] : undefined;
  return texts ? column(localize(texts, ctx.lang), field, 'count') : null;
}
