import type { CompareCountriesMessages } from './compareCountries.en';

export const compareCountriesFr: CompareCountriesMessages = {
  navCompareCountries: 'Comparer des pays',
  compareCountriesTitle: 'Comparer des pays',
  compareCountriesIntro:
    'De deux à six administrations côte à côte : leur indice global au fil des années, leurs derniers scores par dimension face à la moyenne de leur région la même année, et les questions les plus éloignées du niveau le plus élevé dans leur dernière évaluation.',
  compareCountriesChosen: 'Pays comparés',
  compareCountriesAdd: 'Ajouter un pays',
  compareCountriesRemove: 'Retirer {country}',
  compareCountriesNeedMore: 'Choisissez au moins deux pays à comparer (six au plus).',
  compareCountriesFull: 'Six pays sont comparés, le maximum de cette page : retirez-en un pour en ajouter un autre.',
  compareCountriesNationalNote:
    'Votre compte ne voit en détail que votre pays ({country}) et les pays qui partagent leurs chiffres avec les membres : seuls ceux-ci peuvent être comparés. Les autres pays figurent dans les vues régionales.',
  compareTrajectoriesTitle: 'Indice global de maturité au fil des années',
  compareTrajectoriesDescription:
    'Graphique en courbes, une courbe par pays, chacune avec sa couleur, son marqueur et son tracé ; un marqueur plein est une évaluation validée, un marqueur creux une évaluation soumise.',
  compareDimensionsTitle: 'Scores par dimension de la dernière évaluation, face à la moyenne de chaque région',
  compareDimensionsDescription:
    'Un panneau par dimension : une barre par pays, et un trait noir pour la moyenne de sa région l’année de sa dernière évaluation.',
  compareRegionMean: 'Moyenne de la région',
  compareTableTitle: 'Derniers chiffres et moyennes des régions',
  compareNewestYear: 'Dernière évaluation',
  compareGapCount: 'Lacunes',
  compareGapsTitle: 'Principales lacunes de la dernière évaluation',
  compareGapsNone: 'Aucune lacune dans la dernière évaluation.',
  compareGapsMore: '{count, plural, one {et # autre lacune} other {et # autres lacunes}}',
  compareGapPoints: '{points} point sur 1',
  compareNoAssessment: 'Aucune évaluation prise en compte',
  compareAction: 'Comparer',
  compareActionLabel: 'Comparer {country} avec d’autres pays',
  searchLabel: 'Trouver un pays',
  searchPlaceholder: 'Pays ou code ISO',
  searchResults:
    '{count, plural, =0 {Aucun pays trouvé} one {# pays trouvé, utilisez les flèches} other {# pays trouvés, utilisez les flèches}}',
  searchNoResult: 'Aucun pays trouvé',
};
