import { CountryComparisonQuerySchema, CountryComparisonResponseSchema } from '../schemas/country-comparison.js';
import { filterValue } from '../exports/tabular.js';
import { defineView, SMALL_CELLS } from './view.js';

export const countryComparisonView = defineView({
  route: 'analytics/countries/compare',
  access: 'signed-in',
  query: CountryComparisonQuerySchema,
  response: CountryComparisonResponseSchema,
  export: {
    name: 'country-comparison',
    title: {
      en: 'Countries compared: latest index and dimensions against their regions',
      fr: 'Pays comparés : dernier indice et dimensions face à leurs régions',
      es: 'Países comparados: último índice y dimensiones frente a sus regiones',
      ar: 'مقارنة البلدان: آخر مؤشر والأبعاد مقارنةً بمناطقها',
    },
    list: 'rows',
    counts: 'assessments',
    fileName: (f) => [String(filterValue(f, 'countries') ?? '').replaceAll(',', '-'), filterValue(f, 'grouping')],
  },
  summary: `2 to 6 countries side by side: each one’s trajectory (overall index of its counted assessments), its newest dimension scores against its region’s means in that year, and its largest gaps. Access as the country profile: national users may name their own country and those that share their figures with members (403 naming iso3 otherwise); the region means are the protected cells of the maturity view.${SMALL_CELLS}`,
  refusedFilters: ', or a country that keeps its figures confidential (the message names iso3)',
  notFound: 'Unknown grouping (analysts and admins)',
  clientParams: ['countries', 'grouping', 'status', 'methodology'],
  queryKey: 'country-comparison',
});
