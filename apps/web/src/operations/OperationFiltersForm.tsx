import { useId, useState } from 'react';
import { ACTIVITIES, ACTIVITY_LABELS, LEADS, LEAD_LABELS, PROGRAMMES, PROGRAMME_LABELS } from '@cpc/domain';
import type { OperationFilters } from '../api/operationQueries';
import { CountryFilterSelect } from '../ui/CountryFilterSelect';
import { SelectField } from '../ui/SelectField';
import { useI18n } from '../i18n/useI18n';
import { VocabularySelect } from './VocabularySelect';

interface OperationFiltersFormProps {
  filters: OperationFilters;
  /** End years offered, newest first. */
  years: readonly number[];
  /** National users see their own country's operations only: no country filter for them. */
  showCountry: boolean;
  onChange: (filters: OperationFilters) => void;
}

/** The list's filters: the text applies when submitted, every list at once; all go into the address. */
export function OperationFiltersForm({ filters, years, showCountry, onChange }: OperationFiltersFormProps) {
  const { t } = useI18n();
  const [text, setText] = useState(filters.q ?? '');
  return (
    <form
      className="filters"
      role="search"
      aria-label={t('opsFiltersLabel')}
      onSubmit={(e) => {
        e.preventDefault();
        onChange({ ...filters, q: text.trim() || undefined });
      }}
    >
      <SearchField text={text} setText={setText} />
      <VocabularyFilters filters={filters} onChange={onChange} />
      {showCountry && (
        <CountryFilterSelect
          label={t('opsParticipant')}
          value={filters.country}
          onChange={(country) => {
            onChange({ ...filters, country });
          }}
        />
      )}
      <SelectField
        label={t('opsEndYear')}
        value={filters.year === undefined ? '' : String(filters.year)}
        options={[
          { value: '', label: t('filterAllYears') },
          ...years.map((y) => ({ value: String(y), label: String(y) })),
        ]}
        onChange={(year) => {
          onChange({ ...filters, year: year ? Number(year) : undefined });
        }}
      />
    </form>
  );
}

interface VocabularyFiltersProps {
  filters: OperationFilters;
  onChange: (filters: OperationFilters) => void;
}

/** Programme, lead and joint activity: each applies at once. */
function VocabularyFilters({ filters, onChange }: VocabularyFiltersProps) {
  const { t } = useI18n();
  return (
    <>
      <VocabularySelect
        label={t('opsProgramme')}
        values={PROGRAMMES}
        labels={PROGRAMME_LABELS}
        value={filters.programme ?? ''}
        emptyLabel={t('opsAllProgrammes')}
        onChange={(programme) => {
          onChange({ ...filters, programme: programme || undefined });
        }}
      />
      <VocabularySelect
        label={t('opsLead')}
        values={LEADS}
        labels={LEAD_LABELS}
        value={filters.lead ?? ''}
        emptyLabel={t('opsAllLeads')}
        onChange={(lead) => {
          onChange({ ...filters, lead: lead || undefined });
        }}
      />
      <VocabularySelect
        label={t('opsActivity')}
        values={ACTIVITIES}
        labels={ACTIVITY_LABELS}
        value={filters.activity ?? ''}
        emptyLabel={t('opsAllActivities')}
        onChange={(activity) => {
          onChange({ ...filters, activity: activity || undefined });
        }}
      />
    </>
  );
}

/** The text searched for, applied when the form is submitted. */
function SearchField({ text, setText }: { text: string; setText: (text: string) => void }) {
  const { t } = useI18n();
  const searchId = useId();
  return (
    <div className="field">
      <label htmlFor={searchId}>{t('opsSearchLabel')}</label>
      <span className="search-row">
        <input
          id={searchId}
          type="search"
          value={text}
          maxLength={100}
          onChange={(e) => {
            setText(e.target.value);
          }}
        />
        <button type="submit" className="button button-secondary">
          {t('opsSearch')}
        </button>
      </span>
    </div>
  );
}
