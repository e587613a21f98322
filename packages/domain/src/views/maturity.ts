import { MaturityQuerySchema, MaturityResponseSchema } from '../schemas/analytics.js';
import { TABULAR_EXPORTS } from '../exports/tabular.js';
import { defineView, SMALL_CELLS } from './view.js';

export const maturityView = defineView({
  route: 'analytics/maturity',
  access: 'signed-in',
  query: MaturityQuerySchema,
  response: MaturityResponseSchema,
  export: TABULAR_EXPORTS.maturity,
  summary: `Overall index (or one dimension) statistics per region and year over the current assessments.${SMALL_CELLS}`,
  notFound: 'Unknown grouping (analysts and admins) or country',
  clientParams: ['grouping', 'from', 'to', 'dimension', 'status'],
  queryKey: 'maturity',
});
