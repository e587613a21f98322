import { useId, useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { UNIT_TYPES, UNIT_TYPE_LABELS, type OperationResult } from '@cpc/domain';
import { fieldErrorsOf, isConflict } from '../api/errorBodies';
import { refreshOperationData } from '../api/operationCache';
import { createResult, updateResult } from '../api/operationMutations';
import { FormProblems } from '../ui/FormProblems';
import { TextField } from '../ui/TextField';
import { useI18n } from '../i18n/useI18n';
import { DatabaseChecksFields } from './DatabaseChecksFields';
import { formErrors, type Problems } from './formErrors';
import {
  COUNT_FIELDS,
  RESULT_FIELDS,
  checkResultDraft,
  emptyResultDraft,
  placeResultErrors,
  resultDraftOf,
  toResultUpdate,
  type CountField,
  type ResultFields,
} from './resultDraft';
import { SeizureRowsEditor } from './SeizureRowsEditor';
import { VocabularySelect } from './VocabularySelect';

const COUNT_LABELS = {
  arrests: 'resultArrests',
  investigationsOpened: 'resultInvestigations',
  controlledDeliveries: 'resultControlledDeliveries',
  personsChecked: 'resultPersonsChecked',
} as const satisfies Record<CountField, string>;

const NO_PROBLEMS: Problems = new Map();

interface ResultFormProps {
  operationId: string;
  country: string;
  countryName: string;
  /** The result edited; absent to report one. */
  existing?: OperationResult;
  onSaved: (result: OperationResult) => void;
  onCancel?: () => void;
}

/** A country's result of an operation: its unit, four counts, database checks and seizures. */
export function ResultForm({ operationId, country, countryName, existing, onSaved, onCancel }: ResultFormProps) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const formId = useId();
  const [draft, setDraft] = useState(() => (existing ? resultDraftOf(existing) : emptyResultDraft()));
  const [problems, setProblems] = useState(NO_PROBLEMS);
  const save = useMutation({
    mutationFn: (fields: ResultFields) =>
      existing
        ? updateResult(operationId, existing.id, toResultUpdate(fields))
        : createResult(operationId, { country, ...fields }),
    onSuccess: async (result) => {
      await refreshOperationData(queryClient);
      onSaved(result);
    },
  });

  const conflict = isConflict(save.error);
  const serverErrors = placeResultErrors(fieldErrorsOf(save.error), save.variables?.databaseChecks ?? []);
  const { errors, errorOf, unplaced } = formErrors(problems, serverErrors, RESULT_FIELDS, t);
  if (save.error && serverErrors.size === 0 && !conflict) unplaced.push(save.error.message);

  return (
    <form
      className="result-form"
      aria-labelledby={formId}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const checked = checkResultDraft(draft);
        setProblems(checked.ok ? NO_PROBLEMS : checked.problems);
        if (checked.ok) save.mutate(checked.value);
        else save.reset();
      }}
    >
      <h3 id={formId}>{t(existing ? 'resultEditTitle' : 'resultReportTitle', { country: countryName })}</h3>
      {conflict && (
        <div className="notice notice-error" role="alert" data-testid="result-conflict">
          <p>{t('resultConflict', { country: countryName })}</p>
          <button
            type="button"
            className="button button-secondary button-small"
            onClick={() => void refreshOperationData(queryClient)}
          >
            {t('resultConflictShow')}
          </button>
        </div>
      )}
      <FormProblems title={t('resultNotSaved')} messages={unplaced} testId="result-form-problems" />
      <div className="form-row">
        <VocabularySelect
          label={t('resultUnitType')}
          values={UNIT_TYPES}
          labels={UNIT_TYPE_LABELS}
          value={draft.unitType}
          emptyLabel={t('opsChoose')}
          error={errorOf('unitType')}
          onChange={(unitType) => {
            setDraft({ ...draft, unitType });
          }}
        />
        <TextField
          label={t('resultUnitName')}
          hint={t('opsOptional')}
          value={draft.unitName}
          maxLength={200}
          error={errorOf('unitName')}
          onChange={(unitName) => {
            setDraft({ ...draft, unitName });
          }}
        />
      </div>
      <div className="form-row">
        {COUNT_FIELDS.map((field) => (
          <TextField
            key={field}
            label={t(COUNT_LABELS[field])}
            type="number"
            min={0}
            step={1}
            value={draft.counts[field]}
            error={errorOf(field)}
            onChange={(value) => {
              setDraft({ ...draft, counts: { ...draft.counts, [field]: value } });
            }}
          />
        ))}
      </div>
      <DatabaseChecksFields
        checks={draft.checks}
        errorOf={errorOf}
        onChange={(checks) => {
          setDraft({ ...draft, checks });
        }}
      />
      <SeizureRowsEditor
        seizures={draft.seizures}
        errorOf={errorOf}
        listError={errors.get('seizures')}
        onChange={(seizures) => {
          setDraft({ ...draft, seizures });
        }}
      />
      <div className="button-row form-actions">
        <button type="submit" className="button" disabled={save.isPending}>
          {save.isPending ? t('saving') : existing ? t('opsSaveChanges') : t('resultSubmit')}
        </button>
        {onCancel && (
          <button type="button" className="button button-secondary" onClick={onCancel}>
            {t('cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
