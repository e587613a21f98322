import type { MapProfileMessages } from './mapProfile.en';

export const mapProfileFr: MapProfileMessages = {
  mapTitle: 'Carte',
  mapIntro:
    'Chaque pays coloré selon son évaluation en cours l’année choisie : son évaluation soumise ou validée la plus récente, de cette année ou des {window} années précédentes. Sélectionnez un pays pour ouvrir son profil ; le tableau sous la carte liste tous les pays.',
  mapMetricLabel: 'Colorer les pays selon',
  mapYearLabel: 'Année',
  mapChartTitle: '{metric} par pays, {year}',
  mapScaleTitle: 'Score (0–100)',
  mapOutside: 'Hors de ce regroupement',
  mapRegionValue: 'Moyenne protégée de la région (pays qui gardent leurs chiffres confidentiels)',
  mapOwnCountry: 'Votre pays (contour épais)',
  mapRegionMean: 'moyenne régionale',
  mapValue: 'Valeur',
  mapAssessment: 'Évaluation en cours',
  mapNationalNote:
    'Votre pays, et chaque pays qui partage ses chiffres avec les membres, affiche son propre chiffre ; chaque autre pays affiche la moyenne protégée de sa région (hachurée), masquée lorsque moins de 3 administrations y contribuent.',
  mapNationalLevelNote:
    'Une région n’a pas de niveau unique : seuls votre pays et les pays qui partagent leurs chiffres avec les membres sont colorés selon leur niveau.',
  mapTooltipCountry: '{country} : {value} (évaluation {year})',
  mapTooltipNone: '{country} : {value}',
  mapTooltipRegion: '{country} : moyenne de la région {region}, {value}',
  mapTooltipOutside: '{country} : hors de ce regroupement',
  profileTitle: 'Profil pays : {country}',
  profileIntro:
    'Les évaluations du pays dans le temps, ses derniers scores face à sa région, les recommandations du manuel pour ses carences, et son historique.',
  profileCountryLabel: 'Pays',
  profileLatestYear: 'Dernière évaluation',
  stale: 'Ancienne',
  staleExplained:
    'Antérieure à la fenêtre de {window} ans des évaluations en cours : elle ne compte plus dans les chiffres de cette année.',
  profileForbiddenTitle: 'Non disponible pour votre compte',
  profileForbiddenText:
    'Votre compte donne accès aux détails de votre pays et des pays qui partagent leurs chiffres avec les membres. {country} garde ses chiffres confidentiels : ils comptent dans les chiffres régionaux protégés des autres pages.',
  profileOwnLink: 'Ouvrir le profil de votre pays',
  profileNotFound: 'Aucun pays ne porte le code {iso3}.',
  profileGapsOf: 'Carences de la dernière évaluation prise en compte ({year}).',
  trajectoryTitle: 'Indice global de {country} dans le temps',
  trajectoryNone: 'Aucune évaluation soumise ou validée pour l’instant.',
  trajectorySubmitted: 'Soumise, pas encore validée',
  trajectoryDashed:
    'Ligne pointillée : années intermédiaires sans évaluation. Les brouillons et les évaluations renvoyées ne sont pas représentés.',
  comparisonTitle: '{country} face à la région {region}, par dimension ({year})',
  comparisonRegionMean: '{region} : moyenne',
  comparisonRegionMedian: '{region} : médiane',
  comparisonRank: 'Rang dans la région',
  comparisonRankValue: '{rank} sur {of}',
  comparisonNoRegion:
    '{country} n’appartient à aucune région de ce regroupement : choisissez un autre regroupement pour le comparer.',
  comparisonNoAssessment: '{country} n’a pas encore d’évaluation soumise ou validée à comparer.',
  selfVsComputedTitle: 'Niveau autoévalué et niveau calculé',
  selfVsComputedSame: 'L’administration se situe au niveau calculé.',
  selfVsComputedMissing: 'Le niveau autoévalué (A.18) n’a pas été indiqué.',
  historyTableTitle: 'Historique des évaluations',
};
