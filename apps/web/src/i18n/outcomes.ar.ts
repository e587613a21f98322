import type { OutcomesMessages } from './outcomes.en';

export const outcomesAr: OutcomesMessages = {
  // Dashboard
  outcomesTitle: 'لوحة متابعة العمليات',
  outcomesIntro:
    'ما حققته العمليات المشتركة، حسب المنطقة وحسب سنة انتهائها: العمليات ذات النتائج، والاعتقالات، وحالات الضبط، وعمليات التسليم المراقَب، ومعدلات النتائج الإيجابية في قواعد البيانات، ثم الضبطيات وعمليات التحقق بالتفصيل والجهات المشاركة.',
  outcomesScatterLink: 'النضج مقابل النتائج',
  outcomesListLink: 'العمليات واحدة تلو الأخرى',
  outcomesNationalNote:
    'يطّلع حسابك على أرقام إقليمية محمية: تُحجب أرقام المنطقة في أي سنة أبلغ فيها أقل من 3 من بلدانها.',
  outcomesEmptyTitle: 'لا توجد نتائج في هذه الفترة',
  outcomesEmptyText:
    'لم يُبلغ أي بلد في هذا التجميع عن نتائج لعمليات انتهت بين {from} و{to} وفق عوامل التصفية هذه. جرّب فترة أطول أو عوامل تصفية أقل.',
  outcomeTrendsTitle: 'النتائج حسب المنطقة، {from}–{to}',
  outcomeTrendsDescription:
    'رسم بياني لكل نتيجة، لكل منها مقياسه الخاص، حسب سنة انتهاء العمليات. المنطقة التي لم يُبلَّغ فيها عن شيء تُحتسب صفرًا؛ وانقطاع الخط يعني رقمًا محجوبًا.',
  outcomeTrendCaption: '{metric} حسب المنطقة، {from}–{to}',
  metricOperations: 'العمليات ذات النتائج',
  metricArrests: 'الاعتقالات',
  metricSeizureCases: 'حالات الضبط',
  metricControlledDeliveries: 'عمليات التسليم المراقَب',
  metricHitRate: 'معدل النتائج الإيجابية في قواعد البيانات',
  noQueries: 'لا توجد استعلامات',
  commodityAll: 'جميع السلع',
  periodRange: '{from}–{to}',
  detailTitle: 'الضبطيات وعمليات التحقق في قواعد البيانات، {period}',
  detailPeriodLabel: 'الفترة المعروضة',
  detailWithheld: 'الأرقام المحجوبة لسنوات {years} (أقل من 3 بلدان مبلِّغة) غير مدرجة في هذه المجاميع.',
  commodityTitle: 'الكميات المضبوطة حسب السلعة',
  commodityDescription:
    'جميع أعضاء التجميع معًا. رسم بياني لكل وحدة: لا تُجمع الكيلوغرامات واللترات والقطع والرؤوس والعملات بعضها إلى بعض أبدًا.',
  commodityNone: 'لم يُبلَّغ عن أي ضبطية في هذه الفترة.',
  commodityUnitTitle: 'بوحدة {unit}',
  commodityCaption: 'الكميات المضبوطة بوحدة {unit}، {period}',
  commodityQuantityIn: 'الكمية ({unit})',
  databaseTitle: 'معدل النتائج الإيجابية حسب قاعدة بيانات الإنتربول',
  databaseDescription:
    'عدد النتائج الإيجابية مقسومًا على عدد الاستعلامات في كل قاعدة بيانات، على مجموع استعلامات الفترة (وليس متوسطًا للمعدلات السنوية).',
  databaseNone: 'لم يُبلَّغ عن أي استعلام في قواعد البيانات في هذه الفترة.',
  databaseCaption: 'معدل النتائج الإيجابية حسب قاعدة البيانات، {period}',
  databaseName: 'قاعدة البيانات',
  participationTitle: 'المشاركة في العمليات، {from}–{to}',
  participationDescription:
    'يُلوَّن كل بلد حسب عدد العمليات المنتهية في الفترة التي شارك فيها. ويبيّن الجدول أيضًا عدد العمليات التي أبلغ عن نتائجها منها.',
  participationNational: 'يطّلع حسابك على مشاركة بلدك ومشاركة البلدان التي تتيح أرقامها للأعضاء فقط.',
  participationScaleTitle: 'العمليات التي شارك فيها',
  participationScaleText: 'البنفسجي الأغمق عمليات أقل، والأصفر عمليات أكثر، على مقياس من 0 إلى {max}.',
  participationNone: 'لا توجد أي عملية',
  participationReported: 'مع الإبلاغ عن النتائج',
  participationTooltip: '{country}: {operations} عملية، أُبلغ عن النتائج في {reported} منها',
  participationTooltipNone: '{country}: لا توجد أي عملية',
  // Maturity against outcomes
  scatterPageTitle: 'النضج مقابل النتائج',
  scatterIntro:
    'مؤشر النضج العام لكل بلد (تقييمه الساري) مقابل إحدى نتائج العمليات التي أبلغ عنها للسنة، مع معاملَي ارتباط.',
  scatterMetricLabel: 'النتيجة',
  scatterBackLink: 'العودة إلى لوحة متابعة العمليات',
  scatterNationalNote:
    'يطّلع حسابك على نقاط بلدك ونقاط البلدان التي تتيح أرقامها للأعضاء فقط. تُحسب المعاملات على جميع البلدان التي لديها الرقمان، ولا تُعرض إلا إذا استندت إلى 10 بلدان أو أكثر.',
  scatterTitle: 'المؤشر العام مقابل {metric}، {year}',
  scatterTooltip: 'المؤشر العام {overall}؛ {metric}: {value}',
  scatterEmpty: 'لا يوجد أي بلد لديه تقييم ساري ونتائج مبلَّغ عنها معًا لسنة {year}.',
  correlationPearson: 'معامل r لبيرسون',
  correlationSpearman: 'معامل ρ لسبيرمان',
  correlationN: 'البلدان (n)',
  correlationNone: 'لم يُحسب',
  correlationTooFew: 'يحتاج المعامل إلى {min} بلدان على الأقل لديها الرقمان، وإلى أرقام متفاوتة؛ وإلا فلا يُحسب.',
  correlationExcluded: '{count} من البلدان أبلغت عن نتائج لكن ليس لديها تقييم ساري، فاستُبعدت.',
  correlationCaveat:
    'الارتباط لا يعني السببية: قد تبلّغ البلدان الحاصلة على درجات أعلى عن نتائج أكثر لأسباب أخرى كثيرة (الحجم، وحجم الحركة، والموارد). كما تختلف ممارسات الإبلاغ بين البلدان، فلا تكون النتائج قابلة للمقارنة بدقة.',
};
