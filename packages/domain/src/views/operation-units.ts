import { OperationUnitsResponseSchema, YearSpanQuerySchema } from '../schemas/instruments-analytics.js';
import { filterValue, yearSpan } from '../exports/tabular.js';
import { defineView } from './view.js';

export const operationUnitsView = defineView({
  route: 'analytics/operations/units',
  access: 'signed-in',
  query: YearSpanQuerySchema,
  response: OperationUnitsResponseSchema,
  export: {
    name: 'operation-units',
    title: {
      en: 'Operational outcomes by region, end year and joint unit type',
      fr: 'Résultats opérationnels par région, année de fin et type d’unité mixte',
      es: 'Resultados operativos por región, año de finalización y tipo de unidad conjunta',
      ar: 'النتائج العملياتية حسب المنطقة وسنة الانتهاء ونوع الوحدة المشتركة',
    },
    list: 'series',
    counts: 'operations',
    fileName: (f) => [filterValue(f, 'grouping'), yearSpan(f)],
  },
  summary:
    'The results achieved by joint units of the register, per region, end year and unit type, with ALL: results, arrests and seizure cases. For coordinators and viewers (protected: true), cells of fewer than 3 reporting countries are withheld (null, suppressed: true) and the others perturbed within published bounds.',
  notFound: 'Unknown grouping (analysts and admins)',
  clientParams: ['grouping', 'from', 'to', 'methodology'],
  queryKey: 'operation-units-analytics',
});
