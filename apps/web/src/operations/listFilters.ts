import { ACTIVITIES, LEADS, PROGRAMMES } from '@cpc/domain';
import type { OperationFilters } from '../api/operationQueries';
import type { QueryValues } from '../router/href';
import { oneOf } from '../url/pageState';

/** Operations on one page of the list unless the address asks for another page size. */
export const OPERATIONS_PAGE_SIZE = 25;
const MAX_LIMIT = 500;
const MAX_SEARCH_LENGTH = 100;

const ISO3 = /^[A-Z]{3}$/;
const YEAR = /^\d{4}$/;
const WHOLE = /^\d{1,9}$/;

export type ListFilters = OperationFilters & { limit: number; offset: number };

/** The list's filters and page from the query string; an invalid value is ignored on its own. */
export function parseOperationFilters(search: string): ListFilters {
  const params = new URLSearchParams(search);
  const q = params.get('q')?.trim().slice(0, MAX_SEARCH_LENGTH);
  const programme = oneOf(PROGRAMMES, params.get('programme'));
  const lead = oneOf(LEADS, params.get('lead'));
  const activity = oneOf(ACTIVITIES, params.get('activity'));
  const country = params.get('country');
  const year = params.get('year');
  const limit = params.get('limit');
  const offset = params.get('offset');
  const limitValue = limit !== null && WHOLE.test(limit) ? Number(limit) : 0;
  return {
    ...(q ? { q } : {}),
    ...(programme ? { programme } : {}),
    ...(lead ? { lead } : {}),
    ...(activity ? { activity } : {}),
    ...(country !== null && ISO3.test(country) ? { country } : {}),
    ...(year !== null && YEAR.test(year) ? { year: Number(year) } : {}),
    limit: limitValue >= 1 && limitValue <= MAX_LIMIT ? limitValue : OPERATIONS_PAGE_SIZE,
    offset: offset !== null && WHOLE.test(offset) ? Number(offset) : 0,
  };
}

/** The filters as address parameters: the page size and offset only when they are not the defaults. */
export function operationFiltersQuery(filters: OperationFilters): QueryValues {
  return {
    q: filters.q,
    programme: filters.programme,
    lead: filters.lead,
    activity: filters.activity,
    country: filters.country,
    year: filters.year,
    limit: filters.limit === OPERATIONS_PAGE_SIZE ? undefined : filters.limit,
    offset: filters.offset ? filters.offset : undefined,
  };
}
