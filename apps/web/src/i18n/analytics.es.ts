import type { AnalyticsMessages } from './analytics.en';

export const analyticsEs: AnalyticsMessages = {
  // Shared
  copyLink: 'Copiar el enlace',
  copyLinkDone: 'Enlace copiado en el portapapeles: abre exactamente esta vista.',
  copyLinkFailed: 'No se pudo copiar el enlace. Copie esta dirección manualmente:',
  showTable: 'Mostrar como tabla',
  hideTable: 'Ocultar la tabla',
  definitionOf: 'Definición: {label}',
  withheldShort: 'Reservado (menos de 3 contribuyentes)',
  validatedOnlyLabel: 'Solo evaluaciones validadas',
  countedSubmitted: 'enviada o validada',
  countedValidated: 'validada',
  measureLabel: 'Medida',
  regionLabel: 'Región',
  kindLabel: 'Nivel',
  members: 'Miembros',
  customGroupings: 'Agrupaciones personalizadas',
  iqrShort: 'RIC',
  legendTitleShort: 'Leyenda',
  scaleLegendText:
    'El morado oscuro indica una puntuación más baja y el amarillo una más alta, en una escala de 0 a 100.',
  // Overview
  overviewTitle: 'Visión general de la madurez de la cooperación',
  regionsOverTime: 'Las regiones a lo largo del tiempo',
  chartTitleDimension: 'Puntuación media en «{dimension}» por región, {from}–{to}',
  yAxisLabelDimension: '{dimension}: puntuación (0–100)',
  headlineTitle: 'Cifras clave de {year}',
  headlineNone: 'La agrupación no tiene cifras para {year}.',
  headlineAssessed: 'Administraciones evaluadas en {year}',
  headlineAssessedDetail: 'de {members, plural, one {# miembro} other {# miembros}} (cobertura del {coverage})',
  headlineAssessedDefinition:
    'Miembros de la agrupación con una evaluación vigente en {year}: su evaluación {counted} más reciente, con fecha de {first} a {year}. Los miembros que no la tienen no están evaluados: reducen la cobertura, nunca las puntuaciones.',
  headlineMean: 'Índice global medio, {year}',
  headlineMeanDetail: 'sobre 100, solo administraciones evaluadas',
  headlineMeanDefinition:
    'La media del índice global de madurez (0–100) de las administraciones evaluadas ese año. Una administración sin evaluación no cuenta como cero.',
  headlineLevel3: 'En el nivel 3 o superior, {year}',
  headlineLevel3Detail: '{count} de {assessed} evaluadas',
  headlineLevel3Definition:
    'La proporción de administraciones evaluadas cuyo nivel calculado es 3 (Cooperación), 4 (Coordinación) o 5 (Colaboración) en el continuo de integración del Manual.',
  headlineChange: 'Variación desde {previous}',
  headlineChangeValue: '{value} puntos',
  headlineChangeMore:
    '{count, plural, one {# administración evaluada más} other {# administraciones evaluadas más}} que en {previous}',
  headlineChangeFewer:
    '{count, plural, one {# administración evaluada menos} other {# administraciones evaluadas menos}} que en {previous}',
  headlineChangeSame: 'Tantas administraciones evaluadas como en {previous}',
  headlineChangeDefinition:
    'El índice global medio de {year} menos el de {previous}, en puntos de índice (a partir de las medias mostradas con un decimal). Las administraciones evaluadas pueden diferir entre los dos años.',
  levelsTitle: 'Niveles del continuo: {place}, {from}–{to}',
  levelsTitleSelf: 'Niveles autoevaluados (A.18): {place}, {from}–{to}',
  levelsDescription:
    'Cada barra representa a todos los miembros de la agrupación o de la región ese año: las administraciones evaluadas por nivel, y las no evaluadas, mostradas como una categoría aparte. Un año cuyas cifras están reservadas forma una sola barra rayada.',
  levelsAxis: 'Administraciones',
  // Compare
  compareTitle: 'Comparar regiones',
  compareIntro:
    'Las regiones lado a lado en cada una de las nueve dimensiones: a lo largo del tiempo, en pequeños gráficos que comparten una misma escala de 0 a 100, y después, para un año, en un mapa de calor y una tabla.',
  heatmapYearLabel: 'Año del mapa de calor',
  smallMultiplesTitle: 'Cada dimensión a lo largo del tiempo, {from}–{to}',
  smallMultiplesDescription:
    'Un gráfico por dimensión, todos en la misma escala de 0 a 100. Una interrupción en una línea es un año sin evaluación (o con una cifra reservada), nunca un cero.',
  smallMultipleCaption: 'Puntuación media en {dimension} por región, {from}–{to}',
  legendHintCompare: 'Seleccione una región para resaltarla en todos los gráficos.',
  heatmapTitle: 'Regiones × dimensiones en {year}',
  heatmapCaption: 'Puntuaciones medias por región y dimensión, {year}',
  heatmapDescription:
    'La puntuación media de las administraciones evaluadas de cada región, indicada en cada celda; el color la reproduce según la escala siguiente.',
  heatmapLegend: 'Puntuación media (0–100)',
  statsTitle: 'Índice global por región en {year}',
  statsDescription:
    'Las estadísticas del índice global de las administraciones evaluadas de cada región, y la proporción de sus miembros que representan (cobertura).',
};
