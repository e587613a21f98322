import {
  ACTIVITIES,
  COMMODITIES,
  DIMENSIONS,
  METHODOLOGY_VERSIONS,
  MAP_METRICS,
  OUTCOME_METRICS,
  type MapMetric,
  PROGRAMMES,
  type Activity,
  type Commodity,
  type Dimension,
  type MethodologyVersion,
  type OutcomeMetric,
  type Programme,
} from '@cpc/domain';
import { DEFAULT_LANG, langFromSearch, type Lang } from '../i18n/languages';

/** Which assessments the figures count: submitted and validated ones, or validated ones only. */
export type StatusFilter = 'counted' | 'validated';
/** The level a distribution counts: computed from the answers, or chosen by the administration (A.18). */
export type LevelKind = 'computed' | 'self';
/** What the map colours countries by (the domain's list: the map values endpoint takes the same). */
export type { MapMetric };

/** Everything a shared link must reproduce. Each page reads and writes the part it uses (see PAGE_KEYS). */
export interface PageState {
  grouping: string;
  /** The period of a chart over time. */
  from: number;
  to: number;
  /** The single year of a heatmap, a map or a list of gaps; `to` unless the address says otherwise. */
  year: number;
  lang: Lang;
  /** A dimension's score in place of the overall index; null for the overall index. */
  dimension: Dimension | null;
  status: StatusFilter;
  kind: LevelKind;
  metric: MapMetric;
  /** A region picked out by the reader; null for the whole grouping. */
  region: string | null;
  /** Interquartile-range bands drawn around the region lines. */
  band: boolean;
  /** The dashed all-members line. */
  allMembers: boolean;
  /** Operations of one programme, with one joint activity, or with seizures of one commodity; null for all. */
  programme: Programme | null;
  activity: Activity | null;
  commodity: Commodity | null;
  /** The operational outcome set against maturity. */
  outcome: OutcomeMetric;
  /** The year of the seizures and database checks in detail; null for the whole period. */
  detailYear: number | null;
  /** The scoring methodology the figures use; null for the default version an admin adopted. */
  methodology: MethodologyVersion | null;
  /** One country picked out by the reader (ISO alpha-3); null for none. */
  country: string | null;
}

export type StateKey = keyof PageState;

export const DEFAULT_GROUPING = 'wco';
export const DEFAULT_FROM_YEAR = 2016;
/** The questionnaire postdates 2000; earlier years can only be empty. */
export const FIRST_SELECTABLE_YEAR = 2000;

/** No picker passes the current year: a later year can hold no counted data yet. */
export function lastSelectableYear(currentYear: number): number {
  return currentYear;
}

const GROUPING_ID = /^[A-Za-z0-9_-]{1,64}$/;
const REGION_CODE = /^[A-Za-z0-9_-]{1,24}$/;
const ISO3 = /^[A-Z]{3}$/;
const YEAR = /^\d{4}$/;

/** The query-string name of each part of the state. */
const PARAM: Record<StateKey, string> = {
  grouping: 'grouping',
  from: 'from',
  to: 'to',
  year: 'year',
  lang: 'lang',
  dimension: 'dimension',
  status: 'status',
  kind: 'kind',
  metric: 'metric',
  region: 'region',
  band: 'band',
  allMembers: 'all',
  programme: 'programme',
  activity: 'activity',
  commodity: 'commodity',
  outcome: 'outcome',
  detailYear: 'detailYear',
  methodology: 'methodology',
  country: 'country',
};

export function defaultPageState(currentYear: number): PageState {
  return {
    grouping: DEFAULT_GROUPING,
    from: Math.min(DEFAULT_FROM_YEAR, currentYear),
    to: currentYear,
    year: currentYear,
    lang: DEFAULT_LANG,
    dimension: null,
    status: 'counted',
    kind: 'computed',
    metric: 'overall',
    region: null,
    band: false,
    allMembers: false,
    programme: null,
    activity: null,
    commodity: null,
    outcome: 'seizureCases',
    detailYear: null,
    methodology: null,
    country: null,
  };
}

function parseYear(raw: string | null, currentYear: number): number | null {
  if (raw === null || !YEAR.test(raw)) return null;
  const year = Number(raw);
  return year >= FIRST_SELECTABLE_YEAR && year <= lastSelectableYear(currentYear) ? year : null;
}

function parseFlag(raw: string | null, fallback: boolean): boolean {
  if (raw === '1' || raw === 'true') return true;
  if (raw === '0' || raw === 'false') return false;
  return fallback;
}

function isDimension(raw: string | null): raw is Dimension {
  return raw !== null && (DIMENSIONS as readonly string[]).includes(raw);
}

function isMetric(raw: string | null): raw is MapMetric {
  return raw !== null && (MAP_METRICS as readonly string[]).includes(raw);
}

/** `raw` when it is one of `values`, else null. */
export function oneOf<T extends string>(values: readonly T[], raw: string | null): T | null {
  return raw !== null && (values as readonly string[]).includes(raw) ? (raw as T) : null;
}

/**
 * Reads the page state from a query string. Each invalid or missing value falls back to its
 * default on its own, so one bad parameter does not discard the others. A `from` after `to`
 * keeps `to` (the year the reader most likely cares about) and resets `from`.
 */
export function parsePageState(search: string, currentYear: number): PageState {
  const params = new URLSearchParams(search);
  const defaults = defaultPageState(currentYear);
  const get = (key: StateKey) => params.get(PARAM[key]);

  const groupingParam = get('grouping');
  const grouping = groupingParam !== null && GROUPING_ID.test(groupingParam) ? groupingParam : defaults.grouping;
  const to = parseYear(get('to'), currentYear) ?? defaults.to;
  const requestedFrom = parseYear(get('from'), currentYear);
  const from = requestedFrom !== null && requestedFrom <= to ? requestedFrom : Math.min(DEFAULT_FROM_YEAR, to);
  const dimension = get('dimension');
  const metric = get('metric');
  const region = get('region');
  const country = get('country')?.toUpperCase() ?? null;

  return {
    grouping,
    from,
    to,
    year: parseYear(get('year'), currentYear) ?? to,
    // Without a `lang`, the language the reader chose last, which App renders the page in: not always English.
    lang: langFromSearch(search),
    dimension: isDimension(dimension) ? dimension : null,
    status: get('status') === 'validated' ? 'validated' : 'counted',
    kind: get('kind') === 'self' ? 'self' : 'computed',
    metric: isMetric(metric) ? metric : defaults.metric,
    region: region !== null && REGION_CODE.test(region) ? region : null,
    band: parseFlag(get('band'), defaults.band),
    allMembers: parseFlag(get('allMembers'), defaults.allMembers),
    programme: oneOf(PROGRAMMES, get('programme')),
    activity: oneOf(ACTIVITIES, get('activity')),
    commodity: oneOf(COMMODITIES, get('commodity')),
    outcome: oneOf(OUTCOME_METRICS, get('outcome')) ?? defaults.outcome,
    detailYear: parseYear(get('detailYear'), currentYear),
    methodology: oneOf(METHODOLOGY_VERSIONS, get('methodology')),
    country: country !== null && ISO3.test(country) ? country : null,
  };
}

/**
 * A part's value in the address, or null to leave it out. Grouping, years and language are written even
 * at their default, so a shared link does not drift when a default changes (e.g. a new year).
 */
function serializeValue(key: StateKey, state: PageState): string | null {
  switch (key) {
    case 'grouping':
      return state.grouping;
    case 'from':
      return String(state.from);
    case 'to':
      return String(state.to);
    case 'year':
      return String(state.year);
    case 'lang':
      return state.lang;
    case 'dimension':
      return state.dimension;
    case 'status':
      return state.status === 'validated' ? 'validated' : null;
    case 'kind':
      return state.kind === 'self' ? 'self' : null;
    case 'metric':
      return state.metric === 'overall' ? null : state.metric;
    case 'region':
      return state.region;
    case 'band':
      return state.band ? '1' : null;
    case 'allMembers':
      return state.allMembers ? '1' : null;
    case 'programme':
      return state.programme;
    case 'activity':
      return state.activity;
    case 'commodity':
      return state.commodity;
    case 'outcome':
      return state.outcome === 'seizureCases' ? null : state.outcome;
    case 'detailYear':
      return state.detailYear === null ? null : String(state.detailYear);
    case 'methodology':
      // Written once chosen, even the default's version: a link then shows the same figures after another adoption.
      return state.methodology;
    case 'country':
      return state.country;
  }
}

/**
 * Writes the parts of the state a page owns (`keys`) into a query string, keeping the parameters it
 * does not own. Grouping, years and language are always written; the other parts only when they differ
 * from their default, so the address stays short.
 */
export function serializePageState(state: PageState, keys: readonly StateKey[], currentSearch = ''): string {
  const params = new URLSearchParams(currentSearch);
  for (const key of keys) {
    const value = serializeValue(key, state);
    if (value === null) params.delete(PARAM[key]);
    else params.set(PARAM[key], value);
  }
  return `?${params.toString()}`;
}

/** The first and last year with any data, as GET /api/meta gives them. */
export interface DataYears {
  first: number;
  last: number;
}

/**
 * The years a picker offers: from the first year with data (the default period's start until that is known,
 * the current year when there is no data at all) to the current year, plus any year in use so a chosen
 * value from an older link stays visible.
 */
export function selectableYears(
  currentYear: number,
  dataYears?: DataYears | null,
  inUse: readonly number[] = [],
): number[] {
  const last = lastSelectableYear(currentYear);
  const dataFirst = dataYears === undefined ? DEFAULT_FROM_YEAR : (dataYears?.first ?? last);
  const first = Math.max(FIRST_SELECTABLE_YEAR, Math.min(dataFirst, last, ...inUse));
  const years: number[] = [];
  for (let y = first; y <= last; y++) years.push(y);
  return years;
}
