import { queryOptions } from '@tanstack/react-query';
import type { DifficultiesResponse, GapsResponse, LevelsResponse, CurrentAssessmentsResponse } from '@cpc/domain';
import type { LevelKind, StatusFilter } from '../url/pageState';
import { yearRange, type ExportSource } from './exportSource';
import { fetchJson } from './fetchJson';
import { setStatusParam } from './maturityQuery';

export interface LevelsParams {
  grouping: string;
  from: number;
  to: number;
  kind: LevelKind;
  status: StatusFilter;
}

export function levelsPath({ grouping, from, to, kind, status }: LevelsParams): string {
  const query = new URLSearchParams({ grouping, from: String(from), to: String(to), kind });
  setStatusParam(query, status);
  return `/api/analytics/levels?${query.toString()}`;
}

export function levelsExport(params: LevelsParams): ExportSource {
  return {
    path: levelsPath(params),
    name: ['levels', params.grouping, yearRange(params.from, params.to), params.kind],
  };
}

/** How many administrations of each region and year are at each level of the continuum, or not assessed. */
export function levelsQuery(params: LevelsParams) {
  return queryOptions({
    queryKey: ['levels', params.grouping, params.from, params.to, params.kind, params.status] as const,
    queryFn: ({ signal }) => fetchJson<LevelsResponse>(levelsPath(params), { signal }),
  });
}

export interface YearParams {
  grouping: string;
  year: number;
  status: StatusFilter;
}

function yearPath(resource: string, { grouping, year, status }: YearParams): string {
  const query = new URLSearchParams({ grouping, year: String(year) });
  setStatusParam(query, status);
  return `/api/analytics/${resource}?${query.toString()}`;
}

export const gapsPath = (params: YearParams) => yearPath('gaps', params);
export const difficultiesPath = (params: YearParams) => yearPath('difficulties', params);
export const currentAssessmentsPath = (params: YearParams) => yearPath('countries', params);

function yearExport(resource: string, params: YearParams): ExportSource {
  return { path: yearPath(resource, params), name: [resource, params.grouping, params.year] };
}

export const gapsExport = (params: YearParams) => yearExport('gaps', params);
export const difficultiesExport = (params: YearParams) => yearExport('difficulties', params);
export const currentAssessmentsExport = (params: YearParams) => yearExport('countries', params);

/** The share of each region's assessed administrations with a gap on each scored item. */
export function gapsQuery(params: YearParams) {
  return queryOptions({
    queryKey: ['gaps', params.grouping, params.year, params.status] as const,
    queryFn: ({ signal }) => fetchJson<GapsResponse>(gapsPath(params), { signal }),
  });
}

/** The share of each region's assessed administrations that report each difficulty of A.17. */
export function difficultiesQuery(params: YearParams) {
  return queryOptions({
    queryKey: ['difficulties', params.grouping, params.year, params.status] as const,
    queryFn: ({ signal }) => fetchJson<DifficultiesResponse>(difficultiesPath(params), { signal }),
  });
}

/** Each country's current assessment in a year (a national account gets its own country only). */
export function currentAssessmentsQuery(params: YearParams) {
  return queryOptions({
    queryKey: ['current-assessments', params.grouping, params.year, params.status] as const,
    queryFn: ({ signal }) => fetchJson<CurrentAssessmentsResponse>(currentAssessmentsPath(params), { signal }),
  });
}
