import type { CompareCountriesMessages } from './compareCountries.en';

export const compareCountriesAr: CompareCountriesMessages = {
  navCompareCountries: 'مقارنة البلدان',
  compareCountriesTitle: 'مقارنة البلدان',
  compareCountriesIntro:
    'من إدارتين إلى ست إدارات جنبًا إلى جنب: مؤشرها العام على مر السنين، وأحدث درجاتها حسب البعد مقارنةً بمتوسط منطقتها في السنة نفسها، والبنود الأبعد عن أعلى مستوى في أحدث تقييم لها.',
  compareCountriesChosen: 'البلدان المقارنة',
  compareCountriesAdd: 'إضافة بلد',
  compareCountriesRemove: 'إزالة {country}',
  compareCountriesNeedMore: 'اختر بلدين على الأقل للمقارنة (ستة على الأكثر).',
  compareCountriesFull: 'تُقارَن ستة بلدان، وهو الحد الأقصى لهذه الصفحة: أزل بلدًا لإضافة آخر.',
  compareCountriesNationalNote:
    'لا يطّلع حسابك بالتفصيل إلا على بلدك ({country}) والبلدان التي تشارك أرقامها مع الأعضاء: ولا يمكن مقارنة سواها. تظهر البلدان الأخرى في العروض الإقليمية.',
  compareTrajectoriesTitle: 'المؤشر العام للنضج على مر السنين',
  compareTrajectoriesDescription:
    'رسم خطي، خط لكل بلد، لكل منه لونه وعلامته ونمط خطه؛ العلامة المملوءة تقييم معتمد، والمجوفة تقييم مُقدَّم.',
  compareDimensionsTitle: 'الدرجات حسب البعد في أحدث تقييم، مقارنةً بمتوسط كل منطقة',
  compareDimensionsDescription: 'لوحة لكل بعد: عمود لكل بلد، وعلامة سوداء لمتوسط منطقته في سنة أحدث تقييم له.',
  compareRegionMean: 'متوسط المنطقة',
  compareTableTitle: 'أحدث الأرقام ومتوسطات المناطق',
  compareNewestYear: 'أحدث تقييم',
  compareGapCount: 'الثغرات',
  compareGapsTitle: 'أكبر الثغرات في أحدث تقييم',
  compareGapsNone: 'لا ثغرة في أحدث تقييم.',
  compareGapsMore:
    '{count, plural, zero {ولا ثغرات أخرى} one {وثغرة أخرى} two {وثغرتان أخريان} few {و# ثغرات أخرى} many {و# ثغرة أخرى} other {و# ثغرة أخرى}}',
  compareGapPoints: '{points} من نقطة واحدة',
  compareNoAssessment: 'لا يوجد تقييم محتسب',
  compareAction: 'مقارنة',
  compareActionLabel: 'مقارنة {country} ببلدان أخرى',
  searchLabel: 'البحث عن بلد',
  searchPlaceholder: 'اسم البلد أو رمز ISO',
  searchResults:
    '{count, plural, zero {لم يُعثر على أي بلد} one {عُثر على بلد واحد، استخدم مفاتيح الأسهم} two {عُثر على بلدين، استخدم مفاتيح الأسهم} few {عُثر على # بلدان، استخدم مفاتيح الأسهم} many {عُثر على # بلدًا، استخدم مفاتيح الأسهم} other {عُثر على # بلد، استخدم مفاتيح الأسهم}}',
  searchNoResult: 'لم يُعثر على أي بلد',
};
