import type { Localized } from '../../i18n.js';
import type { AssessmentStatus } from '../../methodology/lifecycle.js';

type Text = Required<Localized>;

/** The words that name what a file holds, after its title (`— Liaison`, `— self-assessed levels (A.18)`). */
export const SUBJECT_TEXTS = {
  dimension: { en: 'dimension: {name}', fr: 'dimension : {name}', es: 'dimensión: {name}', ar: 'البُعد: {name}' },
  metric: { en: 'outcome: {name}', fr: 'résultat : {name}', es: 'resultado: {name}', ar: 'النتيجة: {name}' },
  selfLevels: {
    en: 'self-assessed levels (A.18)',
    fr: 'niveaux auto-évalués (A.18)',
    es: 'niveles autoevaluados (A.18)',
    ar: 'المستويات حسب التقييم الذاتي (A.18)',
  },
  computedLevels: { en: 'computed levels', fr: 'niveaux calculés', es: 'niveles calculados', ar: 'المستويات المحسوبة' },
  commodity: { en: 'commodity: {name}', fr: 'marchandise : {name}', es: 'mercancía: {name}', ar: 'السلعة: {name}' },
  programme: { en: 'programme: {name}', fr: 'programme : {name}', es: 'programa: {name}', ar: 'البرنامج: {name}' },
  activity: { en: 'activity: {name}', fr: 'activité : {name}', es: 'actividad: {name}', ar: 'النشاط: {name}' },
} as const satisfies Record<string, Text>;

/** The metadata's entries, by their machine key, and the headers of the metadata and columns tables. */
export const METADATA_TEXTS = {
  title: { en: 'Title', fr: 'Titre', es: 'Título', ar: 'العنوان' },
  filters: { en: 'Filters', fr: 'Filtres', es: 'Filtros', ar: 'عوامل التصفية' },
  methodologyVersion: {
    en: 'Methodology version',
    fr: 'Version de la méthodologie',
    es: 'Versión de la metodología',
    ar: 'إصدار المنهجية',
  },
  generatedAt: { en: 'Generated at (UTC)', fr: 'Produit le (UTC)', es: 'Generado el (UTC)', ar: 'تاريخ الإنشاء (UTC)' },
  source: { en: 'Source', fr: 'Source', es: 'Fuente', ar: 'المصدر' },
  citation: { en: 'Citation', fr: 'Citation', es: 'Cita', ar: 'الاستشهاد' },
  dataStatus: { en: 'Data counted', fr: 'Données comptées', es: 'Datos contabilizados', ar: 'البيانات المحتسبة' },
  syntheticData: { en: 'Synthetic data', fr: 'Données synthétiques', es: 'Datos sintéticos', ar: 'بيانات اصطناعية' },
  protectedFigures: { en: 'Protected figures', fr: 'Chiffres protégés', es: 'Cifras protegidas', ar: 'أرقام محمية' },
  pearson: {
    en: 'Pearson correlation',
    fr: 'Corrélation de Pearson',
    es: 'Correlación de Pearson',
    ar: 'معامل ارتباط بيرسون',
  },
  spearman: {
    en: 'Spearman rank correlation',
    fr: 'Corrélation des rangs de Spearman',
    es: 'Correlación de rangos de Spearman',
    ar: 'معامل ارتباط الرتب لسبيرمان',
  },
  n: {
    en: 'Countries with a value (n)',
    fr: 'Pays avec une valeur (n)',
    es: 'Países con un valor (n)',
    ar: 'البلدان التي لها قيمة (n)',
  },
  excluded: {
    en: 'Countries with results but no current assessment (excluded)',
    fr: 'Pays avec des résultats mais sans évaluation en vigueur (exclus)',
    es: 'Países con resultados pero sin evaluación vigente (excluidos)',
    ar: 'البلدان التي لها نتائج دون تقييم ساري (مستبعدة)',
  },
  keyHeader: { en: 'key', fr: 'clé', es: 'clave', ar: 'المفتاح' },
  labelHeader: { en: 'Entry', fr: 'Rubrique', es: 'Elemento', ar: 'البند' },
  valueHeader: { en: 'Value', fr: 'Valeur', es: 'Valor', ar: 'القيمة' },
  columnHeader: { en: 'Column', fr: 'Colonne', es: 'Columna', ar: 'العمود' },
  fieldHeader: {
    en: 'Field (machine name)',
    fr: 'Champ (nom machine)',
    es: 'Campo (nombre para máquinas)',
    ar: 'الحقل (الاسم الآلي)',
  },
  unitHeader: { en: 'Unit', fr: 'Unité', es: 'Unidad', ar: 'الوحدة' },
  readmeColumns: { en: 'Columns', fr: 'Colonnes', es: 'Columnas', ar: 'الأعمدة' },
  readmeFiles: {
    en: 'Files: {data} (the table), {metadata} (this information as a table), {columns} (each column with its machine name).',
    fr: 'Fichiers : {data} (le tableau), {metadata} (ces informations sous forme de tableau), {columns} (chaque colonne avec son nom machine).',
    es: 'Archivos: {data} (la tabla), {metadata} (esta información en forma de tabla), {columns} (cada columna con su nombre para máquinas).',
    ar: 'الملفات: {data} (الجدول)، {metadata} (هذه المعلومات في شكل جدول)، {columns} (كل عمود مع اسمه الآلي).',
  },
} as const satisfies Record<string, Text>;

export type MetadataTextKey = keyof typeof METADATA_TEXTS;

/** The unit of a column, as the columns table states it. */
export const UNIT_TEXTS = {
  percent: { en: 'percent', fr: 'pourcentage', es: 'porcentaje', ar: 'نسبة مئوية' },
  score: { en: 'points (0–100)', fr: 'points (0–100)', es: 'puntos (0–100)', ar: 'نقاط (0–100)' },
  count: { en: 'count', fr: 'effectif', es: 'recuento', ar: 'عدد' },
  code: { en: 'code', fr: 'code', es: 'código', ar: 'رمز' },
  name: { en: 'name', fr: 'nom', es: 'nombre', ar: 'اسم' },
  logical: { en: 'TRUE / FALSE', fr: 'TRUE / FALSE', es: 'TRUE / FALSE', ar: 'TRUE / FALSE' },
  year: { en: 'year', fr: 'année', es: 'año', ar: 'سنة' },
  level: { en: 'level (1–5)', fr: 'niveau (1–5)', es: 'nivel (1–5)', ar: 'مستوى (1–5)' },
  quantity: { en: 'quantity', fr: 'quantité', es: 'cantidad', ar: 'كمية' },
} as const satisfies Record<string, Text>;

export type ColumnUnit = keyof typeof UNIT_TEXTS;

export const STATUS_TEXTS: Record<AssessmentStatus, Text> = {
  draft: { en: 'Draft', fr: 'Brouillon', es: 'Borrador', ar: 'مسودة' },
  submitted: { en: 'Submitted', fr: 'Soumise', es: 'Enviada', ar: 'مقدَّم' },
  validated: { en: 'Validated', fr: 'Validée', es: 'Validada', ar: 'معتمَد' },
  returned: { en: 'Returned', fr: 'Renvoyée', es: 'Devuelta', ar: 'مُعاد' },
};
