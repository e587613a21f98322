/** UI strings of the in-app help: the methodology guide rendered from docs/methodology.md. */
export const helpEn = {
  helpMethodologyIntro:
    'How CPC Observatory turns a questionnaire’s answers into scores, levels, regional figures and protected figures: the reference text, in the language of this page.',
  helpContents: 'Contents',
  helpDownload: 'Download (Markdown)',
  helpPrint: 'Print or save as PDF',
  helpComparisonLink: 'Methodologies v1 and v2 compared on the data',
  helpGuideLink: 'Read the scoring methodology',
  helpTranslationNote:
    'This is a translation of the English reference text; quotations from the handbook stay in its French.',
};

export type HelpMessages = typeof helpEn;
