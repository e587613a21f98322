import { ASSESSMENT_STATUSES, type AssessmentSummary } from '@cpc/domain';

export const SORT_KEYS = ['country', 'year', 'status', 'updated', 'index'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortDirection = 'asc' | 'desc';

export interface ListSort {
  key: SortKey;
  direction: SortDirection;
}

/** What a sort needs beyond the rows: the country names in the page's language, and which date the list shows. */
export interface SortContext {
  countryName: (iso3: string) => string;
  /** Compares names the page language's way (Intl.Collator). */
  collator: Intl.Collator;
  /** The review queue's date is the submission; the list's is the last change. */
  dateOf: (a: AssessmentSummary) => string;
}

/** A column's natural first direction: names and statuses A→Z, figures and dates biggest/newest first. */
export function firstDirection(key: SortKey): SortDirection {
  return key === 'country' || key === 'status' ? 'asc' : 'desc';
}

function compareBy(key: SortKey, context: SortContext): (a: AssessmentSummary, b: AssessmentSummary) => number {
  switch (key) {
    case 'country':
      return (a, b) => context.collator.compare(context.countryName(a.country), context.countryName(b.country));
    case 'year':
      return (a, b) => a.year - b.year;
    case 'status':
      // The lifecycle's order: draft, submitted, validated, returned.
      return (a, b) => ASSESSMENT_STATUSES.indexOf(a.status) - ASSESSMENT_STATUSES.indexOf(b.status);
    case 'updated':
      return (a, b) => context.dateOf(a).localeCompare(context.dateOf(b));
    case 'index':
      return (a, b) => (a.scores?.overall ?? -1) - (b.scores?.overall ?? -1);
  }
}

/**
 * The rows in the chosen order; ties go newest year first, then by country name, so the order never depends on
 * the API's. An assessment without an index (a draft) sorts below every index.
 */
export function sortAssessments(
  rows: readonly AssessmentSummary[],
  sort: ListSort,
  context: SortContext,
): AssessmentSummary[] {
  const primary = compareBy(sort.key, context);
  const sign = sort.direction === 'asc' ? 1 : -1;
  const byYear = compareBy('year', context);
  const byCountry = compareBy('country', context);
  return [...rows].sort((a, b) => sign * primary(a, b) || byYear(b, a) || byCountry(a, b));
}
