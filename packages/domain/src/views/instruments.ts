import { InstrumentsAnalyticsResponseSchema, YearSpanQuerySchema } from '../schemas/instruments-analytics.js';
import { filterValue, yearSpan } from '../exports/tabular.js';
import { defineView } from './view.js';

export const instrumentsView = defineView({
  route: 'analytics/instruments',
  access: 'signed-in',
  query: YearSpanQuerySchema,
  response: InstrumentsAnalyticsResponseSchema,
  export: {
    name: 'instruments',
    title: {
      en: 'Cooperation instruments by region and year',
      fr: 'Instruments de coopération par région et par année',
      es: 'Instrumentos de cooperación por región y año',
      ar: 'أدوات التعاون حسب المنطقة والسنة',
    },
    list: 'series',
    counts: 'register',
    fileName: (f) => [filterValue(f, 'grouping'), yearSpan(f)],
  },
  summary:
    'Per region (members at 31 December) and year, with ALL: members with an agreement, a committee, liaison officers in force during the year, joint units in force by type, trainings held and their participants, members whose INTERPOL access reaches border points. For coordinators and viewers (protected: true), regions of fewer than 3 members are withheld (null, suppressed: true) and the other figures perturbed within published bounds.',
  notFound: 'Unknown grouping (analysts and admins)',
  clientParams: ['grouping', 'from', 'to', 'methodology'],
  queryKey: 'instruments-analytics',
});
