import { CountryListQuerySchema, CurrentAssessmentsResponseSchema } from '../schemas/analytics.js';
import { filterValue } from '../exports/tabular.js';
import { defineView } from './view.js';

export const currentAssessmentsView = defineView({
  route: 'analytics/countries',
  access: 'signed-in',
  query: CountryListQuerySchema,
  response: CurrentAssessmentsResponseSchema,
  export: {
    name: 'countries',
    title: {
      en: 'Current assessments by country',
      fr: 'Évaluations en vigueur par pays',
      es: 'Evaluaciones vigentes por país',
      ar: 'التقييمات السارية حسب البلد',
    },
    list: 'items',
    counts: 'assessments',
    fileName: (f) => [filterValue(f, 'grouping'), filterValue(f, 'region'), filterValue(f, 'year')],
  },
  summary:
    'Each member country’s current assessment in a year, with its scores (the map). Country details: national users get their own country and those that share their figures with members.',
  notFound: 'Unknown grouping (analysts and admins), or a region the grouping does not have',
  clientParams: ['grouping', 'year', 'region', 'status', 'methodology', 'limit', 'offset'],
  queryKey: 'current-assessments',
});
