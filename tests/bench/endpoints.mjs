// Every analytics endpoint the growth and cold benchmarks measure, one line per endpoint and filter.
const SPAN = 'grouping=wco&from=2016&to=2026';
/** The operations endpoints, one line per endpoint and filter (the bench data uses every filter value here). */
export const OPERATIONS_ENDPOINTS = [
  ['operations, WCO 2016–2026', `/api/analytics/operations?${SPAN}`],
  ['operations, programme=wco', `/api/analytics/operations?${SPAN}&programme=wco`],
  ['operations, activity=investigation', `/api/analytics/operations?${SPAN}&activity=investigation`],
  ['operations, commodity=cocaine', `/api/analytics/operations?${SPAN}&commodity=cocaine`],
  ['operations, programme+activity', `/api/analytics/operations?${SPAN}&programme=wco&activity=interception`],
  ['operations, activity+commodity', `/api/analytics/operations?${SPAN}&activity=interception&commodity=cocaine`],
  [
    'operations, programme+activity+commodity',
    `/api/analytics/operations?${SPAN}&programme=wco&activity=interception&commodity=cocaine`,
  ],
  ['participation, WCO 2016–2026', `/api/analytics/operations/participation?${SPAN}`],
  ['participation, programme=wco', `/api/analytics/operations/participation?${SPAN}&programme=wco`],
  ['participation, activity=investigation', `/api/analytics/operations/participation?${SPAN}&activity=investigation`],
  ['maturity-vs-outcomes, WCO 2021', '/api/analytics/maturity-vs-outcomes?grouping=wco&year=2021'],
  ['operation units, WCO 2016–2026', `/api/analytics/operations/units?${SPAN}`],
  ['unit outcomes, WCO 2016–2026', `/api/analytics/operations/units/list?${SPAN}`],
];
/** The endpoints that read the assessments, one line each. */
export const ASSESSMENT_ENDPOINTS = [
  ['maturity, WCO 2016–2026', `/api/analytics/maturity?${SPAN}`],
  ['maturity, dimension liaison', `/api/analytics/maturity?${SPAN}&dimension=liaison`],
  ['levels, WCO 2016–2026', `/api/analytics/levels?${SPAN}`],
  ['gaps, WCO 2024', '/api/analytics/gaps?grouping=wco&year=2024'],
  ['difficulties, WCO 2024', '/api/analytics/difficulties?grouping=wco&year=2024'],
  ['countries (list, first page: 250 members), WCO 2024', '/api/analytics/countries?grouping=wco&year=2024'],
  [
    'countries (list, a page deep in the members), WCO 2024',
    '/api/analytics/countries?grouping=wco&year=2024&offset=17000',
  ],
  ['map values, WCO 2024 (first page: 1,000 members)', '/api/analytics/countries/map?grouping=wco&year=2024'],
  [
    'map values, WCO 2024, one region (EUR, first page)',
    '/api/analytics/countries/map?grouping=wco&year=2024&region=EUR',
  ],
  [
    'map values, WCO 2024, a page deep in the members',
    '/api/analytics/countries/map?grouping=wco&year=2024&offset=17000',
  ],
  ['profile, FRA', '/api/countries/FRA/profile?grouping=wco'],
  ['compare FRA, DEU, KEN', '/api/analytics/countries/compare?countries=FRA,DEU,KEN'],
  ['instruments, WCO 2016–2026', `/api/analytics/instruments?${SPAN}`],
  ['actions, WCO 2016–2026', `/api/analytics/actions?${SPAN}`],
  ['gap closure, WCO 2016–2026', `/api/analytics/gap-closure?${SPAN}`],
];
