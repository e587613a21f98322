import { operationsSubject } from '../exports/labels/titles.js';
import { OperationsAnalyticsQuerySchema, OperationsAnalyticsResponseSchema } from '../schemas/operations-analytics.js';
import { filterValue, yearSpan } from '../exports/tabular.js';
import { defineView } from './view.js';

/** What national users may not filter operations by (they get unfiltered, protected figures only). */
export const OPERATIONS_FILTERS_REFUSED =
  ', or a programme, activity or commodity filter (analysts and admins only; the message names it)';

export const operationsView = defineView({
  route: 'analytics/operations',
  access: 'signed-in',
  query: OperationsAnalyticsQuerySchema,
  response: OperationsAnalyticsResponseSchema,
  export: {
    name: 'operations',
    title: {
      en: 'Operational outcomes by region and end year',
      fr: 'Résultats opérationnels par région et par année de fin',
      es: 'Resultados operativos por región y año de finalización',
      ar: 'النتائج العملياتية حسب المنطقة وسنة الانتهاء',
    },
    subject: operationsSubject,
    list: 'series',
    counts: 'operations',
    fileName: (f) => [filterValue(f, 'grouping'), yearSpan(f)],
  },
  summary:
    'Operational outcomes per region and end year, with ALL. Quantities per commodity and unit, never added across units. For coordinators and viewers (protected: true), rows of fewer than 3 reporting countries are withheld (null, suppressed: true) and the others perturbed within published bounds.',
  refusedFilters: OPERATIONS_FILTERS_REFUSED,
  notFound: 'Unknown grouping (analysts and admins)',
  clientParams: ['grouping', 'from', 'to', 'programme', 'activity', 'commodity', 'methodology'],
  queryKey: 'operations-analytics',
});
