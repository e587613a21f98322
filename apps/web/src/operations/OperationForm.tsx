import { useId, useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import type { CreateOperationRequest, OperationResponse } from '@cpc/domain';
import { conflictFieldErrorsOf } from '../api/errorBodies';
import { createOperation, updateOperation } from '../api/operationMutations';
import { FormProblems } from '../ui/FormProblems';
import { errorText, fieldErrorTextsOf, type FieldLabels } from '../i18n/errorText';
import { useI18n } from '../i18n/useI18n';
import { formErrors, type Problems } from './formErrors';
import {
  OPERATION_FIELDS,
  checkOperationDraft,
  emptyOperationDraft,
  operationDraftOf,
  toOperationUpdate,
} from './operationDraft';
import { OperationFields } from './OperationFields';

interface OperationFormProps {
  /** The operation edited; absent to create one. */
  editing?: OperationResponse;
  onSaved: (operation: OperationResponse) => void;
  onCancel: () => void;
}

const NO_PROBLEMS: Problems = new Map();

/** The form's labels of the fields the API names. */
const OPERATION_LABELS: FieldLabels = {
  code: 'opsCode',
  name: 'opsName',
  description: 'opsDescription',
  programme: 'opsProgramme',
  lead: 'opsLead',
  activities: 'opsActivities',
  startDate: 'opsStartDate',
  endDate: 'opsEndDate',
};

/** Creates or edits an operation. The API checks it; each problem it names shows at its field. */
export function OperationForm({ editing, onSaved, onCancel }: OperationFormProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const titleId = useId();
  const [draft, setDraft] = useState(() => (editing ? operationDraftOf(editing) : emptyOperationDraft()));
  const [problems, setProblems] = useState(NO_PROBLEMS);
  const save = useMutation({
    mutationFn: (request: CreateOperationRequest) =>
      editing ? updateOperation(editing.id, toOperationUpdate(request)) : createOperation(request),
    onSuccess: onSaved,
  });

  // A 400 names its fields; a 409 (a code taken, a participant that has reported) names one in its message.
  // Each is said in the page's language from the API's code.
  const saveError = save.error ? errorText(save.error, i18n, OPERATION_LABELS) : null;
  const conflicts = [...conflictFieldErrorsOf(save.error).keys()].map((field) => [field, saveError ?? ''] as const);
  const serverErrors = new Map([...fieldErrorTextsOf(save.error, i18n, OPERATION_LABELS), ...conflicts]);
  const { errorOf, unplaced } = formErrors(problems, serverErrors, OPERATION_FIELDS, t);
  if (saveError !== null && serverErrors.size === 0) unplaced.push(saveError);

  return (
    <form
      className="operation-form"
      aria-labelledby={titleId}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const checked = checkOperationDraft(draft);
        setProblems(checked.ok ? NO_PROBLEMS : checked.problems);
        if (checked.ok) save.mutate(checked.value);
        else save.reset();
      }}
    >
      <h2 id={titleId}>{editing ? t('opsEditTitle') : t('opsNewTitle')}</h2>
      <FormProblems title={t('opsNotSaved')} messages={unplaced} testId="operation-form-problems" />
      <OperationFields draft={draft} errorOf={errorOf} onChange={setDraft} />
      <div className="button-row form-actions">
        <button type="submit" className="button" disabled={save.isPending}>
          {save.isPending ? t('saving') : editing ? t('opsSaveChanges') : t('opsCreate')}
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}
