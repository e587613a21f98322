import type { Dimension, MethodologyVersion } from '@cpc/domain';
import type { StatusFilter } from '../url/pageState';
import { viewExport, viewPath, viewQuery } from './analyticsViews';
import type { ExportSource } from './exportSource';

export interface MaturityParams {
  grouping: string;
  from: number;
  to: number;
  /** A dimension's score in place of the overall index. */
  dimension?: Dimension | null;
  status?: StatusFilter;
  /** The scoring methodology; null or left out for the default version an admin adopted. */
  methodology?: MethodologyVersion | null;
}

/** The query key's values: no dimension is the overall index, no status counts submitted and validated. */
const withDefaults = ({ dimension = null, status = 'counted', methodology = null, ...rest }: MaturityParams) => ({
  ...rest,
  dimension,
  status,
  methodology,
});

export const maturityPath = (params: MaturityParams): string => viewPath('maturity', params);

/** The maturity figures as a file: the same query, named like the API's file. */
export const maturityExport = (params: MaturityParams): ExportSource => viewExport('maturity', params);

export const maturityQuery = (params: MaturityParams) => viewQuery('maturity', withDefaults(params));
