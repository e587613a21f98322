/** Every page of the app. Parameters come from the path; filters and the language from the query string. */
export type Route =
  | { name: 'login' }
  | { name: 'overview' }
  | { name: 'compare' }
  | { name: 'map' }
  | { name: 'gaps' }
  | { name: 'compareCountries' }
  | { name: 'country'; iso3: string }
  | { name: 'countryReport'; iso3: string }
  | { name: 'actionPlan'; iso3: string }
  | { name: 'actionPlans' }
  | { name: 'groupings' }
  | { name: 'assessments' }
  | { name: 'assessment'; id: string }
  | { name: 'history'; id: string }
  | { name: 'review' }
  | { name: 'import' }
  | { name: 'operations' }
  | { name: 'operation'; id: string }
  | { name: 'operationsImport' }
  | { name: 'operationsDashboard' }
  | { name: 'maturityVsOutcomes' }
  | { name: 'methodology' }
  | { name: 'methodologyGuide' }
  | { name: 'instruments' }
  | { name: 'instrumentsDashboard' }
  | { name: 'notFound' };

export type RouteName = Route['name'];

type Params = Record<string, string>;

const PATTERNS: readonly { pattern: string; toRoute: (params: Params) => Route }[] = [
  { pattern: '/', toRoute: () => ({ name: 'overview' }) },
  { pattern: '/compare', toRoute: () => ({ name: 'compare' }) },
  { pattern: '/map', toRoute: () => ({ name: 'map' }) },
  { pattern: '/gaps', toRoute: () => ({ name: 'gaps' }) },
  { pattern: '/methodology', toRoute: () => ({ name: 'methodology' }) },
  { pattern: '/help/methodology', toRoute: () => ({ name: 'methodologyGuide' }) },
  // Before '/countries/:iso3', which would take this word for a country code.
  { pattern: '/countries/compare', toRoute: () => ({ name: 'compareCountries' }) },
  { pattern: '/countries/:iso3', toRoute: (p) => ({ name: 'country', iso3: (p.iso3 ?? '').toUpperCase() }) },
  {
    pattern: '/countries/:iso3/report',
    toRoute: (p) => ({ name: 'countryReport', iso3: (p.iso3 ?? '').toUpperCase() }),
  },
  { pattern: '/countries/:iso3/plan', toRoute: (p) => ({ name: 'actionPlan', iso3: (p.iso3 ?? '').toUpperCase() }) },
  { pattern: '/action-plans', toRoute: () => ({ name: 'actionPlans' }) },
  { pattern: '/groupings', toRoute: () => ({ name: 'groupings' }) },
  { pattern: '/login', toRoute: () => ({ name: 'login' }) },
  { pattern: '/assessments', toRoute: () => ({ name: 'assessments' }) },
  { pattern: '/assessments/:id', toRoute: (p) => ({ name: 'assessment', id: p.id ?? '' }) },
  { pattern: '/assessments/:id/history', toRoute: (p) => ({ name: 'history', id: p.id ?? '' }) },
  { pattern: '/review', toRoute: () => ({ name: 'review' }) },
  { pattern: '/import', toRoute: () => ({ name: 'import' }) },
  { pattern: '/operations', toRoute: () => ({ name: 'operations' }) },
  // Before '/operations/:id', which would take these words for an id.
  { pattern: '/operations/import', toRoute: () => ({ name: 'operationsImport' }) },
  { pattern: '/operations/dashboard', toRoute: () => ({ name: 'operationsDashboard' }) },
  { pattern: '/operations/maturity-vs-outcomes', toRoute: () => ({ name: 'maturityVsOutcomes' }) },
  { pattern: '/operations/:id', toRoute: (p) => ({ name: 'operation', id: p.id ?? '' }) },
  { pattern: '/instruments', toRoute: () => ({ name: 'instruments' }) },
  { pattern: '/instruments/dashboard', toRoute: () => ({ name: 'instrumentsDashboard' }) },
];

function segments(path: string): string[] {
  return path.split('/').filter((s) => s.length > 0);
}

function decode(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

/** The parameters of `pathname` when it fits `pattern` (":name" matches one non-empty segment), else null. */
export function matchPath(pattern: string, pathname: string): Params | null {
  const expected = segments(pattern);
  const actual = segments(pathname);
  if (expected.length !== actual.length) return null;
  const params: Params = {};
  for (const [i, part] of expected.entries()) {
    const value = actual[i] ?? '';
    if (part.startsWith(':')) {
      const decoded = decode(value);
      if (decoded === null) return null;
      params[part.slice(1)] = decoded;
    } else if (part !== value) {
      return null;
    }
  }
  return params;
}

/** The page a path shows; a trailing slash is ignored, and anything unknown is the not-found page. */
export function matchRoute(pathname: string): Route {
  for (const { pattern, toRoute } of PATTERNS) {
    const params = matchPath(pattern, pathname);
    if (params) return toRoute(params);
  }
  return { name: 'notFound' };
}

/** Paths of the app's pages, so no component spells a URL by hand. */
export const paths = {
  overview: () => '/',
  compare: () => '/compare',
  map: () => '/map',
  gaps: () => '/gaps',
  methodology: () => '/methodology',
  methodologyGuide: () => '/help/methodology',
  compareCountries: () => '/countries/compare',
  country: (iso3: string) => `/countries/${encodeURIComponent(iso3)}`,
  countryReport: (iso3: string) => `/countries/${encodeURIComponent(iso3)}/report`,
  actionPlan: (iso3: string) => `/countries/${encodeURIComponent(iso3)}/plan`,
  actionPlans: () => '/action-plans',
  groupings: () => '/groupings',
  login: () => '/login',
  assessments: () => '/assessments',
  assessment: (id: string) => `/assessments/${encodeURIComponent(id)}`,
  history: (id: string) => `/assessments/${encodeURIComponent(id)}/history`,
  review: () => '/review',
  import: () => '/import',
  operations: () => '/operations',
  operation: (id: string) => `/operations/${encodeURIComponent(id)}`,
  operationsImport: () => '/operations/import',
  operationsDashboard: () => '/operations/dashboard',
  maturityVsOutcomes: () => '/operations/maturity-vs-outcomes',
  instruments: () => '/instruments',
  instrumentsDashboard: () => '/instruments/dashboard',
};
