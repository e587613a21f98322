import type { HelpMessages } from './help.en';

/** Textos de la ayuda integrada: la guía de la metodología, tomada de docs/methodology.md. */
export const helpEs: HelpMessages = {
  helpMethodologyIntro:
    'Cómo CPC Observatory convierte las respuestas a un cuestionario en puntuaciones, niveles, cifras regionales y cifras protegidas: el texto de referencia, en el idioma de esta página.',
  helpContents: 'Índice',
  helpDownload: 'Descargar (Markdown)',
  helpPrint: 'Imprimir o guardar como PDF',
  helpComparisonLink: 'Las metodologías v1 y v2 comparadas con los datos',
  helpGuideLink: 'Leer la metodología de puntuación',
  helpTranslationNote:
    'Esta es una traducción del texto de referencia en inglés; las citas del manual se mantienen en su francés.',
};
