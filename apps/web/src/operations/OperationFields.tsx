import { useId } from 'react';
import { useQuery } from '@tanstack/react-query';
import { ACTIVITIES, ACTIVITY_LABELS, LEADS, LEAD_LABELS, PROGRAMMES, PROGRAMME_LABELS } from '@cpc/domain';
import { countriesQuery } from '../api/countriesQuery';
import { CheckboxGroup } from '../ui/CheckboxGroup';
import { TextField } from '../ui/TextField';
import { CountryMultiSelect } from '../groupings/CountryMultiSelect';
import { useI18n } from '../i18n/useI18n';
import type { OperationDraft } from './operationDraft';
import { VocabularySelect } from './VocabularySelect';

interface OperationFieldsProps {
  draft: OperationDraft;
  /** The problem with a field, by the name the API gives it. */
  errorOf: (field: string) => string | undefined;
  onChange: (draft: OperationDraft) => void;
}

/** What defines an operation: code, name, programme, lead, dates, description, joint activities, participants. */
export function OperationFields({ draft, errorOf, onChange }: OperationFieldsProps) {
  const { t, localize } = useI18n();
  return (
    <>
      <div className="form-grid">
        <OperationNameFields draft={draft} errorOf={errorOf} onChange={onChange} />
        <OperationDateFields draft={draft} errorOf={errorOf} onChange={onChange} />
      </div>
      <TextField
        label={t('opsDescription')}
        hint={t('opsOptional')}
        multiline
        value={draft.description}
        maxLength={4000}
        error={errorOf('description')}
        onChange={(description) => {
          onChange({ ...draft, description });
        }}
      />
      <CheckboxGroup
        legend={t('opsActivities')}
        options={ACTIVITIES.map((a) => ({ value: a, label: localize(ACTIVITY_LABELS[a]) }))}
        selected={draft.activities}
        error={errorOf('activities')}
        onChange={(selected) => {
          onChange({ ...draft, activities: ACTIVITIES.filter((a) => selected.includes(a)) });
        }}
      />
      <OperationCountriesField draft={draft} errorOf={errorOf} onChange={onChange} />
    </>
  );
}

/** When the operation ran: its first and last day. */
function OperationDateFields({ draft, errorOf, onChange }: OperationFieldsProps) {
  const { t } = useI18n();
  return (
    <>
      <TextField
        label={t('opsStartDate')}
        type="date"
        value={draft.startDate}
        error={errorOf('startDate')}
        onChange={(startDate) => {
          onChange({ ...draft, startDate });
        }}
      />
      <TextField
        label={t('opsEndDate')}
        type="date"
        value={draft.endDate}
        error={errorOf('endDate')}
        onChange={(endDate) => {
          onChange({ ...draft, endDate });
        }}
      />
    </>
  );
}

/** What names the operation: its code, name, programme and lead. */
function OperationNameFields({ draft, errorOf, onChange }: OperationFieldsProps) {
  const { t } = useI18n();
  return (
    <>
      <TextField
        label={t('opsCode')}
        hint={t('opsCodeHint')}
        value={draft.code}
        maxLength={64}
        error={errorOf('code')}
        onChange={(code) => {
          onChange({ ...draft, code });
        }}
      />
      <TextField
        label={t('opsName')}
        value={draft.name}
        maxLength={200}
        error={errorOf('name')}
        onChange={(name) => {
          onChange({ ...draft, name });
        }}
      />
      <VocabularySelect
        label={t('opsProgramme')}
        values={PROGRAMMES}
        labels={PROGRAMME_LABELS}
        value={draft.programme}
        emptyLabel={t('opsChoose')}
        error={errorOf('programme')}
        onChange={(programme) => {
          onChange({ ...draft, programme });
        }}
      />
      <VocabularySelect
        label={t('opsLead')}
        values={LEADS}
        labels={LEAD_LABELS}
        value={draft.lead}
        emptyLabel={t('opsChoose')}
        error={errorOf('lead')}
        onChange={(lead) => {
          onChange({ ...draft, lead });
        }}
      />
    </>
  );
}

/** The participating countries, with the problem of the list as a whole. */
function OperationCountriesField({ draft, errorOf, onChange }: OperationFieldsProps) {
  const { t } = useI18n();
  const countriesErrorId = useId();
  const countries = useQuery(countriesQuery());
  return (
    <>
      <CountryMultiSelect
        legend={t('opsCountriesLegend', { count: draft.countries.length })}
        chosenLabel={t('opsCountriesChosen')}
        countries={countries.data?.countries ?? []}
        selected={draft.countries}
        invalid={errorOf('countries') !== undefined}
        errorId={errorOf('countries') ? countriesErrorId : undefined}
        onChange={(selected) => {
          onChange({ ...draft, countries: selected });
        }}
      />
      {errorOf('countries') && (
        <p id={countriesErrorId} className="field-error">
          {errorOf('countries')}
        </p>
      )}
    </>
  );
}
