import { isGlobalRole, LIST_DEFAULT_GROUPING, type AssessmentListQuery, type Principal } from '@cpc/domain';
import { listScope } from './assessment.access.js';

/** A list's filters, and the one country a national user's lists are limited to (null for analysts). */
export interface ListFilter extends AssessmentListQuery {
  scope: string | null;
}

/** The parameters $1–$7 of `listFilterSql`, in its order. */
export function listFilterParams(filter: ListFilter): unknown[] {
  return [
    filter.scope,
    filter.country ?? null,
    filter.year ?? null,
    filter.status ?? null,
    filter.grouping ?? LIST_DEFAULT_GROUPING,
    filter.region ?? null,
    filter.waitingDays ?? null,
  ];
}

/**
 * The filter a user's list reads: analysts and admins see every country; coordinators and viewers are held to the
 * country `listScope` allows them, for the rows and for every count alike.
 */
export function listFilterFor(user: Principal, query: AssessmentListQuery): ListFilter {
  const country = listScope(user, query.country);
  return { ...query, country, scope: isGlobalRole(user.role) ? null : (country ?? null) };
}
