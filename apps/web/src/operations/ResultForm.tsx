import { useId } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { OperationResult } from '@cpc/domain';
import { refreshOperationData } from '../api/operationCache';
import { FormProblems } from '../ui/FormProblems';
import { useI18n } from '../i18n/useI18n';
import { DatabaseChecksFields } from './DatabaseChecksFields';
import { ResultCountFields, ResultUnitFields } from './ResultFormFields';
import { SeizureRowsEditor } from './SeizureRowsEditor';
import { useResultForm } from './useResultForm';

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
  const formId = useId();
  const form = useResultForm({ operationId, country, existing, onSaved });
  const { draft, setDraft, errorOf, save } = form;

  return (
    <form
      className="result-form"
      aria-labelledby={formId}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        form.submit();
      }}
    >
      <h3 id={formId}>{t(existing ? 'resultEditTitle' : 'resultReportTitle', { country: countryName })}</h3>
      {form.conflict && <ResultConflictNotice countryName={countryName} />}
      <FormProblems title={t('resultNotSaved')} messages={form.unplaced} testId="result-form-problems" />
      <ResultUnitFields draft={draft} setDraft={setDraft} errorOf={errorOf} />
      <ResultCountFields draft={draft} setDraft={setDraft} errorOf={errorOf} />
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
        listError={form.errors.get('seizures')}
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

/** Someone else changed the result meanwhile: nothing is overwritten, and their version is a click away. */
function ResultConflictNotice({ countryName }: { countryName: string }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  return (
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
  );
}
