import { UnitOutcomesResponseSchema, YearSpanQuerySchema } from '../schemas/instruments-analytics.js';
import { filterValue, yearSpan } from '../exports/tabular.js';
import { defineView, SHARED_COUNTRIES } from './view.js';

export const unitOutcomesView = defineView({
  route: 'analytics/operations/units/list',
  access: 'signed-in',
  query: YearSpanQuerySchema,
  response: UnitOutcomesResponseSchema,
  export: {
    name: 'unit-outcomes',
    title: {
      en: 'Operational outcomes by joint unit',
      fr: 'Résultats opérationnels par unité mixte',
      es: 'Resultados operativos por unidad conjunta',
      ar: 'النتائج العملياتية حسب الوحدة المشتركة',
    },
    list: 'items',
    counts: 'operations',
    fileName: (f) => [filterValue(f, 'grouping'), yearSpan(f)],
  },
  summary: `The results each joint unit of the register achieved, operations ending from–to, in the member countries. ${SHARED_COUNTRIES}`,
  notFound: 'Unknown grouping (analysts and admins)',
  clientParams: ['grouping', 'from', 'to', 'methodology'],
  queryKey: 'operation-unit-outcomes',
});
