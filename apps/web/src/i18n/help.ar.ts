import type { HelpMessages } from './help.en';

/** نصوص المساعدة داخل التطبيق: دليل المنهجية المأخوذ من docs/methodology.md. */
export const helpAr: HelpMessages = {
  helpMethodologyIntro:
    'كيف يحوّل CPC Observatory إجابات الاستبيان إلى درجات ومستويات وأرقام إقليمية وأرقام محمية: النص المرجعي، بلغة هذه الصفحة.',
  helpContents: 'المحتويات',
  helpDownload: 'تنزيل (Markdown)',
  helpPrint: 'طباعة أو حفظ بصيغة PDF',
  helpComparisonLink: 'المنهجيتان v1 وv2 مقارنتين على البيانات',
  helpGuideLink: 'قراءة منهجية التقييم',
  helpTranslationNote: 'هذه ترجمة للنص المرجعي الإنجليزي؛ وتبقى الاقتباسات من الدليل بلغته الفرنسية.',
};
