import { dimensionSubject } from '../exports/labels/titles.js';
import { MaturityQuerySchema, MaturityResponseSchema } from '../schemas/analytics.js';
import { filterValue, yearSpan } from '../exports/tabular.js';
import { defineView, SMALL_CELLS } from './view.js';

export const maturityView = defineView({
  route: 'analytics/maturity',
  access: 'signed-in',
  query: MaturityQuerySchema,
  response: MaturityResponseSchema,
  export: {
    name: 'maturity',
    title: {
      en: 'Maturity index by region and year',
      fr: 'Indice de maturité par région et par année',
      es: 'Índice de madurez por región y año',
      ar: 'مؤشر النضج حسب المنطقة والسنة',
    },
    subject: dimensionSubject,
    list: 'series',
    counts: 'assessments',
    fileName: (f) => [filterValue(f, 'grouping'), yearSpan(f), filterValue(f, 'dimension')],
  },
  summary: `Overall index (or one dimension) statistics per region and year over the current assessments.${SMALL_CELLS}`,
  notFound: 'Unknown grouping (analysts and admins) or country',
  clientParams: ['grouping', 'from', 'to', 'dimension', 'status', 'methodology'],
  queryKey: 'maturity',
});
