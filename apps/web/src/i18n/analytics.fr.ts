import type { AnalyticsMessages } from './analytics.en';

export const analyticsFr: AnalyticsMessages = {
  copyLink: 'Copier le lien',
  copyLinkDone: 'Lien copié dans le presse-papiers : il ouvre exactement cette vue.',
  copyLinkFailed: 'Le lien n’a pas pu être copié. Copiez cette adresse à la main :',
  showTable: 'Afficher sous forme de tableau',
  hideTable: 'Masquer le tableau',
  definitionOf: 'Définition : {label}',
  withheldShort: 'Masqué (moins de 3 contributeurs)',
  validatedOnlyLabel: 'Évaluations validées uniquement',
  countedSubmitted: 'soumise ou validée',
  countedValidated: 'validée',
  measureLabel: 'Mesure',
  regionLabel: 'Région',
  kindLabel: 'Niveau',
  members: 'Membres',
  customGroupings: 'Regroupements personnalisés',
  iqrShort: 'EIQ',
  legendTitleShort: 'Légende',
  scaleLegendText:
    'Le violet foncé indique un score plus faible, le jaune un score plus élevé, sur une échelle de 0 à 100.',
  overviewTitle: 'Vue d’ensemble de la maturité de la coopération',
  regionsOverTime: 'Les régions dans le temps',
  chartTitleDimension: 'Score moyen « {dimension} » par région, {from}–{to}',
  yAxisLabelDimension: '{dimension} : score (0–100)',
  headlineTitle: 'Chiffres clés {year}',
  headlineNone: 'Le regroupement n’a pas de chiffres pour {year}.',
  headlineAssessed: 'Administrations évaluées en {year}',
  headlineAssessedDetail: 'sur {members, plural, one {# membre} other {# membres}} (couverture de {coverage})',
  headlineAssessedDefinition:
    'Membres du regroupement ayant une évaluation en cours en {year} : leur évaluation {counted} la plus récente, datée de {first} à {year}. Les membres sans évaluation ne sont pas évalués : ils réduisent la couverture, jamais les scores.',
  headlineMean: 'Indice global moyen, {year}',
  headlineMeanDetail: 'sur 100, administrations évaluées uniquement',
  headlineMeanDefinition:
    'La moyenne de l’indice global de maturité (0–100) des administrations évaluées cette année-là. Une administration sans évaluation ne compte pas pour zéro.',
  headlineLevel3: 'Au niveau 3 ou plus, {year}',
  headlineLevel3Detail: '{count} sur {assessed} évaluées',
  headlineLevel3Definition:
    'La part des administrations évaluées dont le niveau calculé est 3 (Coopération), 4 (Coordination) ou 5 (Collaboration) sur le continuum d’intégration du manuel.',
  headlineChange: 'Évolution depuis {previous}',
  headlineChangeValue: '{value} points',
  headlineChangeMore:
    '{count, plural, one {# administration évaluée de plus} other {# administrations évaluées de plus}} qu’en {previous}',
  headlineChangeFewer:
    '{count, plural, one {# administration évaluée de moins} other {# administrations évaluées de moins}} qu’en {previous}',
  headlineChangeSame: 'Autant d’administrations évaluées qu’en {previous}',
  headlineChangeDefinition:
    'L’indice global moyen de {year} moins celui de {previous}, en points d’indice (à partir des moyennes affichées à une décimale). Les administrations évaluées peuvent différer d’une année à l’autre.',
  levelsTitle: 'Niveaux du continuum : {place}, {from}–{to}',
  levelsTitleSelf: 'Niveaux autoévalués (A.18) : {place}, {from}–{to}',
  levelsDescription:
    'Chaque barre représente tous les membres du regroupement ou de la région cette année-là : les administrations évaluées par niveau, et celles non évaluées, présentées comme une catégorie à part. Une année dont les chiffres sont masqués forme une seule barre hachurée.',
  levelsAxis: 'Administrations',
  compareTitle: 'Comparer les régions',
  compareIntro:
    'Les régions côte à côte sur chacune des neuf dimensions : dans le temps, en petits graphiques partageant une même échelle de 0 à 100, puis pour une année, en matrice colorée et en tableau.',
  heatmapYearLabel: 'Année de la matrice',
  smallMultiplesTitle: 'Chaque dimension dans le temps, {from}–{to}',
  smallMultiplesDescription:
    'Un graphique par dimension, tous sur la même échelle de 0 à 100. Une interruption de ligne correspond à une année sans évaluation (ou à un chiffre masqué), jamais à un zéro.',
  smallMultipleCaption: 'Score moyen {dimension} par région, {from}–{to}',
  legendHintCompare: 'Sélectionnez une région pour la mettre en évidence dans tous les graphiques.',
  heatmapTitle: 'Régions × dimensions en {year}',
  heatmapCaption: 'Scores moyens par région et par dimension, {year}',
  heatmapDescription:
    'Le score moyen des administrations évaluées de chaque région, inscrit dans chaque case ; la couleur le reprend selon l’échelle ci-dessous.',
  heatmapLegend: 'Score moyen (0–100)',
  statsTitle: 'Indice global par région en {year}',
  statsDescription:
    'Les statistiques de l’indice global des administrations évaluées de chaque région, et la part de ses membres qu’elles représentent (couverture).',
};
