import type { OutcomesMessages } from './outcomes.en';

export const outcomesEs: OutcomesMessages = {
  // Dashboard
  outcomesTitle: 'Panel de operaciones',
  outcomesIntro:
    'Lo que lograron las operaciones conjuntas, por región y por año de finalización: operaciones con resultados, detenciones, casos de incautación, entregas vigiladas y tasas de coincidencias en las bases de datos; después, el detalle de las incautaciones y las consultas, y quién participó.',
  outcomesScatterLink: 'Madurez frente a resultados',
  outcomesListLink: 'Las operaciones una por una',
  outcomesNationalNote:
    'Su cuenta ve cifras regionales protegidas: las cifras de una región se reservan en un año en que menos de 3 de sus países notificaron resultados.',
  outcomesEmptyTitle: 'Ningún resultado en este período',
  outcomesEmptyText:
    'Ningún país de esta agrupación notificó resultados de operaciones finalizadas entre {from} y {to} con estos filtros. Pruebe un período más largo o menos filtros.',
  outcomeTrendsTitle: 'Resultados por región, {from}–{to}',
  outcomeTrendsDescription:
    'Un gráfico por resultado, cada uno con su propia escala, según el año de finalización de las operaciones. Una región que no notificó nada cuenta como cero; una interrupción en una línea es una cifra reservada.',
  outcomeTrendCaption: '{metric} por región, {from}–{to}',
  metricOperations: 'Operaciones con resultados',
  metricArrests: 'Detenciones',
  metricSeizureCases: 'Casos de incautación',
  metricControlledDeliveries: 'Entregas vigiladas',
  metricHitRate: 'Tasa de coincidencias en las bases de datos',
  noQueries: 'Ninguna consulta',
  commodityAll: 'Todas las mercancías',
  periodRange: '{from}–{to}',
  detailTitle: 'Incautaciones y consultas de las bases de datos, {period}',
  detailPeriodLabel: 'Período mostrado',
  detailWithheld: 'Las cifras reservadas de {years} (menos de 3 países notificantes) no se incluyen en estos totales.',
  commodityTitle: 'Cantidades incautadas por mercancía',
  commodityDescription:
    'Todos los miembros de la agrupación en conjunto. Un gráfico por unidad: kilogramos, litros, piezas, cabezas y divisas nunca se suman entre sí.',
  commodityNone: 'No se notificó ninguna incautación en este período.',
  commodityUnitTitle: 'En {unit}',
  commodityCaption: 'Cantidades incautadas en {unit}, {period}',
  commodityQuantityIn: 'Cantidad ({unit})',
  databaseTitle: 'Tasa de coincidencias por base de datos de INTERPOL',
  databaseDescription:
    'Coincidencias divididas por consultas en cada base de datos, sobre todas las consultas del período (no una media de tasas anuales).',
  databaseNone: 'No se notificó ninguna consulta de bases de datos en este período.',
  databaseCaption: 'Tasa de coincidencias por base de datos, {period}',
  databaseName: 'Base de datos',
  participationTitle: 'Participación en las operaciones, {from}–{to}',
  participationDescription:
    'Cada país coloreado según el número de operaciones finalizadas en el período en las que participó. La tabla indica también de cuántas de ellas notificó resultados.',
  participationNational:
    'Su cuenta solo ve la participación de su propio país y de los países que comparten sus cifras con los miembros.',
  participationScaleTitle: 'Operaciones en las que participó',
  participationScaleText: 'El morado oscuro indica menos operaciones y el amarillo más, en una escala de 0 a {max}.',
  participationNone: 'Ninguna operación',
  participationReported: 'Con resultados notificados',
  participationTooltip:
    '{country}: {operations, plural, one {# operación} other {# operaciones}}, resultados notificados de {reported}',
  participationTooltipNone: '{country}: ninguna operación',
  // Maturity against outcomes
  scatterPageTitle: 'Madurez frente a resultados',
  scatterIntro:
    'El índice global de madurez de cada país (su evaluación vigente) frente a un resultado de las operaciones que notificó para el año, con dos coeficientes de correlación.',
  scatterMetricLabel: 'Resultado',
  scatterBackLink: 'Volver al panel de operaciones',
  scatterNationalNote:
    'Su cuenta solo ve los puntos de su propio país y de los países que comparten sus cifras con los miembros. Los coeficientes se calculan sobre todos los países que disponen de ambas cifras, y solo se muestran cuando se basan en 10 o más países.',
  scatterTitle: 'Índice global frente a {metric}, {year}',
  scatterTooltip: 'Índice global {overall}; {metric}: {value}',
  scatterEmpty: 'Ningún país tiene a la vez una evaluación vigente y resultados notificados para {year}.',
  correlationPearson: 'r de Pearson',
  correlationSpearman: 'ρ de Spearman',
  correlationN: 'Países (n)',
  correlationNone: 'no calculado',
  correlationTooFew:
    'Un coeficiente requiere al menos {min} países con ambas cifras, y cifras que varíen; de lo contrario, no se calcula.',
  correlationExcluded:
    '{count, plural, one {# país notificó resultados pero no tiene evaluación vigente, por lo que queda excluido.} other {# países notificaron resultados pero no tienen evaluación vigente, por lo que quedan excluidos.}}',
  correlationCaveat:
    'Correlación no implica causalidad: los países con puntuaciones más altas pueden notificar más resultados por muchas otras razones (tamaño, tráfico, recursos). Las prácticas de notificación también difieren entre países, por lo que los resultados no son estrictamente comparables.',
  // Resultados por unidad conjunta (grupos aeroportuarios, unidades de control portuario… del registro)
  unitsTitle: 'Resultados por unidad conjunta, {period}',
  unitsHowToRead:
    'Cómo leer este gráfico: cada barra suma, en el período, lo que lograron las unidades conjuntas de un tipo en la región mostrada (resultados, detenciones o casos de incautación, a elegir). La lista de abajo detalla cada unidad; haga clic en una columna para ordenarla.',
  unitsFiltersNote:
    'Las cifras de las unidades conjuntas abarcan todas las operaciones del período: los filtros de programa, actividad y mercancía no se les aplican.',
  unitsRegionLabel: 'Región mostrada',
  unitsMeasureLabel: 'Cifra mostrada',
  unitsResults: 'Resultados',
  unitsChartCaption: '{measure} por tipo de unidad conjunta, {region}, {period}',
  unitsTypeTableCaption:
    'Resultados, detenciones y casos de incautación por tipo de unidad conjunta, {region}, {period}',
  unitsTypeColumn: 'Tipo de unidad',
  unitsNone: 'Ningún resultado de operación de este período indica una unidad conjunta del registro.',
  unitsListTitle: 'Las unidades conjuntas una a una',
  unitsListCaption: 'Resultados de cada unidad conjunta, {region}, {period}',
  unitsListNational:
    'Su cuenta lista las unidades de su propio país y de los países que comparten sus cifras con los miembros.',
  unitsListEmpty: 'Ninguna unidad de esta región tiene resultados en el período.',
  unitsColumnUnit: 'Unidad',
  unitsColumnSite: 'Sitio',
  // Madurez frente a resultados, para un usuario nacional
  scatterReferenceLegend: '{region}, todos los miembros (referencia)',
  scatterReferenceTooltip: '{region}, todos los miembros: índice global medio {overall}; {metric}: {value}',
  scatterViewerCount:
    'Usted ve {country}: índice global {overall} y {value} ({metric}) en {year}. El rombo hueco es {region} en conjunto: el índice medio de sus miembros evaluados, {refOverall}, y sus {metric} por país declarante, {refValue}. Ambos ejes conservan su escala completa (0–100 para el índice), así que la distancia se lee como entre todos los miembros.',
  scatterViewerRate:
    'Usted ve {country}: índice global {overall} y una tasa de coincidencias de {value} en {year}. El rombo hueco es {region} en conjunto: el índice medio de sus miembros evaluados, {refOverall}, y la tasa de coincidencias de todas sus consultas, {refValue}. Ambos ejes conservan su escala completa (0–100 para el índice), así que la distancia se lee como entre todos los miembros.',
  scatterViewerWithheld:
    'Usted ve {country}: índice global {overall} y {value} ({metric}) en {year}. Las cifras de {region} para el año están ocultas (menos de 3 países), así que no se dibuja referencia.',
};
