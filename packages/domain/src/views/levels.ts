import { levelKindSubject } from '../exports/labels/titles.js';
import { LevelsQuerySchema, LevelsResponseSchema } from '../schemas/analytics.js';
import { filterValue, yearSpan } from '../exports/tabular.js';
import { defineView, SMALL_CELLS } from './view.js';

export const levelsView = defineView({
  route: 'analytics/levels',
  access: 'signed-in',
  query: LevelsQuerySchema,
  response: LevelsResponseSchema,
  export: {
    name: 'levels',
    title: {
      en: 'Continuum levels by region and year',
      fr: 'Niveaux du continuum par région et par année',
      es: 'Niveles del continuo por región y año',
      ar: 'مستويات سلسلة التكامل حسب المنطقة والسنة',
    },
    subject: levelKindSubject,
    list: 'series',
    counts: 'assessments',
    fileName: (f) => [filterValue(f, 'grouping'), yearSpan(f), filterValue(f, 'kind')],
  },
  summary: `Distribution over the continuum levels per region and year, with the members not assessed.${SMALL_CELLS}`,
  notFound: 'Unknown grouping (analysts and admins) or country',
  clientParams: ['grouping', 'from', 'to', 'kind', 'status', 'methodology'],
  queryKey: 'levels',
});
