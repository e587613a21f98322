import type { Localized } from '../i18n.js';

/**
 * The project's notes on slips in the handbook's section X, shown beside the handbook's text, which stays
 * as printed. The project's own words, in every language.
 */
export const EDITORIAL_NOTES: Readonly<Record<string, Required<Localized>>> = {
  'A.12': {
    en: 'Note: for this question the handbook repeats the common gaps of A.9 (electronic interception equipment), which do not concern forensic science. They are shown as the handbook prints them.',
    fr: 'Remarque : pour cette question, le Manuel reprend les carences communes de la question A.9 (matériel électronique d’interception), qui ne concernent pas la police scientifique. Elles sont reproduites telles que le Manuel les imprime.',
    es: 'Nota: para esta pregunta, el Manual repite las carencias comunes de la pregunta A.9 (equipos electrónicos de interceptación), que no se refieren a la policía científica. Se muestran tal como el Manual las imprime.',
    ar: 'ملاحظة: يكرّر الدليل في هذا السؤال الثغرات الشائعة الواردة في السؤال A.9 (معدات الاعتراض الإلكتروني)، وهي لا تتعلق بالأدلة الجنائية. وتُعرض كما وردت في الدليل.',
  },
};
