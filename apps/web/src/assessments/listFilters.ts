import { ASSESSMENT_STATUSES, REGION_CODE_PATTERN, WAITING_THRESHOLDS, type AssessmentStatus } from '@cpc/domain';
import type { AssessmentFilters } from '../api/assessmentQueries';
import { firstDirection, SORT_KEYS, type ListSort, type SortKey } from './listSort';

const ISO3 = /^[A-Z]{3}$/;
const YEAR = /^\d{4}$/;

function isStatus(value: string | null): value is AssessmentStatus {
  return value !== null && (ASSESSMENT_STATUSES as readonly string[]).includes(value);
}

function isSortKey(value: string | null): value is SortKey {
  return value !== null && (SORT_KEYS as readonly string[]).includes(value);
}

function waitingDaysOf(value: string | null): number | undefined {
  const days = Number(value);
  return (WAITING_THRESHOLDS as readonly number[]).includes(days) ? days : undefined;
}

/** The list's filters from the query string; an invalid value is ignored on its own. */
export function parseListFilters(search: string): AssessmentFilters {
  const params = new URLSearchParams(search);
  const country = params.get('country');
  const year = params.get('year');
  const status = params.get('status');
  const region = params.get('region');
  const waitingDays = waitingDaysOf(params.get('waiting'));
  return {
    ...(country !== null && ISO3.test(country) ? { country } : {}),
    ...(year !== null && YEAR.test(year) ? { year: Number(year) } : {}),
    ...(isStatus(status) ? { status } : {}),
    ...(region !== null && REGION_CODE_PATTERN.test(region) ? { region } : {}),
    ...(waitingDays !== undefined ? { waitingDays } : {}),
  };
}

/** The list's order from the query string (`sort`, `dir`), else `fallback`. */
export function parseListSort(search: string, fallback: ListSort): ListSort {
  const params = new URLSearchParams(search);
  const key = params.get('sort');
  if (!isSortKey(key)) return fallback;
  const dir = params.get('dir');
  return { key, direction: dir === 'asc' || dir === 'desc' ? dir : firstDirection(key) };
}

/** The address's query for a list's filters and order (the order left out when it is the page's default). */
export function listQuery(filters: AssessmentFilters, sort: ListSort, fallback: ListSort) {
  const isDefault = sort.key === fallback.key && sort.direction === fallback.direction;
  return {
    country: filters.country,
    year: filters.year,
    status: filters.status,
    region: filters.region,
    waiting: filters.waitingDays,
    sort: isDefault ? undefined : sort.key,
    dir: isDefault ? undefined : sort.direction,
  };
}
