import type { MethodologyVersion } from '@cpc/domain';
import { viewExport, viewQuery } from './analyticsViews';
import type { ExportSource } from './exportSource';

export interface ActionsAnalyticsParams {
  grouping: string;
  from: number;
  to: number;
  methodology?: MethodologyVersion | null;
}

export const actionsAnalyticsExport = (params: ActionsAnalyticsParams): ExportSource => viewExport('actions', params);

/** Each region's plans, year by year (the state at 31 December), with the whole grouping as region ALL. */
export const actionsAnalyticsQuery = (params: ActionsAnalyticsParams) => viewQuery('actions', params);

export const gapClosureExport = (params: ActionsAnalyticsParams): ExportSource => viewExport('gapClosure', params);

/** Per region and item: the gaps closed at the next assessment, with and without a done action. */
export const gapClosureQuery = (params: ActionsAnalyticsParams) => viewQuery('gapClosure', params);
