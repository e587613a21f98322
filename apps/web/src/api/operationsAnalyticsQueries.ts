import type { Activity, Commodity, MethodologyVersion, OutcomeMetric, Programme } from '@cpc/domain';
import type { StatusFilter } from '../url/pageState';
import { viewExport, viewPath, viewQuery } from './analyticsViews';
import type { ExportSource } from './exportSource';

export interface OperationsAnalyticsParams {
  grouping: string;
  from: number;
  to: number;
  programme: Programme | null;
  activity: Activity | null;
  commodity: Commodity | null;
  /** The scoring methodology; null or left out for the default version an admin adopted. */
  methodology?: MethodologyVersion | null;
}

export const operationsAnalyticsPath = (params: OperationsAnalyticsParams): string => viewPath('operations', params);
export const operationsAnalyticsExport = (params: OperationsAnalyticsParams): ExportSource =>
  viewExport('operations', params);

/** Each region's operational outcomes, year by year, with the whole grouping as region ALL. */
export const operationsAnalyticsQuery = (params: OperationsAnalyticsParams) => viewQuery('operations', params);

export type ParticipationParams = Omit<OperationsAnalyticsParams, 'commodity'>;

export const participationPath = (params: ParticipationParams): string => viewPath('participation', params);
export const participationExport = (params: ParticipationParams): ExportSource => viewExport('participation', params);

/** How many operations each country took part in, and reported on (a national user: their own country). */
export const participationQuery = (params: ParticipationParams) => viewQuery('participation', params);

export interface MaturityVsOutcomesParams {
  grouping: string;
  year: number;
  metric: OutcomeMetric;
  status: StatusFilter;
  /** The scoring methodology; null or left out for the default version an admin adopted. */
  methodology?: MethodologyVersion | null;
}

export const maturityVsOutcomesPath = (params: MaturityVsOutcomesParams): string =>
  viewPath('maturityVsOutcomes', params);
export const maturityVsOutcomesExport = (params: MaturityVsOutcomesParams): ExportSource =>
  viewExport('maturityVsOutcomes', params);

/** Each country's overall index against one outcome of its year's operations, with the correlations. */
export const maturityVsOutcomesQuery = (params: MaturityVsOutcomesParams) => viewQuery('maturityVsOutcomes', params);

/** The results of the register's joint units: a grouping and a span of end years (no programme or commodity). */
export type UnitOutcomesParams = Pick<OperationsAnalyticsParams, 'grouping' | 'from' | 'to' | 'methodology'>;

export const operationUnitsExport = (params: UnitOutcomesParams): ExportSource => viewExport('operationUnits', params);

/** Per region (with ALL), end year and joint-unit type: results, arrests and seizure cases (protected for some). */
export const operationUnitsQuery = (params: UnitOutcomesParams) => viewQuery('operationUnits', params);

export const unitOutcomesExport = (params: UnitOutcomesParams): ExportSource => viewExport('unitOutcomes', params);

/** Each joint unit's results in the span (a national user: their own country's and those shared with them). */
export const unitOutcomesQuery = (params: UnitOutcomesParams) => viewQuery('unitOutcomes', params);
