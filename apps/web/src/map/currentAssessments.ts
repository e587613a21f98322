import { CURRENT_WINDOW_YEARS, countedStatusesFor, type AssessmentSummary } from '@cpc/domain';
import type { StatusFilter } from '../url/pageState';

export type ScoredSummary = AssessmentSummary & { scores: NonNullable<AssessmentSummary['scores']> };

/** Validated before submitted, then the latest change: only matters if a country had two for one year. */
function isNewer(candidate: ScoredSummary, current: ScoredSummary): boolean {
  if (candidate.year !== current.year) return candidate.year > current.year;
  if (candidate.status !== current.status) return candidate.status === 'validated';
  return candidate.updatedAt > current.updatedAt;
}

/**
 * Each country's current assessment for `year`, the rule the regional figures use: the newest scored
 * assessment with a counted status (submitted or validated; validated only with `status`) dated from
 * `year − 2` to `year`. Drafts and returned assessments never count. Countries without one are absent.
 */
export function currentAssessments(
  summaries: readonly AssessmentSummary[],
  year: number,
  status: StatusFilter,
): Map<string, ScoredSummary> {
  const statuses = countedStatusesFor(status === 'validated' ? 'validated' : undefined);
  const current = new Map<string, ScoredSummary>();
  for (const summary of summaries) {
    if (summary.scores === null || !statuses.includes(summary.status)) continue;
    if (summary.year > year || summary.year < year - CURRENT_WINDOW_YEARS) continue;
    const scored = summary as ScoredSummary;
    const found = current.get(summary.country);
    if (!found || isNewer(scored, found)) current.set(summary.country, scored);
  }
  return current;
}

/** The years whose assessments can be current in `year`, newest first: the lists the map fetches. */
export function windowYears(year: number): number[] {
  return Array.from({ length: CURRENT_WINDOW_YEARS + 1 }, (_, i) => year - i);
}
