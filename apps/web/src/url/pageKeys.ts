import type { StateKey } from './pageState';

/** The parts of the state each analytics page reads from, and writes to, its address. */
export const PAGE_KEYS = {
  overview: [
    'grouping',
    'from',
    'to',
    'lang',
    'status',
    'dimension',
    'band',
    'allMembers',
    'kind',
    'region',
    'methodology',
  ],
  compare: ['grouping', 'from', 'to', 'year', 'lang', 'status', 'region', 'methodology'],
  map: ['grouping', 'year', 'lang', 'status', 'metric', 'methodology'],
  gaps: ['grouping', 'year', 'lang', 'status', 'region', 'methodology'],
  profile: ['grouping', 'lang', 'status', 'methodology'],
  operationsDashboard: ['grouping', 'from', 'to', 'lang', 'programme', 'activity', 'commodity', 'region', 'detailYear'],
  maturityVsOutcomes: ['grouping', 'year', 'lang', 'status', 'outcome', 'methodology'],
  /** v1 and v2 side by side: both versions at once, so no methodology of its own. */
  methodologyComparison: ['grouping', 'year', 'lang', 'status', 'country'],
} as const satisfies Record<string, readonly StateKey[]>;
