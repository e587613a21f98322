import type { HelpMessages } from './help.en';

/** Textes de l’aide intégrée : le guide de la méthodologie, tiré de docs/methodology.md. */
export const helpFr: HelpMessages = {
  helpMethodologyIntro:
    'Comment CPC Observatory transforme les réponses à un questionnaire en scores, niveaux, chiffres régionaux et chiffres protégés : le texte de référence, dans la langue de cette page.',
  helpContents: 'Sommaire',
  helpDownload: 'Télécharger (Markdown)',
  helpPrint: 'Imprimer ou enregistrer en PDF',
  helpComparisonLink: 'Les méthodologies v1 et v2 comparées sur les données',
  helpGuideLink: 'Lire la méthodologie de notation',
  helpTranslationNote:
    'Ceci est une traduction du texte de référence anglais ; les citations du manuel restent dans son français.',
};
