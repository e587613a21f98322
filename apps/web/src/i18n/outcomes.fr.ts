import type { OutcomesMessages } from './outcomes.en';

export const outcomesFr: OutcomesMessages = {
  // Dashboard
  outcomesTitle: 'Tableau de bord des opérations',
  outcomesIntro:
    'Ce qu’ont permis les opérations conjointes, par région et selon l’année de leur fin : opérations avec résultats, arrestations, affaires de saisie, livraisons contrôlées et taux de réponses positives, puis le détail des saisies et des consultations, et les pays participants.',
  outcomesScatterLink: 'Maturité et résultats',
  outcomesListLink: 'Les opérations une par une',
  outcomesNationalNote:
    'Votre compte voit des chiffres régionaux protégés : ceux d’une région sont masqués une année où moins de 3 de ses pays ont déclaré des résultats.',
  outcomesEmptyTitle: 'Aucun résultat sur cette période',
  outcomesEmptyText:
    'Aucun pays de ce regroupement n’a déclaré de résultats pour des opérations terminées entre {from} et {to} avec ces filtres. Essayez une période plus longue ou moins de filtres.',
  outcomeTrendsTitle: 'Résultats par région, {from}–{to}',
  outcomeTrendsDescription:
    'Un graphique par résultat, chacun à sa propre échelle, selon l’année de fin des opérations. Une région sans déclaration compte zéro ; une interruption de ligne est un chiffre masqué.',
  outcomeTrendCaption: '{metric} par région, {from}–{to}',
  metricOperations: 'Opérations avec résultats',
  metricArrests: 'Arrestations',
  metricSeizureCases: 'Affaires de saisie',
  metricControlledDeliveries: 'Livraisons contrôlées',
  metricHitRate: 'Taux de réponses positives',
  noQueries: 'Aucune consultation',
  commodityAll: 'Toutes les marchandises',
  periodRange: '{from} à {to}',
  detailTitle: 'Saisies et consultations des bases, {period}',
  detailPeriodLabel: 'Période affichée',
  detailWithheld: 'Les chiffres masqués de {years} (moins de 3 pays déclarants) ne sont pas compris dans ces totaux.',
  commodityTitle: 'Quantités saisies par marchandise',
  commodityDescription:
    'Tous les membres du regroupement ensemble. Un graphique par unité : kilogrammes, litres, pièces, têtes et devises ne sont jamais additionnés entre eux.',
  commodityNone: 'Aucune saisie n’a été déclarée sur cette période.',
  commodityUnitTitle: 'En {unit}',
  commodityCaption: 'Quantités saisies en {unit}, {period}',
  commodityQuantityIn: 'Quantité ({unit})',
  databaseTitle: 'Taux de réponses positives par base d’INTERPOL',
  databaseDescription:
    'Réponses positives divisées par consultations dans chaque base, sur toutes les consultations de la période (et non une moyenne de taux annuels).',
  databaseNone: 'Aucune consultation de base n’a été déclarée sur cette période.',
  databaseCaption: 'Taux de réponses positives par base, {period}',
  databaseName: 'Base de données',
  participationTitle: 'Participation aux opérations, {from}–{to}',
  participationDescription:
    'Chaque pays coloré selon le nombre d’opérations terminées dans la période auxquelles il a participé. Le tableau indique aussi pour combien d’entre elles il a déclaré des résultats.',
  participationNational:
    'Votre compte ne voit que la participation de votre pays et des pays qui partagent leurs chiffres avec les membres.',
  participationScaleTitle: 'Opérations auxquelles le pays a participé',
  participationScaleText:
    'Le violet foncé indique moins d’opérations, le jaune davantage, sur une échelle de 0 à {max}.',
  participationNone: 'Aucune opération',
  participationReported: 'Avec résultats déclarés',
  participationTooltip:
    '{country} : {operations, plural, one {# opération} other {# opérations}}, résultats déclarés pour {reported}',
  participationTooltipNone: '{country} : aucune opération',
  // Maturity against outcomes
  scatterPageTitle: 'Maturité et résultats des opérations',
  scatterIntro:
    'L’indice global de maturité de chaque pays (son évaluation en vigueur) face à un résultat des opérations qu’il a déclarées pour l’année, avec deux coefficients de corrélation.',
  scatterMetricLabel: 'Résultat',
  scatterBackLink: 'Retour au tableau de bord des opérations',
  scatterNationalNote:
    'Votre compte ne voit que les points de votre pays et des pays qui partagent leurs chiffres avec les membres. Les coefficients sont calculés sur tous les pays disposant des deux chiffres, et affichés seulement lorsque 10 pays ou plus les fondent.',
  scatterTitle: 'Indice global et {metric}, {year}',
  scatterTooltip: 'Indice global {overall} ; {metric} : {value}',
  scatterEmpty: 'Aucun pays n’a à la fois une évaluation en vigueur et des résultats déclarés pour {year}.',
  correlationPearson: 'r de Pearson',
  correlationSpearman: 'ρ de Spearman',
  correlationN: 'Pays (n)',
  correlationNone: 'non calculé',
  correlationTooFew:
    'Un coefficient demande au moins {min} pays disposant des deux chiffres, et des chiffres qui varient ; sinon il n’est pas calculé.',
  correlationExcluded:
    '{count, plural, one {# pays a déclaré des résultats mais n’a pas d’évaluation en vigueur : il est laissé de côté.} other {# pays ont déclaré des résultats mais n’ont pas d’évaluation en vigueur : ils sont laissés de côté.}}',
  correlationCaveat:
    'Corrélation n’est pas causalité : les pays les mieux notés peuvent déclarer davantage de résultats pour bien d’autres raisons (taille, trafic, moyens). Les pratiques de déclaration diffèrent aussi d’un pays à l’autre : les résultats ne sont pas strictement comparables.',
  // Résultats par unité mixte (cellules aéroportuaires, unités de contrôle portuaire… du registre)
  unitsTitle: 'Résultats par unité mixte, {period}',
  unitsHowToRead:
    'Comment lire ce graphique : chaque barre additionne, sur la période, ce qu’ont obtenu les unités mixtes d’un type dans la région affichée (résultats, arrestations ou affaires de saisie, au choix). La liste ci-dessous détaille chaque unité ; cliquez sur une colonne pour la trier.',
  unitsFiltersNote:
    'Les chiffres des unités mixtes couvrent toutes les opérations de la période : les filtres de programme, d’activité et de marchandise ne s’y appliquent pas.',
  unitsRegionLabel: 'Région affichée',
  unitsMeasureLabel: 'Chiffre affiché',
  unitsResults: 'Résultats',
  unitsChartCaption: '{measure} par type d’unité mixte, {region}, {period}',
  unitsTypeTableCaption: 'Résultats, arrestations et affaires de saisie par type d’unité mixte, {region}, {period}',
  unitsTypeColumn: 'Type d’unité',
  unitsNone: 'Aucun résultat d’opération de cette période ne désigne une unité mixte du registre.',
  unitsListTitle: 'Les unités mixtes une à une',
  unitsListCaption: 'Résultats de chaque unité mixte, {region}, {period}',
  unitsListNational:
    'Votre compte liste les unités de votre pays et celles des pays qui partagent leurs chiffres avec les membres.',
  unitsListEmpty: 'Aucune unité de cette région n’a de résultat sur la période.',
  unitsColumnUnit: 'Unité',
  unitsColumnSite: 'Site',
  // Maturité et résultats, pour un utilisateur national
  scatterReferenceLegend: '{region}, ensemble des membres (référence)',
  scatterReferenceTooltip: '{region}, ensemble des membres : indice global moyen {overall} ; {metric} : {value}',
  scatterViewerCount:
    'Vous voyez {country} : indice global {overall} et {value} ({metric}) en {year}. Le losange creux représente {region} dans son ensemble : l’indice moyen de ses membres évalués, {refOverall}, et leurs {metric} par pays déclarant, {refValue}. Les deux axes gardent leur échelle complète (0–100 pour l’indice) : l’écart se lit comme parmi tous les membres.',
  scatterViewerRate:
    'Vous voyez {country} : indice global {overall} et un taux de réponses positives de {value} en {year}. Le losange creux représente {region} dans son ensemble : l’indice moyen de ses membres évalués, {refOverall}, et le taux de réponses positives de toutes leurs consultations, {refValue}. Les deux axes gardent leur échelle complète (0–100 pour l’indice) : l’écart se lit comme parmi tous les membres.',
  scatterViewerWithheld:
    'Vous voyez {country} : indice global {overall} et {value} ({metric}) en {year}. Les chiffres de {region} pour l’année sont masqués (moins de 3 pays) : aucune référence n’est tracée.',
};
