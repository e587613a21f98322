import { GapsResponseSchema, YearQuerySchema } from '../schemas/analytics.js';
import { TABULAR_EXPORTS } from '../exports/tabular.js';
import { defineView, SMALL_CELLS } from './view.js';

export const gapsView = defineView({
  route: 'analytics/gaps',
  access: 'signed-in',
  query: YearQuerySchema,
  response: GapsResponseSchema,
  export: TABULAR_EXPORTS.gaps,
  summary: `Per region and scored item: assessments it applies to, and those below 0.5 points.${SMALL_CELLS}`,
  notFound: 'Unknown grouping (analysts and admins) or country',
  clientParams: ['grouping', 'year', 'status'],
  queryKey: 'gaps',
});
