import type { MethodologyVersion } from '@cpc/domain';
import { viewExport, viewQuery } from './analyticsViews';
import type { ExportSource } from './exportSource';

export interface InstrumentsAnalyticsParams {
  grouping: string;
  from: number;
  to: number;
  /** The register has no score; the request names the methodology as the other views do. */
  methodology?: MethodologyVersion | null;
}

export const instrumentsAnalyticsExport = (params: InstrumentsAnalyticsParams): ExportSource =>
  viewExport('instruments', params);

/** Each region's instruments, year by year, with the whole grouping as region ALL. */
export const instrumentsAnalyticsQuery = (params: InstrumentsAnalyticsParams) => viewQuery('instruments', params);
