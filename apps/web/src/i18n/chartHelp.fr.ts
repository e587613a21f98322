import type { ChartHelpMessages } from './chartHelp.en';

export const chartHelpFr: ChartHelpMessages = {
  chartHelpSummary: 'Comment lire ce graphique',
  chartHelpMaturity:
    'Chaque ligne est une région : l’indice global de maturité moyen (0–100) de ses administrations évaluées, année par année ; un pays compte avec sa plus récente évaluation soumise ou validée de l’année ou des deux années précédentes. Un marqueur creux signifie que moins de la moitié des membres ont été évalués, et une interruption signifie aucune évaluation cette année-là, jamais zéro. Attention : ce sont des moyennes des seules administrations évaluées, et la couverture diffère d’une région à l’autre.',
  chartHelpLevels:
    'Chaque barre représente tous les membres du regroupement ou de la région pour une année, répartis par niveau du continuum (1 coexistence à 5 collaboration) ; les membres sans évaluation en cours forment leur propre part « non évalué ». Une barre hachurée signifie que les chiffres de l’année sont masqués, car moins de 3 administrations y contribuent. Attention : une grande part « non évalué » signifie que les niveaux ne décrivent que quelques membres.',
  chartHelpDifficulties:
    'Chaque barre est la part des administrations évaluées d’une région qui citent une difficulté. Une administration peut en citer plusieurs : les parts d’une région ne totalisent donc pas 100 %. Attention : les administrations non évaluées pendant le cycle ne sont pas comptées du tout.',
  chartHelpTrajectory:
    'Chaque point est une évaluation soumise ou validée du pays, placée à son année, avec son indice global (0–100). Une ligne en tirets relie des années sans évaluation entre elles. Attention : un écart de quelques points peut venir des réponses à quelques items ; comparez les scores par dimension avant de conclure.',
  chartHelpDimensionComparison:
    'Pour chacune des neuf dimensions, le score du pays (0–100) est comparé à la moyenne des administrations évaluées de sa région la même année, ainsi qu’à la médiane et au rang lorsque votre compte peut les voir. Attention : la moyenne d’une région ne couvre que ses membres évalués et, pour les utilisateurs nationaux, elle peut être protégée (légèrement perturbée).',
  chartHelpCompareDimensions:
    'Un panneau par dimension : une barre par pays donne son score (0–100) dans sa plus récente évaluation, et un trait noir la moyenne de sa région cette année-là. Attention : les plus récentes évaluations des pays peuvent dater d’années différentes.',
  chartHelpCompareTrajectories:
    'Une ligne par pays, chacune avec sa couleur, son marqueur et son tracé, donne son indice global (0–100) à chaque évaluation. Un marqueur plein est une évaluation validée, un marqueur creux une évaluation soumise pas encore validée. Attention : les années sans évaluation ne valent pas zéro ; la ligne ne fait que relier les évaluations.',
  chartHelpJointUnits:
    'Chaque barre empile les unités conjointes en activité pendant l’année, colorées par type ; sa hauteur est leur nombre. Attention : une unité active plusieurs années compte dans chacune d’elles, les barres ne s’additionnent donc pas d’une année à l’autre.',
  chartHelpInstrumentMap:
    'Chaque pays membre prend la couleur de la part (%) des membres de sa région dotés de l’instrument choisi dans l’année : tous les pays d’une région ont donc la même couleur. Attention : la couleur ne dit rien du pays lui-même ; ouvrez son profil pour voir ses propres instruments.',
  chartHelpDimensionMultiple:
    'Un petit graphique par dimension : chaque ligne est le score moyen (0–100) d’une région dans cette dimension, année par année, sur ses administrations évaluées. Une interruption signifie aucune évaluation ou des chiffres masqués cette année-là, jamais zéro. Attention : la couverture diffère selon les régions et les années ; un saut peut venir de qui a été évalué.',
  chartHelpHeatmap:
    'Chaque case est le score moyen (0–100) des administrations évaluées d’une région dans une dimension ; le nombre est inscrit dans la case et la couleur le reprend sur l’échelle en dessous. Une case marquée masquée ou non évaluée n’a pas de chiffre ; elle ne vaut jamais zéro. Attention : les cases d’une petite région reposent sur peu d’administrations.',
  chartHelpUnitTypes:
    'Chaque barre additionne, sur la période, ce qu’ont obtenu les unités conjointes d’un type dans la région affichée : résultats, arrestations ou saisies, selon le choix ci-dessus. Les années masquées (moins de 3 pays déclarants) sont exclues des totaux. Attention : ce sont des nombres, pas des taux ; un type qui compte plus d’unités en affiche naturellement plus.',
  chartHelpCorrelation:
    'Chaque point est un pays : son indice global de maturité (0–100) en abscisse, et le résultat choisi des opérations qu’il a déclarées pour l’année en ordonnée. Les pays ayant des résultats sans évaluation en cours sont exclus ; le r de Pearson et le ρ de Spearman mesurent à quel point les deux croissent ensemble. Attention : une corrélation n’est pas une cause, et les résultats sont déclarés par les pays et non audités.',
  chartHelpDatabaseRates:
    'Chaque barre est une base de données d’INTERPOL : les concordances divisées par les consultations, sur toutes les consultations de la période, et non une moyenne de taux annuels. Une base qu’un pays n’a pas déclarée n’ajoute rien. Attention : un taux élevé sur peu de consultations dit peu de chose ; le tableau donne le nombre de consultations.',
  chartHelpTrendCount:
    'Chaque ligne est une région : la mesure additionnée sur les résultats déclarés par ses membres, année par année (une opération compte l’année où elle s’est terminée). Une région dont les membres n’ont rien déclaré compte zéro ; une interruption de la ligne est un chiffre masqué ou manquant (pour les opérations, moins de 3 pays déclarants). Attention : les régions diffèrent par leur taille et leurs habitudes de déclaration.',
  chartHelpTrendShare:
    'Chaque ligne est une région : la part (%) de ses membres dotés de l’instrument, année par année. Une interruption signifie un chiffre masqué ou manquant, jamais zéro. Attention : les membres sont comptés au 31 décembre de chaque année ; un changement de composition fait donc aussi varier la part.',
  chartHelpTrendRate:
    'Chaque ligne est une région : les concordances divisées par les consultations de toutes les vérifications de ses membres dans les bases d’INTERPOL, année par année, et non une moyenne des taux des pays. Une interruption signifie aucune consultation ou des chiffres masqués, jamais zéro. Attention : un taux calculé sur peu de consultations varie beaucoup d’une année à l’autre.',
  chartHelpUnitsList:
    'Chaque ligne est une unité conjointe avec ses résultats, arrestations et saisies sur la période ; cliquez sur l’en-tête d’une colonne pour trier. Attention : ces chiffres couvrent toutes les opérations de la période ; les filtres de programme, d’activité et de marchandise ne s’y appliquent pas.',
  chartHelpCommodity:
    'Chaque barre est une marchandise : la quantité saisie sur la période, dans l’unité indiquée ci-dessus. Les quantités en unités différentes (kg, litres, articles, devises) ne sont jamais converties ni additionnées : chaque unité a son propre graphique. Attention : les chiffres sont déclarés par les pays eux-mêmes et ne sont pas audités.',
  chartHelpParticipation:
    'Chaque pays est coloré selon le nombre d’opérations terminées dans la période auxquelles il a participé ; plus c’est foncé, plus il y en a. Les pays qui n’ont participé à aucune sont indiqués comme tels dans la légende, et non par une teinte pâle. Attention : participer n’est pas déclarer des résultats ; le tableau donne les deux.',
  chartHelpMap:
    'Chaque pays est coloré selon le chiffre choisi de son évaluation en cours (sa plus récente évaluation soumise ou validée de l’année ou des années juste avant). Les pays qui n’en ont pas apparaissent comme non évalués, jamais comme zéro ; un pays qui garde ses chiffres confidentiels peut afficher la moyenne protégée de sa région. Attention : une classe de couleur couvre une plage de valeurs ; survolez le pays ou utilisez le tableau pour le chiffre exact.',
  chartHelpGapClosure:
    'Chaque barre est un item du Manuel : parmi les carences relevées lors d’une évaluation, combien ont été comblées (0,5 point ou plus) à l’évaluation suivante du pays, avec et sans action terminée qui les visait. Attention : peu de cas et pas de groupe témoin ; ce n’est pas la preuve que les actions ont comblé les carences.',
  chartHelpActionStatus:
    'Chaque barre empile les actions des plans de la région au 31 décembre de l’année, colorées par statut ; un point marque les actions en retard (date cible dépassée, non terminées). Attention : ce sont des nombres d’actions, pas de pays ; un pays dont le plan est long pèse beaucoup.',
  chartHelpPlanShare:
    'Chaque ligne est une région : la part (%) de ses membres dotés d’un plan d’action national au 31 décembre de l’année. Une interruption signifie un chiffre masqué ou aucun membre, jamais zéro. Attention : avoir un plan ne dit rien du nombre de ses actions menées à bien.',
};
