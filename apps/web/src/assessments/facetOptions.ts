import { useQuery } from '@tanstack/react-query';
import { ASSESSMENT_STATUSES, LIST_DEFAULT_GROUPING, WAITING_THRESHOLDS, type AssessmentFacets } from '@cpc/domain';
import { groupingsQuery } from '../api/groupingsQuery';
import { STATUS_LABELS } from '../i18n/labels';
import { useI18n } from '../i18n/useI18n';
import type { FacetOption } from './FacetSelect';
import { useCountryName } from './useCountryName';

const countOf = (facet: AssessmentFacets[keyof AssessmentFacets], value: string) =>
  facet.find((f) => f.value === value)?.count ?? 0;

/** Each filter's options with their counts, in the page's language: names A→Z, years newest first. */
export function useFacetOptions(facets: AssessmentFacets | undefined, years: readonly number[]) {
  const { t, localize, lang } = useI18n();
  const countryName = useCountryName();
  const groupings = useQuery(groupingsQuery());
  const collator = new Intl.Collator(lang);
  const byLabel = (a: FacetOption, b: FacetOption) => collator.compare(a.label, b.label);
  const regions = groupings.data?.groupings.find((g) => g.id === LIST_DEFAULT_GROUPING)?.regions ?? [];
  const empty: AssessmentFacets = { region: [], country: [], year: [], status: [], waitingDays: [] };
  const f = facets ?? empty;
  return {
    region: regions
      .map((r) => ({ value: r.code, label: localize(r.name), count: countOf(f.region, r.code) }))
      .sort(byLabel),
    country: f.country.map((c) => ({ value: c.value, label: countryName(c.value), count: c.count })).sort(byLabel),
    year: years.map((y) => ({ value: String(y), label: String(y), count: countOf(f.year, String(y)) })),
    status: ASSESSMENT_STATUSES.map((s) => ({ value: s, label: t(STATUS_LABELS[s]), count: countOf(f.status, s) })),
    waitingDays: WAITING_THRESHOLDS.map((days) => ({
      value: String(days),
      label: t('filterWaitingAtLeast', { days }),
      count: countOf(f.waitingDays, String(days)),
    })),
  };
}
