import type { MapProfileMessages } from './mapProfile.en';

export const mapProfileEs: MapProfileMessages = {
  // Map
  mapTitle: 'Mapa',
  mapIntro:
    'Cada país coloreado según su evaluación vigente en el año elegido: su evaluación enviada o validada más reciente de ese año o de los {window} años anteriores. Seleccione un país para abrir su perfil; la tabla bajo el mapa enumera todos los países.',
  mapMetricLabel: 'Colorear los países según',
  mapYearLabel: 'Año',
  mapChartTitle: '{metric} por país, {year}',
  mapScaleTitle: 'Puntuación (0–100)',
  mapOutside: 'Fuera de esta agrupación',
  mapRegionValue: 'Media protegida de la región (países que mantienen sus cifras confidenciales)',
  mapOwnCountry: 'Su país (contorno grueso)',
  mapRegionMean: 'media regional',
  mapValue: 'Valor',
  mapAssessment: 'Evaluación vigente',
  mapNationalNote:
    'Su país, y cada país que comparte sus cifras con los miembros, muestra su propia cifra; los demás países muestran la media protegida de su región (rayada), reservada cuando contribuyen a ella menos de 3 administraciones.',
  mapNationalLevelNote:
    'Una región no tiene un nivel único: solo su país y los países que comparten sus cifras con los miembros se colorean según su nivel.',
  mapTooltipCountry: '{country}: {value} (evaluado en {year})',
  mapTooltipNone: '{country}: {value}',
  mapTooltipRegion: '{country}: media de la región {region}, {value}',
  mapTooltipOutside: '{country}: fuera de esta agrupación',
  // Country profile
  profileTitle: 'Perfil de país: {country}',
  profileIntro:
    'Las evaluaciones del país a lo largo del tiempo, sus últimas puntuaciones frente a su región, las recomendaciones del Manual para sus carencias y su historial.',
  profileCountryLabel: 'País',
  profileLatestYear: 'Última evaluación',
  stale: 'Antigua',
  staleExplained:
    'Anterior al período de {window} años de las evaluaciones vigentes: ya no cuenta en las cifras de este año.',
  profileForbiddenTitle: 'No disponible para su cuenta',
  profileForbiddenText:
    'Su cuenta puede consultar los detalles de su propio país y de los países que comparten sus cifras con los miembros. {country} mantiene sus cifras confidenciales: cuentan en las cifras regionales protegidas de las demás páginas.',
  profileOwnLink: 'Abrir el perfil de su país',
  profileNotFound: 'No hay ningún país con el código {iso3}.',
  profileGapsOf: 'Carencias de la última evaluación tenida en cuenta ({year}).',
  trajectoryTitle: 'Índice global de {country} a lo largo del tiempo',
  trajectoryNone: 'Todavía no hay ninguna evaluación enviada o validada.',
  trajectorySubmitted: 'Enviada, todavía no validada',
  trajectoryDashed:
    'Línea discontinua: años intermedios sin evaluación. Los borradores y las evaluaciones devueltas no se representan.',
  comparisonTitle: '{country} frente a {region}, por dimensión ({year})',
  comparisonRegionMean: '{region}: media',
  comparisonRegionMedian: '{region}: mediana',
  comparisonRank: 'Posición en la región',
  comparisonRankValue: '{rank} de {of}',
  comparisonNoRegion:
    '{country} no pertenece a ninguna región de esta agrupación: elija otra agrupación para compararlo.',
  comparisonNoAssessment: '{country} todavía no tiene ninguna evaluación enviada o validada que comparar.',
  selfVsComputedTitle: 'Nivel autoevaluado y nivel calculado',
  selfVsComputedSame: 'La administración se sitúa en el nivel calculado.',
  selfVsComputedMissing: 'No se indicó el nivel autoevaluado (A.18).',
  historyTableTitle: 'Historial de las evaluaciones',
};
