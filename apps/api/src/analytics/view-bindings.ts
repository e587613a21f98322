import { ANALYTICS_VIEWS, type AnalyticsView, type AnalyticsViewName } from '@cpc/domain';
import type { Type } from '@nestjs/common';
import { ActionsByRegion } from './use-cases/actions-by-region.js';
import { GapClosureByRegion } from './use-cases/gap-closure-by-region.js';
import { CountriesCompared } from './use-cases/countries-compared.js';
import { CurrentAssessmentsByCountry } from './use-cases/current-assessments-by-country.js';
import { DifficultiesByRegion } from './use-cases/difficulties-by-region.js';
import { GapsByRegion } from './use-cases/gaps-by-region.js';
import { InstrumentsByRegion } from './use-cases/instruments-by-region.js';
import { LevelsByRegion } from './use-cases/levels-by-region.js';
import { MaturityByRegion } from './use-cases/maturity-by-region.js';
import { MapValuesByCountry } from './use-cases/map-values-by-country.js';
import { MaturityVsOutcomes } from './use-cases/maturity-vs-outcomes.js';
import { OperationUnitsByRegion } from './use-cases/operation-units-by-region.js';
import { OperationsByRegion } from './use-cases/operations-by-region.js';
import { ParticipationByCountry } from './use-cases/participation-by-country.js';
import { UnitOutcomesByUnit } from './use-cases/unit-outcomes-by-unit.js';
import { ActionPlansAnalyticsRepository } from './action-plans.repository.js';
import { CurrentAssessmentsRepository } from './current-assessments.repository.js';
import { DifficultiesRepository } from './difficulties.repository.js';
import { GapsRepository } from './gaps.repository.js';
import { InstrumentsAnalyticsRepository } from './instruments.repository.js';
import { MaturityRepository } from './maturity.repository.js';
import { OperationsAnalyticsRepository } from './operations-analytics.repository.js';
import { OperationUnitsRepository } from './operation-units.repository.js';
import { ProfileRepository } from '../profiles/profile.repository.js';
import { viewController, type ViewUseCaseClass } from './view-controller.js';

type Bindings = { [Name in AnalyticsViewName]: ViewUseCaseClass<(typeof ANALYTICS_VIEWS)[Name]> };

/** The use case that answers each analytics view; a view without one does not compile. */
const USE_CASES: Bindings = {
  maturity: MaturityByRegion,
  levels: LevelsByRegion,
  gaps: GapsByRegion,
  difficulties: DifficultiesByRegion,
  currentAssessments: CurrentAssessmentsByCountry,
  mapValues: MapValuesByCountry,
  operations: OperationsByRegion,
  participation: ParticipationByCountry,
  maturityVsOutcomes: MaturityVsOutcomes,
  instruments: InstrumentsByRegion,
  operationUnits: OperationUnitsByRegion,
  unitOutcomes: UnitOutcomesByUnit,
  actions: ActionsByRegion,
  gapClosure: GapClosureByRegion,
  countryComparison: CountriesCompared,
};

const names = Object.keys(ANALYTICS_VIEWS) as AnalyticsViewName[];

/** One controller per view, in the declarations' order. */
export const VIEW_CONTROLLERS: Type<unknown>[] = names.map((name) =>
  viewController(ANALYTICS_VIEWS[name] as AnalyticsView, USE_CASES[name] as ViewUseCaseClass<AnalyticsView>),
);

/** The use cases, as Nest providers. */
export const VIEW_USE_CASES: Type<unknown>[] = names.map((name) => USE_CASES[name]);

/** The repositories the use cases read, as Nest providers: a new view's repository is listed here. */
export const VIEW_REPOSITORIES: Type<unknown>[] = [
  MaturityRepository,
  GapsRepository,
  DifficultiesRepository,
  CurrentAssessmentsRepository,
  OperationsAnalyticsRepository,
  InstrumentsAnalyticsRepository,
  OperationUnitsRepository,
  ActionPlansAnalyticsRepository,
  // The country comparison reads countries with the profile's queries.
  ProfileRepository,
];
