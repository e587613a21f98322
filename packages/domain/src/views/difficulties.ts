import { DifficultiesResponseSchema, YearQuerySchema } from '../schemas/analytics.js';
import { TABULAR_EXPORTS } from '../exports/tabular.js';
import { defineView, SMALL_CELLS } from './view.js';

export const difficultiesView = defineView({
  route: 'analytics/difficulties',
  access: 'signed-in',
  query: YearQuerySchema,
  response: DifficultiesResponseSchema,
  export: TABULAR_EXPORTS.difficulties,
  summary: `Frequencies of the difficulties of A.17 per region.${SMALL_CELLS}`,
  notFound: 'Unknown grouping (analysts and admins) or country',
  clientParams: ['grouping', 'year', 'status'],
  queryKey: 'difficulties',
});
