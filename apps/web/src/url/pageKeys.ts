import type { StateKey } from './pageState';

/** The parts of the state each analytics page reads from, and writes to, its address. */
export const PAGE_KEYS = {
  overview: ['grouping', 'from', 'to', 'lang', 'status', 'dimension', 'band', 'allMembers', 'kind', 'region'],
  compare: ['grouping', 'from', 'to', 'year', 'lang', 'status', 'region'],
  map: ['grouping', 'year', 'lang', 'status', 'metric'],
  gaps: ['grouping', 'year', 'lang', 'status', 'region'],
  profile: ['grouping', 'lang', 'status'],
  operationsDashboard: ['grouping', 'from', 'to', 'lang', 'programme', 'activity', 'commodity', 'region', 'detailYear'],
  maturityVsOutcomes: ['grouping', 'year', 'lang', 'status', 'outcome'],
} as const satisfies Record<string, readonly StateKey[]>;
