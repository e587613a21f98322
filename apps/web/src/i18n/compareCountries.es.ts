import type { CompareCountriesMessages } from './compareCountries.en';

export const compareCountriesEs: CompareCountriesMessages = {
  navCompareCountries: 'Comparar países',
  compareCountriesTitle: 'Comparar países',
  compareCountriesIntro:
    'De dos a seis administraciones lado a lado: su índice global a lo largo de los años, sus últimas puntuaciones por dimensión frente a la media de su región el mismo año, y las preguntas más alejadas del nivel más alto en su última evaluación.',
  compareCountriesChosen: 'Países comparados',
  compareCountriesAdd: 'Añadir un país',
  compareCountriesRemove: 'Quitar {country}',
  compareCountriesNeedMore: 'Elija al menos dos países para comparar (seis como máximo).',
  compareCountriesFull: 'Se comparan seis países, el máximo de esta página: quite uno para añadir otro.',
  compareCountriesNationalNote:
    'Su cuenta solo ve en detalle su propio país ({country}) y los países que comparten sus cifras con los miembros: solo estos pueden compararse. Los demás países aparecen en las vistas regionales.',
  compareTrajectoriesTitle: 'Índice global de madurez a lo largo de los años',
  compareTrajectoriesDescription:
    'Gráfico de líneas, una línea por país, cada una con su color, marcador y trazo; un marcador relleno es una evaluación validada, uno hueco una evaluación presentada.',
  compareDimensionsTitle: 'Puntuaciones por dimensión de la última evaluación, frente a la media de cada región',
  compareDimensionsDescription:
    'Un panel por dimensión: una barra por país y una marca negra para la media de su región en el año de su última evaluación.',
  compareRegionMean: 'Media de la región',
  compareTableTitle: 'Últimas cifras y medias de las regiones',
  compareNewestYear: 'Última evaluación',
  compareGapCount: 'Carencias',
  compareGapsTitle: 'Principales carencias de la última evaluación',
  compareGapsNone: 'Ninguna carencia en la última evaluación.',
  compareGapsMore: '{count, plural, one {y # carencia más} other {y # carencias más}}',
  compareGapPoints: '{points} de 1 punto',
  compareNoAssessment: 'Ninguna evaluación contabilizada',
  compareAction: 'Comparar',
  compareActionLabel: 'Comparar {country} con otros países',
  searchLabel: 'Buscar un país',
  searchPlaceholder: 'País o código ISO',
  searchResults:
    '{count, plural, =0 {Ningún país encontrado} one {# país encontrado, use las flechas} other {# países encontrados, use las flechas}}',
  searchNoResult: 'Ningún país encontrado',
};
