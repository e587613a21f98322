import { useQueryClient } from '@tanstack/react-query';
import type { OperationResponse } from '@cpc/domain';
import { refreshOperationData } from '../api/operationCache';
import { operationKeys } from '../api/operationQueries';
import { useI18n } from '../i18n/useI18n';
import { OperationActions } from './OperationActions';
import { OperationForm } from './OperationForm';

interface OperationEditingProps {
  operation: OperationResponse;
  editing: boolean;
  setEditing: (editing: boolean) => void;
  setNotice: (notice: string | null) => void;
}

/** An analyst's part of the operation's page: its actions, or the form that edits it. */
export function OperationEditing({ operation, editing, setEditing, setNotice }: OperationEditingProps) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  return editing ? (
    <OperationForm
      editing={operation}
      onSaved={(saved) => {
        queryClient.setQueryData(operationKeys.detail(operation.id), saved);
        void refreshOperationData(queryClient);
        setEditing(false);
        setNotice(t('opsUpdated', { code: saved.code }));
      }}
      onCancel={() => {
        setEditing(false);
      }}
    />
  ) : (
    <OperationActions
      operation={operation}
      onEdit={() => {
        setNotice(null);
        setEditing(true);
      }}
    />
  );
}
