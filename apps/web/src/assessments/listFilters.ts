import { ASSESSMENT_STATUSES, type AssessmentStatus } from '@cpc/domain';
import type { AssessmentFilters } from '../api/assessmentQueries';

const ISO3 = /^[A-Z]{3}$/;
const YEAR = /^\d{4}$/;

function isStatus(value: string | null): value is AssessmentStatus {
  return value !== null && (ASSESSMENT_STATUSES as readonly string[]).includes(value);
}

/** The list's filters from the query string; an invalid value is ignored on its own. */
export function parseListFilters(search: string): AssessmentFilters {
  const params = new URLSearchParams(search);
  const country = params.get('country');
  const year = params.get('year');
  const status = params.get('status');
  return {
    ...(country !== null && ISO3.test(country) ? { country } : {}),
    ...(year !== null && YEAR.test(year) ? { year: Number(year) } : {}),
    ...(isStatus(status) ? { status } : {}),
  };
}
