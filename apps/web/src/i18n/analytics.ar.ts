import type { AnalyticsMessages } from './analytics.en';

export const analyticsAr: AnalyticsMessages = {
  // Shared
  copyLink: 'نسخ الرابط',
  copyLinkDone: 'نُسخ الرابط إلى الحافظة: وهو يفتح هذا العرض بالضبط.',
  copyLinkFailed: 'تعذّر نسخ الرابط. انسخ هذا العنوان يدويًا:',
  showTable: 'العرض في جدول',
  hideTable: 'إخفاء الجدول',
  definitionOf: 'التعريف: {label}',
  withheldShort: 'محجوب (أقل من 3 مساهمين)',
  validatedOnlyLabel: 'التقييمات المعتمَدة فقط',
  countedSubmitted: 'المقدَّمة أو المعتمَدة',
  countedValidated: 'المعتمَدة',
  measureLabel: 'المقياس',
  regionLabel: 'المنطقة',
  kindLabel: 'المستوى',
  members: 'الأعضاء',
  customGroupings: 'تجميعات مخصصة',
  iqrShort: 'المدى الربيعي',
  legendTitleShort: 'المفتاح',
  scaleLegendText: 'البنفسجي الأغمق درجة أدنى، والأصفر درجة أعلى، على مقياس من 0 إلى 100.',
  // Overview
  overviewTitle: 'نظرة عامة على نضج التعاون',
  regionsOverTime: 'المناطق عبر الزمن',
  chartTitleDimension: 'متوسط الدرجة في «{dimension}» حسب المنطقة، {from}–{to}',
  yAxisLabelDimension: '{dimension}: الدرجة (0–100)',
  headlineTitle: 'الأرقام الرئيسية لسنة {year}',
  headlineNone: 'لا توجد أرقام لهذا التجميع لسنة {year}.',
  headlineAssessed: 'الإدارات المُقيَّمة في {year}',
  headlineAssessedDetail:
    'من أصل {members, plural, zero {# عضو} one {عضو واحد} two {عضوين} few {# أعضاء} many {# عضوًا} other {# عضو}} (تغطية {coverage})',
  headlineAssessedDefinition:
    'أعضاء التجميع الذين لديهم تقييم ساري في {year}: أحدث تقييم {counted} لديهم مؤرخ بين {first} و{year}. الأعضاء الذين ليس لديهم تقييم غير مُقيَّمين: فهم يخفضون التغطية، ولا يخفضون الدرجات أبدًا.',
  headlineMean: 'متوسط المؤشر العام، {year}',
  headlineMeanDetail: 'من 100، الإدارات المُقيَّمة فقط',
  headlineMeanDefinition:
    'متوسط مؤشر النضج العام (0–100) للإدارات المُقيَّمة في تلك السنة. لا تُحتسب الإدارة التي ليس لديها تقييم صفرًا.',
  headlineLevel3: 'في المستوى 3 أو أعلى، {year}',
  headlineLevel3Detail: '{count} من أصل {assessed} مُقيَّمة',
  headlineLevel3Definition:
    'نسبة الإدارات المُقيَّمة التي يكون مستواها المحسوب 3 (التعاون) أو 4 (التنسيق) أو 5 (التشارك) على سلسلة التكامل الواردة في الدليل.',
  headlineChange: 'التغير منذ {previous}',
  headlineChangeValue: '{value} نقطة',
  headlineChangeMore:
    '{count, plural, one {إدارة واحدة مُقيَّمة} two {إدارتان مُقيَّمتان} few {# إدارات مُقيَّمة} other {# إدارة مُقيَّمة}} زيادةً على عام {previous}',
  headlineChangeFewer:
    '{count, plural, one {إدارة واحدة مُقيَّمة} two {إدارتان مُقيَّمتان} few {# إدارات مُقيَّمة} other {# إدارة مُقيَّمة}} نقصًا عن عام {previous}',
  headlineChangeSame: 'عدد الإدارات المُقيَّمة مماثل لعام {previous}',
  headlineChangeDefinition:
    'متوسط المؤشر العام في {year} مطروحًا منه المتوسط في {previous}، بنقاط المؤشر (انطلاقًا من المتوسطات المعروضة بمنزلة عشرية واحدة). قد تختلف الإدارات المُقيَّمة بين السنتين.',
  levelsTitle: 'مستويات سلسلة التكامل: {place}، {from}–{to}',
  levelsTitleSelf: 'المستويات حسب التقييم الذاتي (A.18): {place}، {from}–{to}',
  levelsDescription:
    'يمثل كل عمود جميع أعضاء التجميع أو المنطقة في تلك السنة: الإدارات المُقيَّمة حسب المستوى، وغير المُقيَّمة معروضةً فئةً مستقلة. والسنة التي أرقامها محجوبة تظهر عمودًا واحدًا مخططًا.',
  levelsAxis: 'الإدارات',
  // Compare
  compareTitle: 'مقارنة المناطق',
  compareIntro:
    'المناطق جنبًا إلى جنب في كل بُعد من الأبعاد التسعة: عبر الزمن في رسوم صغيرة تشترك في مقياس واحد من 0 إلى 100، ثم لسنة واحدة في خريطة حرارية وجدول.',
  heatmapYearLabel: 'سنة الخريطة الحرارية',
  smallMultiplesTitle: 'كل بُعد عبر الزمن، {from}–{to}',
  smallMultiplesDescription:
    'رسم بياني لكل بُعد، وكل الرسوم على المقياس نفسه من 0 إلى 100. انقطاع الخط يعني سنة بلا تقييم (أو برقم محجوب)، وليس صفرًا أبدًا.',
  smallMultipleCaption: 'متوسط الدرجة في {dimension} حسب المنطقة، {from}–{to}',
  legendHintCompare: 'اختر منطقة لإبرازها في كل الرسوم.',
  heatmapTitle: 'المناطق × الأبعاد في {year}',
  heatmapCaption: 'متوسط الدرجات حسب المنطقة والبُعد، {year}',
  heatmapDescription: 'متوسط درجة الإدارات المُقيَّمة في كل منطقة، مطبوع في كل خلية؛ ويكرره اللون على المقياس أدناه.',
  heatmapLegend: 'متوسط الدرجة (0–100)',
  statsTitle: 'المؤشر العام حسب المنطقة في {year}',
  statsDescription: 'إحصاءات المؤشر العام للإدارات المُقيَّمة في كل منطقة، ونسبة أعضائها التي تمثلها (التغطية).',
};
