import { operationsSubject } from '../exports/labels/titles.js';
import { OperationsAnalyticsQuerySchema, ParticipationResponseSchema } from '../schemas/operations-analytics.js';
import { filterValue, yearSpan } from '../exports/tabular.js';
import { OPERATIONS_FILTERS_REFUSED } from './operations.js';
import { defineView, SHARED_COUNTRIES } from './view.js';

export const participationView = defineView({
  route: 'analytics/operations/participation',
  access: 'signed-in',
  query: OperationsAnalyticsQuerySchema,
  response: ParticipationResponseSchema,
  export: {
    name: 'participation',
    title: {
      en: 'Participation in operations by country',
      fr: 'Participation aux opérations par pays',
      es: 'Participación en operaciones por país',
      ar: 'المشاركة في العمليات حسب البلد',
    },
    subject: operationsSubject,
    list: 'items',
    counts: 'operations',
    fileName: (f) => [filterValue(f, 'grouping'), yearSpan(f)],
  },
  summary: `Operations each member country took part in, and reported (the participation map). ${SHARED_COUNTRIES}`,
  refusedFilters: OPERATIONS_FILTERS_REFUSED,
  notFound: 'Unknown grouping (analysts and admins)',
  clientParams: ['grouping', 'from', 'to', 'programme', 'activity', 'methodology'],
  queryKey: 'operations-participation',
});
