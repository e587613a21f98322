import type { ExportsMessages } from './exports.en';

export const exportsAr: ExportsMessages = {
  // Chart downloads
  chartDownload: 'تنزيل',
  chartDownloadPng: 'صورة (PNG)',
  chartDownloadSvg: 'صورة متجهة (SVG)',
  chartDownloadCsv: 'بيانات (CSV)',
  chartDownloadXlsx: 'بيانات (Excel، XLSX)',
  chartDownloadZip: 'البيانات مع ملاحظاتها (CSV والبيانات الوصفية وREADME في ملف ZIP)',
  downloadPreparing: 'جارٍ تجهيز التنزيل…',
  downloadFailed: 'فشل التنزيل: {message}',
  // Page export
  pageExport: 'تصدير',
  pageExportCsv: 'CSV لبرنامج Excel',
  pageExportXlsx: 'مصنف Excel (XLSX)',
  pageExportZip: 'CSV مع البيانات الوصفية وREADME (ZIP)',
  // Country report
  reportTitle: 'التقرير القُطري: {country}',
  reportIntro:
    'ملخص قابل للطباعة للملف التعريفي للبلد: مساره، وأبعاده مقارنةً بمنطقته، وتوصيات الدليل بشأن ثغراته، وتقييماته.',
  reportPrint: 'طباعة / حفظ بصيغة PDF',
  reportLink: 'تقرير قابل للطباعة',
  reportBackToProfile: 'العودة إلى الملف التعريفي',
  reportComparedWith: 'المقارنة ضمن التجميع: {grouping}.',
  reportCountedSubmitted: 'تشمل الأرقام التقييمات المقدَّمة والمعتمَدة.',
  reportCountedValidated: 'تشمل الأرقام التقييمات المعتمَدة فقط.',
  reportGenerated: 'أُنشئ في {date}.',
  reportSource: 'المصدر: مرصد CPC، استنادًا إلى الإجابات الوطنية عن أداة التشخيص الواردة في الدليل.',
};
