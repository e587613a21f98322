import { queryOptions } from '@tanstack/react-query';
import {
  COUNTRY_PAGE,
  laterPageOffsets,
  MAP_PAGE,
  type CurrentAssessmentsResponse,
  type MapMetric,
  type MethodologyVersion,
} from '@cpc/domain';
import type { LevelKind, StatusFilter } from '../url/pageState';
import { viewExport, viewPath, viewQuery, viewQueryKey } from './analyticsViews';
import { fetchJson } from './fetchJson';
import type { ExportSource } from './exportSource';

export interface LevelsParams {
  grouping: string;
  from: number;
  to: number;
  kind: LevelKind;
  status: StatusFilter;
  /** The scoring methodology; null or left out for the default version an admin adopted. */
  methodology?: MethodologyVersion | null;
}

export const levelsPath = (params: LevelsParams): string => viewPath('levels', params);
export const levelsExport = (params: LevelsParams): ExportSource => viewExport('levels', params);

/** How many administrations of each region and year are at each level of the continuum, or not assessed. */
export const levelsQuery = (params: LevelsParams) => viewQuery('levels', params);

export interface YearParams {
  grouping: string;
  year: number;
  status: StatusFilter;
  /** The scoring methodology; null or left out for the default version an admin adopted. */
  methodology?: MethodologyVersion | null;
}

export const gapsPath = (params: YearParams) => viewPath('gaps', params);
export const difficultiesPath = (params: YearParams) => viewPath('difficulties', params);
export const currentAssessmentsPath = (params: YearParams & { limit?: number; offset?: number }) =>
  viewPath('currentAssessments', params);

export const gapsExport = (params: YearParams): ExportSource => viewExport('gaps', params);
export const difficultiesExport = (params: YearParams): ExportSource => viewExport('difficulties', params);
export const currentAssessmentsExport = (params: YearParams): ExportSource => viewExport('currentAssessments', params);

/** The share of each region's assessed administrations with a gap on each scored item. */
export const gapsQuery = (params: YearParams) => viewQuery('gaps', params);

/** The share of each region's assessed administrations that report each difficulty of A.17. */
export const difficultiesQuery = (params: YearParams) => viewQuery('difficulties', params);

/**
 * One figure of the current assessment of each member of a page of a region's members, for the map (a national
 * account gets its own country only).
 */
export const mapValuesQuery = (params: YearParams & { metric: MapMetric; region: string; offset: number }) =>
  viewQuery('mapValues', { ...params, limit: MAP_PAGE.default });

/**
 * Each country's current assessment in a year (a national account gets its own country only), of every member:
 * the API answers a page of members at a time, the largest it gives asked for, and a grouping of more members
 * than that takes several.
 */
export const currentAssessmentsQuery = (params: YearParams) =>
  queryOptions({
    queryKey: viewQueryKey('currentAssessments', params),
    queryFn: ({ signal }) =>
      everyPage((offset) =>
        fetchJson<CurrentAssessmentsResponse>(currentAssessmentsPath({ ...params, limit: COUNTRY_PAGE.max, offset }), {
          signal,
        }),
      ),
  });

/** The pages of the list from the first, their items joined, as one answer. */
async function everyPage(
  page: (offset: number) => Promise<CurrentAssessmentsResponse>,
): Promise<CurrentAssessmentsResponse> {
  const first = await page(0);
  const items = [...first.items];
  for (const offset of laterPageOffsets(first)) items.push(...(await page(offset)).items);
  return { ...first, items, limit: null };
}
