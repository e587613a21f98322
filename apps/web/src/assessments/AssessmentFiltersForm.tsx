import type { AssessmentFacets, AssessmentStatus } from '@cpc/domain';
import type { AssessmentFilters } from '../api/assessmentQueries';
import { useI18n } from '../i18n/useI18n';
import { FacetSelect, type FacetOption } from './FacetSelect';
import { useFacetOptions } from './facetOptions';

interface AssessmentFiltersFormProps {
  filters: AssessmentFilters;
  /** The counts of the list's last answer; undefined while it loads. */
  facets: AssessmentFacets | undefined;
  years: readonly number[];
  onChange: (filters: AssessmentFilters) => void;
  /** The review queue filters by waiting time instead of status. */
  variant?: Variant;
}

type Variant = 'list' | 'review';
type FacetOptions = ReturnType<typeof useFacetOptions>;

interface FieldSpec {
  label: string;
  anyLabel: string;
  value: string | undefined;
  options: readonly FacetOption[];
  /** The filters with this field set to `value`. */
  set: (value: string | undefined) => AssessmentFilters;
}

/**
 * Region, country, year and status (or waiting time) filters; each option says how many assessments it would list.
 * Each change applies at once and goes into the URL.
 */
export function AssessmentFiltersForm({
  filters,
  facets,
  years,
  onChange,
  variant = 'list',
}: AssessmentFiltersFormProps) {
  const { t } = useI18n();
  const options = useFacetOptions(facets, years);
  const fields = fieldSpecs(filters, options, t, variant);
  return (
    <form
      className="filters"
      aria-label={t('filtersLabel')}
      onSubmit={(e) => {
        e.preventDefault();
      }}
    >
      {fields.map(({ set, ...field }) => (
        <FacetSelect
          key={field.label}
          {...field}
          onChange={(value) => {
            onChange(set(value));
          }}
        />
      ))}
    </form>
  );
}

type Translate = ReturnType<typeof useI18n>['t'];
const text = (value: number | undefined) => (value === undefined ? undefined : String(value));
const number = (value: string | undefined) => (value === undefined ? undefined : Number(value));

/** The status filter in the list; the waiting time in the review queue, whose items are all submitted. */
function lastField(filters: AssessmentFilters, options: FacetOptions, t: Translate, variant: Variant): FieldSpec {
  if (variant === 'list')
    return {
      label: t('filterStatus'),
      anyLabel: t('filterAllStatuses'),
      value: filters.status,
      options: options.status,
      set: (status) => ({ ...filters, status: status as AssessmentStatus | undefined }),
    };
  return {
    label: t('filterWaiting'),
    anyLabel: t('filterAnyWait'),
    value: text(filters.waitingDays),
    options: options.waitingDays,
    set: (days) => ({ ...filters, waitingDays: number(days) }),
  };
}

function fieldSpecs(filters: AssessmentFilters, options: FacetOptions, t: Translate, variant: Variant): FieldSpec[] {
  return [
    {
      label: t('filterRegion'),
      anyLabel: t('filterAllRegions'),
      value: filters.region,
      options: options.region,
      set: (region) => ({ ...filters, region }),
    },
    {
      label: t('filterCountry'),
      anyLabel: t('filterAllCountries'),
      value: filters.country,
      options: options.country,
      set: (country) => ({ ...filters, country }),
    },
    {
      label: t('filterYear'),
      anyLabel: t('filterAllYears'),
      value: text(filters.year),
      options: options.year,
      set: (year) => ({ ...filters, year: number(year) }),
    },
    lastField(filters, options, t, variant),
  ];
}
