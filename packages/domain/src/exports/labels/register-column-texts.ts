import { localize, type Localized } from '../../i18n.js';
import { column, type LabelContext, type LabeledColumn } from './columns.js';
import type { ColumnUnit } from './file-texts.js';

type Text = Required<Localized>;

/** The headers of the register's views (instruments, operations by joint unit), in every locale. */
const REGISTER_COLUMN_TEXTS: Readonly<Record<string, Text>> = {
  withAgreement: {
    en: 'Members with an agreement in force',
    fr: 'Membres dotés d’un accord en vigueur',
    es: 'Miembros con un acuerdo vigente',
    ar: 'الأعضاء الذين لديهم اتفاق ساري المفعول',
  },
  withCommittee: {
    en: 'Members with a committee in force',
    fr: 'Membres dotés d’un comité en fonction',
    es: 'Miembros con un comité en funciones',
    ar: 'الأعضاء الذين لديهم لجنة قائمة',
  },
  withLiaison: {
    en: 'Members with liaison officers deployed',
    fr: 'Membres ayant des agents de liaison détachés',
    es: 'Miembros con oficiales de enlace destacados',
    ar: 'الأعضاء الذين لديهم ضباط اتصال منتدبون',
  },
  'jointUnits.aircop_jaitf': {
    en: 'Joint airport task forces (AIRCOP JAITF)',
    fr: 'Cellules aéroportuaires anti-trafics (AIRCOP CAAT)',
    es: 'Grupos de tareas aeroportuarios conjuntos (AIRCOP JAITF)',
    ar: 'فرق العمل المشتركة في المطارات (AIRCOP JAITF)',
  },
  'jointUnits.ccp_pcu': {
    en: 'Port control units (CCP PCU)',
    fr: 'Unités de contrôle portuaire (PCC UCP)',
    es: 'Unidades de control portuario (CCP UCP)',
    ar: 'وحدات مراقبة الموانئ (CCP PCU)',
  },
  'jointUnits.land_border': {
    en: 'Joint land border units',
    fr: 'Unités mixtes aux frontières terrestres',
    es: 'Unidades conjuntas de fronteras terrestres',
    ar: 'الوحدات المشتركة على الحدود البرية',
  },
  'jointUnits.other': {
    en: 'Other joint units',
    fr: 'Autres unités mixtes',
    es: 'Otras unidades conjuntas',
    ar: 'وحدات مشتركة أخرى',
  },
  trainings: {
    en: 'Joint trainings held',
    fr: 'Formations conjointes tenues',
    es: 'Formaciones conjuntas realizadas',
    ar: 'الدورات التدريبية المشتركة المنعقدة',
  },
  trainingParticipants: {
    en: 'Training participants',
    fr: 'Participants aux formations',
    es: 'Participantes en las formaciones',
    ar: 'المشاركون في الدورات التدريبية',
  },
  withInterpolAtBorders: {
    en: 'Members with INTERPOL access at border points',
    fr: 'Membres ayant accès à INTERPOL aux points frontaliers',
    es: 'Miembros con acceso a INTERPOL en puestos fronterizos',
    ar: 'الأعضاء الذين لديهم وصول إلى الإنتربول في النقاط الحدودية',
  },
  unitType: {
    en: 'Joint unit type',
    fr: 'Type d’unité mixte',
    es: 'Tipo de unidad conjunta',
    ar: 'نوع الوحدة المشتركة',
  },
  results: {
    en: 'Operation results',
    fr: 'Résultats d’opérations',
    es: 'Resultados de operaciones',
    ar: 'نتائج العمليات',
  },
  units: {
    en: 'Joint units reporting',
    fr: 'Unités mixtes déclarantes',
    es: 'Unidades conjuntas declarantes',
    ar: 'الوحدات المشتركة المُبلِّغة',
  },
  unitId: {
    en: 'Joint unit id (register)',
    fr: 'Identifiant de l’unité mixte (registre)',
    es: 'Identificador de la unidad conjunta (registro)',
    ar: 'معرّف الوحدة المشتركة (السجل)',
  },
  site: {
    en: 'Site (IATA, UN/LOCODE or name)',
    fr: 'Site (IATA, UN/LOCODE ou nom)',
    es: 'Sitio (IATA, UN/LOCODE o nombre)',
    ar: 'الموقع (IATA أو UN/LOCODE أو الاسم)',
  },
};

const UNITS: Readonly<Record<string, ColumnUnit>> = { unitType: 'code', unitId: 'code', site: 'name' };
const VIEWS: readonly string[] = ['instruments', 'operation-units', 'unit-outcomes'];

/** The column of a register view's field, or null for a field these views do not have. */
export function registerColumnOf(field: string, ctx: LabelContext): LabeledColumn | null {
  if (!VIEWS.includes(ctx.view)) return null;
  const texts = Object.hasOwn(REGISTER_COLUMN_TEXTS, field) ? REGISTER_COLUMN_TEXTS[field] : undefined;
  return texts ? column(localize(texts, ctx.lang), field, UNITS[field] ?? 'count') : null;
}
