import { DEFAULT_LANG, isLang, type Lang } from '../i18n/languages';

/** Everything a shared link must reproduce. */
export interface PageState {
  grouping: string;
  from: number;
  to: number;
  lang: Lang;
  /** Interquartile-range bands drawn around the region lines. */
  band: boolean;
  /** The dashed all-members line. */
  allMembers: boolean;
}

export const DEFAULT_GROUPING = 'wco';
export const DEFAULT_FROM_YEAR = 2016;
/** The questionnaire postdates 2000; earlier years can only be empty. */
export const FIRST_SELECTABLE_YEAR = 2000;

/** An administration may already prepare next year's questionnaire, so the period may end next year. */
export function lastSelectableYear(currentYear: number): number {
  return currentYear + 1;
}

const GROUPING_ID = /^[A-Za-z0-9_-]{1,64}$/;
const YEAR = /^\d{4}$/;

export function defaultPageState(currentYear: number): PageState {
  return {
    grouping: DEFAULT_GROUPING,
    from: Math.min(DEFAULT_FROM_YEAR, currentYear),
    to: currentYear,
    lang: DEFAULT_LANG,
    band: true,
    allMembers: false,
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

/**
 * Reads the page state from a query string. Each invalid or missing value falls back to its
 * default on its own, so one bad parameter does not discard the others. A `from` after `to`
 * keeps `to` (the year the reader most likely cares about) and resets `from`.
 */
export function parsePageState(search: string, currentYear: number): PageState {
  const params = new URLSearchParams(search);
  const defaults = defaultPageState(currentYear);

  const groupingParam = params.get('grouping');
  const grouping = groupingParam !== null && GROUPING_ID.test(groupingParam) ? groupingParam : defaults.grouping;
  const to = parseYear(params.get('to'), currentYear) ?? defaults.to;
  const requestedFrom = parseYear(params.get('from'), currentYear);
  const from = requestedFrom !== null && requestedFrom <= to ? requestedFrom : Math.min(DEFAULT_FROM_YEAR, to);
  const langParam = params.get('lang');

  return {
    grouping,
    from,
    to,
    lang: isLang(langParam) ? langParam : defaults.lang,
    band: parseFlag(params.get('band'), defaults.band),
    allMembers: parseFlag(params.get('all'), defaults.allMembers),
  };
}

/**
 * Writes the state into a query string, keeping parameters this page does not own.
 * Grouping, years and language are always written so a shared link does not drift when
 * a default changes (e.g. a new year); the two toggles only when they differ from their default.
 */
export function serializePageState(state: PageState, currentSearch = ''): string {
  const params = new URLSearchParams(currentSearch);
  params.set('grouping', state.grouping);
  params.set('from', String(state.from));
  params.set('to', String(state.to));
  params.set('lang', state.lang);
  if (state.band) params.delete('band');
  else params.set('band', '0');
  if (state.allMembers) params.set('all', '1');
  else params.delete('all');
  return `?${params.toString()}`;
}

export function selectableYears(currentYear: number): number[] {
  const years: number[] = [];
  for (let y = FIRST_SELECTABLE_YEAR; y <= lastSelectableYear(currentYear); y++) years.push(y);
  return years;
}
