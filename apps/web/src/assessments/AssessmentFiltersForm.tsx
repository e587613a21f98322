import { useId } from 'react';
import { ASSESSMENT_STATUSES, type AssessmentStatus } from '@cpc/domain';
import type { AssessmentFilters } from '../api/assessmentQueries';
import { CountryFilterSelect } from '../ui/CountryFilterSelect';
import { useI18n } from '../i18n/useI18n';
import { STATUS_LABELS } from '../i18n/labels';

interface AssessmentFiltersFormProps {
  filters: AssessmentFilters;
  years: readonly number[];
  onChange: (filters: AssessmentFilters) => void;
}

/** Country, year and status filters of the analysts' list; each change applies at once and goes into the URL. */
export function AssessmentFiltersForm({ filters, years, onChange }: AssessmentFiltersFormProps) {
  const { t } = useI18n();
  const yearId = useId();
  return (
    <form
      className="filters"
      aria-label={t('filtersLabel')}
      onSubmit={(e) => {
        e.preventDefault();
      }}
    >
      <CountryFilterSelect
        label={t('filterCountry')}
        value={filters.country}
        onChange={(country) => {
          onChange({ ...filters, country });
        }}
      />
      <div className="field">
        <label htmlFor={yearId}>{t('filterYear')}</label>
        <select
          id={yearId}
          value={filters.year ?? ''}
          onChange={(e) => {
            onChange({ ...filters, year: e.target.value ? Number(e.target.value) : undefined });
          }}
        >
          <option value="">{t('filterAllYears')}</option>
          {years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </div>
      <StatusFilterField filters={filters} onChange={onChange} />
    </form>
  );
}

interface StatusFilterFieldProps {
  filters: AssessmentFiltersFormProps['filters'];
  onChange: AssessmentFiltersFormProps['onChange'];
}

function StatusFilterField({ filters, onChange }: StatusFilterFieldProps) {
  const { t } = useI18n();
  const statusId = useId();
  return (
    <div className="field">
      <label htmlFor={statusId}>{t('filterStatus')}</label>
      <select
        id={statusId}
        value={filters.status ?? ''}
        onChange={(e) => {
          const value = e.target.value as AssessmentStatus | '';
          onChange({ ...filters, status: value || undefined });
        }}
      >
        <option value="">{t('filterAllStatuses')}</option>
        {ASSESSMENT_STATUSES.map((s) => (
          <option key={s} value={s}>
            {t(STATUS_LABELS[s])}
          </option>
        ))}
      </select>
    </div>
  );
}
