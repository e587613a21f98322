import { localize, type Locale, type Localized } from '../i18n.js';

/**
 * What every file and chart download says about itself, in each language: one home, so that a CSV's README,
 * an XLSX's metadata sheet and a chart's source line say the same thing.
 */
export const EXPORT_TEXTS = {
  source: {
    en: 'CPC Observatory, from national answers to the diagnostic tool of the WCO/INTERPOL Customs–Police Cooperation Handbook',
    fr: 'CPC Observatory, d’après les réponses nationales à l’outil de diagnostic du Manuel OMD/INTERPOL de coopération douane–police',
    es: 'CPC Observatory, a partir de las respuestas nacionales a la herramienta de diagnóstico del Manual OMA/INTERPOL de cooperación entre aduanas y policía',
    ar: 'CPC Observatory، استنادًا إلى الإجابات الوطنية على أداة التشخيص في دليل التعاون بين الجمارك والشرطة الصادر عن منظمة الجمارك العالمية والإنتربول',
  },
  synthetic: {
    en: 'Synthetic demo data: these figures are generated for demonstration and describe no real administration.',
    fr: 'Données de démonstration synthétiques : ces chiffres sont générés à titre de démonstration et ne décrivent aucune administration réelle.',
    es: 'Datos de demostración sintéticos: estas cifras se generan con fines de demostración y no describen ninguna administración real.',
    ar: 'بيانات تجريبية اصطناعية: هذه الأرقام مولَّدة لأغراض العرض التوضيحي ولا تصف أي إدارة حقيقية.',
  },
  protectedFigures: {
    en: 'Protected figures: administrations that keep their figures confidential are included with a bounded perturbation (means of 10 or more administrations within ±3 points, counts within ±2, operational figures within ±10% in cells of 10 or more countries); medians, quartiles and extremes are left out; cells of fewer than 3 administrations are withheld.',
    fr: 'Chiffres protégés : les administrations qui gardent leurs chiffres confidentiels sont comptées avec une perturbation bornée (moyennes de 10 administrations ou plus à ±3 points près, effectifs à ±2 près, chiffres opérationnels à ±10 % près dans les cellules de 10 pays ou plus) ; médianes, quartiles et extrêmes sont omis ; les cellules de moins de 3 administrations sont masquées.',
    es: 'Cifras protegidas: las administraciones que mantienen sus cifras confidenciales se incluyen con una perturbación acotada (medias de 10 o más administraciones con un margen de ±3 puntos, recuentos de ±2, cifras operativas de ±10 % en celdas de 10 o más países); se omiten medianas, cuartiles y extremos; las celdas de menos de 3 administraciones se ocultan.',
    ar: 'أرقام محمية: تُحتسب الإدارات التي تُبقي أرقامها سرية مع تشويش محدود (متوسطات 10 إدارات أو أكثر في حدود ±3 نقاط، والأعداد في حدود ±2، والأرقام العملياتية في حدود ±10% في الخلايا التي تضم 10 بلدان أو أكثر)؛ وتُحذف القيم الوسيطة والربيعات والقيم القصوى؛ وتُحجب الخلايا التي تضم أقل من 3 إدارات.',
  },
  countedAssessments: {
    en: 'submitted and validated assessments',
    fr: 'évaluations soumises et validées',
    es: 'evaluaciones presentadas y validadas',
    ar: 'التقييمات المقدَّمة والمعتمدة',
  },
  validatedAssessments: {
    en: 'validated assessments only',
    fr: 'évaluations validées uniquement',
    es: 'solo evaluaciones validadas',
    ar: 'التقييمات المعتمدة فقط',
  },
  operationResults: {
    en: 'operation results as reported (no assessment status applies)',
    fr: 'résultats d’opérations tels que déclarés (aucun statut d’évaluation ne s’applique)',
    es: 'resultados de operaciones tal como se notificaron (no se aplica ningún estado de evaluación)',
    ar: 'نتائج العمليات كما أُبلغ عنها (لا تنطبق عليها حالة التقييم)',
  },
  everyAssessment: {
    en: 'every assessment of the country, whatever its status (draft, submitted, returned or validated): the status column says which',
    fr: 'toutes les évaluations du pays, quel que soit leur statut (brouillon, soumise, renvoyée ou validée) : la colonne du statut l’indique',
    es: 'todas las evaluaciones del país, sea cual sea su estado (borrador, presentada, devuelta o validada): la columna del estado lo indica',
    ar: 'جميع تقييمات البلد أيًّا كانت حالتها (مسودة أو مقدَّمة أو مُعادة أو معتمدة): يبيّنها عمود الحالة',
  },
  register: {
    en: 'records of the cooperation instruments register in force each year (no assessment status applies)',
    fr: 'fiches du registre des instruments de coopération en vigueur chaque année (aucun statut d’évaluation ne s’applique)',
    es: 'entradas del registro de instrumentos de cooperación vigentes cada año (no se aplica ningún estado de evaluación)',
    ar: 'سجلات سجل أدوات التعاون السارية في كل سنة (لا تنطبق عليها حالة التقييم)',
  },
  actions: {
    en: 'actions of the national action plans as recorded, against the gaps of submitted and validated assessments',
    fr: 'actions des plans d’action nationaux telles qu’enregistrées, face aux écarts des évaluations soumises et validées',
    es: 'acciones de los planes de acción nacionales tal como se registraron, frente a las brechas de las evaluaciones presentadas y validadas',
    ar: 'إجراءات خطط العمل الوطنية كما سُجِّلت، مقابل الفجوات في التقييمات المقدَّمة والمعتمدة',
  },
  methodology: { en: 'Methodology', fr: 'Méthodologie', es: 'Metodología', ar: 'المنهجية' },
  sourceLabel: { en: 'Source', fr: 'Source', es: 'Fuente', ar: 'المصدر' },
} as const satisfies Record<string, Required<Localized>>;

export type ExportTextKey = keyof typeof EXPORT_TEXTS;

export const exportText = (key: ExportTextKey, locale: Locale): string => localize(EXPORT_TEXTS[key], locale);

/** How to cite a file or a chart: `CPC Observatory (2026-11-27). <title>. Methodology v1.`, in the language. */
export function exportCitation(title: string, date: string, methodologyVersion: string, locale: Locale): string {
  return `CPC Observatory (${date}). ${title}. ${exportText('methodology', locale)} ${methodologyVersion}.`;
}

/** The line under a chart download: `Source: <source>. <citation>` */
export function exportSourceLine(title: string, date: string, methodologyVersion: string, locale: Locale): string {
  const colon = locale === 'fr' ? ' : ' : ': ';
  return `${exportText('sourceLabel', locale)}${colon}${exportText('source', locale)}. ${exportCitation(title, date, methodologyVersion, locale)}`;
}
