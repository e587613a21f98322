import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { OperationResponse } from '@cpc/domain';
import { refreshAfterDeletion } from '../api/operationCache';
import { deleteOperation } from '../api/operationMutations';
import { ConfirmButton } from '../ui/ConfirmButton';
import { useI18n } from '../i18n/useI18n';
import { navigate } from '../router/history';
import { hrefFor } from '../router/href';
import { paths } from '../router/routes';

/** An analyst's edit and delete buttons; deleting an operation deletes its results too, so it asks first. */
export function OperationActions({ operation, onEdit }: { operation: OperationResponse; onEdit: () => void }) {
  const { t, lang } = useI18n();
  const queryClient = useQueryClient();
  const remove = useMutation({
    mutationFn: () => deleteOperation(operation.id),
    onSuccess: () => {
      navigate(hrefFor(paths.operations(), lang));
      void refreshAfterDeletion(queryClient);
    },
  });
  return (
    <p className="button-row">
      <button type="button" className="button button-secondary button-small" onClick={onEdit}>
        {t('opsEdit')}
      </button>
      <ConfirmButton
        label={t('opsDelete')}
        question={t('opsDeleteConfirm', { code: operation.code })}
        confirmLabel={t('opsDeleteYes')}
        pending={remove.isPending}
        error={remove.error}
        onConfirm={() => {
          remove.mutate();
        }}
      />
    </p>
  );
}
