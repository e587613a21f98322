import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { OperationResult } from '@cpc/domain';
import { isConflict } from '../api/errorBodies';
import { refreshOperationData } from '../api/operationCache';
import { createResult, updateResult } from '../api/operationMutations';
import { errorText, fieldErrorTextsOf } from '../i18n/errorText';
import { useI18n } from '../i18n/useI18n';
import { formErrors, type Problems } from './formErrors';
import {
  RESULT_FIELDS,
  checkResultDraft,
  emptyResultDraft,
  placeResultErrors,
  resultDraftOf,
  toResultUpdate,
  type ResultFields,
} from './resultDraft';

const NO_PROBLEMS: Problems = new Map();

interface ResultFormInput {
  operationId: string;
  country: string;
  existing: OperationResult | undefined;
  onSaved: (result: OperationResult) => void;
}

/**
 * A result's draft and its save: checked here first, then sent. The problems of both checks are placed on
 * their fields; those that fit no field are listed above the form.
 */
export function useResultForm({ operationId, country, existing, onSaved }: ResultFormInput) {
  const i18n = useI18n();
  const { t } = i18n;
  const queryClient = useQueryClient();
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
  const serverErrors = placeResultErrors(fieldErrorTextsOf(save.error, i18n), save.variables?.databaseChecks ?? []);
  const { errors, errorOf, unplaced } = formErrors(problems, serverErrors, RESULT_FIELDS, t);
  if (save.error && serverErrors.size === 0 && !conflict) unplaced.push(errorText(save.error, i18n));

  const submit = () => {
    const checked = checkResultDraft(draft);
    setProblems(checked.ok ? NO_PROBLEMS : checked.problems);
    if (checked.ok) save.mutate(checked.value);
    else save.reset();
  };

  return { draft, setDraft, save, conflict, errors, errorOf, unplaced, submit };
}
