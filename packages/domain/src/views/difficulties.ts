import { DifficultiesResponseSchema, YearQuerySchema } from '../schemas/analytics.js';
import { filterValue } from '../exports/tabular.js';
import { defineView, SMALL_CELLS } from './view.js';

export const difficultiesView = defineView({
  route: 'analytics/difficulties',
  access: 'signed-in',
  query: YearQuerySchema,
  response: DifficultiesResponseSchema,
  export: {
    name: 'difficulties',
    title: {
      en: 'Difficulties reported (A.17) by region',
      fr: 'Difficultés signalées (A.17) par région',
      es: 'Dificultades señaladas (A.17) por región',
      ar: 'الصعوبات المبلَّغ عنها (A.17) حسب المنطقة',
    },
    list: 'items',
    counts: 'assessments',
    fileName: (f) => [filterValue(f, 'grouping'), filterValue(f, 'year')],
  },
  summary: `Frequencies of the difficulties of A.17 per region.${SMALL_CELLS}`,
  notFound: 'Unknown grouping (analysts and admins) or country',
  clientParams: ['grouping', 'year', 'status', 'methodology'],
  queryKey: 'difficulties',
});
