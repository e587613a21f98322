import { GapsResponseSchema, YearQuerySchema } from '../schemas/analytics.js';
import { filterValue } from '../exports/tabular.js';
import { defineView, SMALL_CELLS } from './view.js';

export const gapsView = defineView({
  route: 'analytics/gaps',
  access: 'signed-in',
  query: YearQuerySchema,
  response: GapsResponseSchema,
  export: {
    name: 'gaps',
    title: {
      en: 'Gaps by region and scored item',
      fr: 'Lacunes par région et par question notée',
      es: 'Carencias por región y pregunta puntuada',
      ar: 'الثغرات حسب المنطقة والسؤال المُقيَّم بالنقاط',
    },
    list: 'items',
    counts: 'assessments',
    fileName: (f) => [filterValue(f, 'grouping'), filterValue(f, 'year')],
  },
  summary: `Per region and scored item: assessments it applies to, and those below 0.5 points.${SMALL_CELLS}`,
  notFound: 'Unknown grouping (analysts and admins) or country',
  clientParams: ['grouping', 'year', 'status', 'methodology'],
  queryKey: 'gaps',
});
