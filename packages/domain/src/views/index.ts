import { actionsView, gapClosureView } from './action-plans.js';
import { countryComparisonView } from './country-comparison.js';
import { currentAssessmentsView } from './current-assessments.js';
import { difficultiesView } from './difficulties.js';
import { gapsView } from './gaps.js';
import { levelsView } from './levels.js';
import { mapValuesView } from './map-values.js';
import { instrumentsView } from './instruments.js';
import { maturityVsOutcomesView } from './maturity-vs-outcomes.js';
import { maturityView } from './maturity.js';
import { operationUnitsView } from './operation-units.js';
import { operationsView } from './operations.js';
import { participationView } from './participation.js';
import { unitOutcomesView } from './unit-outcomes.js';

export * from './view.js';

/** Every analytics view (GET /api/analytics/*), by name. A new view is declared in its file and listed here. */
export const ANALYTICS_VIEWS = {
  maturity: maturityView,
  levels: levelsView,
  gaps: gapsView,
  difficulties: difficultiesView,
  currentAssessments: currentAssessmentsView,
  mapValues: mapValuesView,
  operations: operationsView,
  participation: participationView,
  maturityVsOutcomes: maturityVsOutcomesView,
  instruments: instrumentsView,
  operationUnits: operationUnitsView,
  unitOutcomes: unitOutcomesView,
  actions: actionsView,
  gapClosure: gapClosureView,
  countryComparison: countryComparisonView,
} as const;
export type AnalyticsViewName = keyof typeof ANALYTICS_VIEWS;
