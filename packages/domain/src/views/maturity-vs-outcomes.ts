import { metricSubject } from '../exports/labels/titles.js';
import { MaturityVsOutcomesQuerySchema, MaturityVsOutcomesResponseSchema } from '../schemas/operations-analytics.js';
import { filterValue } from '../exports/tabular.js';
import { OPERATIONS_FILTERS_REFUSED } from './operations.js';
import { defineView } from './view.js';

export const maturityVsOutcomesView = defineView({
  route: 'analytics/maturity-vs-outcomes',
  access: 'signed-in',
  query: MaturityVsOutcomesQuerySchema,
  response: MaturityVsOutcomesResponseSchema,
  export: {
    name: 'maturity-vs-outcomes',
    title: {
      en: 'Maturity index against operational outcomes by country',
      fr: 'Indice de maturité et résultats opérationnels par pays',
      es: 'Índice de madurez frente a resultados operativos por país',
      ar: 'مؤشر النضج مقابل النتائج العملياتية حسب البلد',
    },
    subject: metricSubject,
    list: 'points',
    counts: 'assessmentsAndOperations',
    fileName: (f) => [filterValue(f, 'grouping'), filterValue(f, 'year'), filterValue(f, 'metric')],
    summary: ['pearson', 'spearman', 'n', 'excluded'],
  },
  summary:
    'Overall index against an outcome per country for one end year, with Pearson, Spearman and n. National users: their own point and those of the countries that share their figures with members; the coefficients and n only from 10 points, excluded null.',
  refusedFilters: OPERATIONS_FILTERS_REFUSED,
  notFound: 'Unknown grouping (analysts and admins)',
  clientParams: ['grouping', 'year', 'metric', 'status', 'methodology'],
  queryKey: 'maturity-vs-outcomes',
});
