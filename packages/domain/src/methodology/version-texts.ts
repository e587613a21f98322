import type { Localized } from '../i18n.js';
import type { MethodologyVersion } from './version.js';

/** What each version is, in a sentence, for the version switch and the API (details in docs/methodology.md). */
export const METHODOLOGY_VERSION_TEXTS: Readonly<Record<MethodologyVersion, { title: Localized; summary: Localized }>> =
  {
    v1: {
      title: { en: 'Methodology v1', fr: 'Méthodologie v1', es: 'Metodología v1', ar: 'المنهجية v1' },
      summary: {
        en: 'The first release: the index is the mean of the nine dimensions.',
        fr: 'La première version : l’indice est la moyenne des neuf dimensions.',
        es: 'La primera versión: el índice es la media de las nueve dimensiones.',
        ar: 'الإصدار الأول: المؤشر هو متوسط الأبعاد التسعة.',
      },
    },
    v2: {
      title: { en: 'Methodology v2', fr: 'Méthodologie v2', es: 'Metodología v2', ar: 'المنهجية v2' },
      summary: {
        en: 'Every item weighs the same; one scale of legal basis; relying on the other service scores as much as doing it alone; A.2.1 is yes or no.',
        fr: 'Chaque question pèse autant ; une seule échelle de base juridique ; recourir à l’autre service compte autant que le faire seul ; A.2.1 est oui ou non.',
        es: 'Cada pregunta pesa lo mismo; una sola escala de base jurídica; recurrir al otro servicio puntúa tanto como hacerlo solo; A.2.1 es sí o no.',
        ar: 'لكل بند الوزن نفسه؛ سلّم واحد للأساس القانوني؛ الاعتماد على الجهاز الآخر يُحتسب كالقيام بالعمل منفردًا؛ البند A.2.1 نعم أو لا.',
      },
    },
  };
