import type { DisclosureMessages } from './disclosure.en';

export const disclosureAr: DisclosureMessages = {
  // Protected figures (national users)
  protectedFiguresTitle: 'أرقام محمية.',
  protectedFiguresText:
    'تُدرج الإدارات التي تحافظ على سرية أرقامها مع تشويش محدود: متوسطات 10 إدارات أو أكثر تقع ضمن ±3 نقاط، والأعداد ضمن ±2، والأرقام العملياتية ضمن ±10%؛ ولا تُعرض الوسيطات والربيعيات والقيم القصوى؛ وتُحجب الأرقام المستمدة من أقل من 3 إدارات.',
  // Disclosure preference
  disclosureTitle: 'الإفصاح',
  disclosureIntro:
    'من يحق له الاطلاع على الأرقام القُطرية لـ{country} (ملفها التعريفي، وقيمتها على الخريطة، وموقعها مقابل النتائج، ونتائجها في العمليات المشتركة) إلى جانب مستخدميها الوطنيين والمحللين ومديري النظام.',
  disclosureLevelLabel: 'التفضيل',
  disclosureConfidential: 'سري',
  disclosureConfidentialText:
    'لا يطّلع على الأرقام القُطرية لـ{country} إلا مستخدموها الوطنيون والمحللون ومديرو النظام. ولا يراها الأعضاء الآخرون إلا ضمن الأرقام الإقليمية المحمية.',
  disclosureMembers: 'مُتاح للأعضاء',
  disclosureMembersText:
    'يطّلع المستخدمون الوطنيون لكل عضو أيضًا على الأرقام القُطرية لـ{country}: ملفها التعريفي، وقيمتها على الخريطة، وموقعها مقابل النتائج، ونتائجها في العمليات التي يشاركون فيها.',
  disclosureSetBy: 'حدّده {email} في {date}.',
  disclosureSetOn: 'حُدِّد في {date}.',
  disclosureDefault: 'لم يتغير قط: السرية هي الإعداد الافتراضي.',
  disclosureChangeLegend: 'تغيير التفضيل',
  disclosureSave: 'حفظ التفضيل',
  disclosureConfirmMembers:
    'هل تريد إتاحة الأرقام القُطرية لـ{country} للمستخدمين الوطنيين لكل عضو؟ يسري ذلك فورًا، في كل عرض وتصدير وتقرير.',
  disclosureConfirmConfidential:
    'هل تريد الحفاظ على سرية الأرقام القُطرية لـ{country}؟ لن يطّلع عليها المستخدمون الوطنيون للأعضاء الآخرين بعد الآن، في أي عرض أو تصدير أو تقرير.',
  disclosureConfirmYes: 'نعم، غيّره',
  disclosureSaving: 'جارٍ الحفظ…',
  disclosureSaved: 'حُفظ التفضيل: {level}.',
  disclosureReadOnly: 'لا يحق تغييره إلا لمنسق {country} أو لمدير النظام.',
  disclosureHistoryTitle: 'تغييرات التفضيل',
  disclosureHistoryEmpty: 'لم يتغير التفضيل قط.',
  disclosureChangedAt: 'تاريخ التغيير',
  disclosureChangedBy: 'غيّره',
  // Assessment screens
  disclosureChangeOnProfile: 'تغييره في الملف التعريفي',
  disclosureSeeOnProfile: 'الاطلاع عليه في الملف التعريفي',
};
