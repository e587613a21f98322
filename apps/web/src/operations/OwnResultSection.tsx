import { useId, useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { OperationResult } from '@cpc/domain';
import { refreshOperationData } from '../api/operationCache';
import { deleteResult } from '../api/operationMutations';
import { ConfirmButton } from '../ui/ConfirmButton';
import { useI18n } from '../i18n/useI18n';
import { ResultForm } from './ResultForm';

interface OwnResultSectionProps {
  operationId: string;
  country: string;
  countryName: string;
  /** The country's result, if it has reported one. */
  own: OperationResult | undefined;
}

/** Withdraws a result; `onRemoved` runs once the operation's data show it gone. */
function useRemoveResult(operationId: string, onRemoved: () => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (resultId: string) => deleteResult(operationId, resultId),
    onSuccess: async () => {
      await refreshOperationData(queryClient);
      onRemoved();
    },
  });
}

/** A coordinator's part: report the country's result once, then correct or withdraw it. */
export function OwnResultSection({ operationId, country, countryName, own }: OwnResultSectionProps) {
  const { t } = useI18n();
  const titleId = useId();
  const [editing, setEditing] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const notify = (key: 'resultDeleted' | 'resultReported' | 'resultUpdated') => {
    setNotice(t(key, { country: countryName }));
  };
  const remove = useRemoveResult(operationId, () => {
    notify('resultDeleted');
  });

  return (
    <section className="analytics-section" aria-labelledby={titleId} data-testid="own-result">
      <h2 id={titleId}>{t('resultOwnTitle', { country: countryName })}</h2>
      <p className="notice notice-success" role="status" hidden={notice === null} data-testid="result-notice">
        {notice}
      </p>
      {!own || editing ? (
        <ResultForm
          operationId={operationId}
          country={country}
          countryName={countryName}
          existing={own}
          onSaved={() => {
            setEditing(false);
            notify(own ? 'resultUpdated' : 'resultReported');
          }}
          onCancel={
            own
              ? () => {
                  setEditing(false);
                }
              : undefined
          }
        />
      ) : (
        <ReportedResultActions
          own={own}
          countryName={countryName}
          remove={remove}
          onEdit={() => {
            setNotice(null);
            setEditing(true);
          }}
        />
      )}
    </section>
  );
}

interface ReportedResultActionsProps {
  own: OperationResult;
  countryName: string;
  remove: { isPending: boolean; error: Error | null; mutate: (resultId: string) => void };
  onEdit: () => void;
}

/** The reported result's actions: correct it, or withdraw it after a confirmation. */
function ReportedResultActions({ own, countryName, remove, onEdit }: ReportedResultActionsProps) {
  const { t } = useI18n();
  return (
    <div className="button-row">
      <p className="muted">{t('resultOwnReported')}</p>
      <button type="button" className="button button-secondary button-small" onClick={onEdit}>
        {t('resultEdit')}
      </button>
      <ConfirmButton
        label={t('resultDelete')}
        question={t('resultDeleteConfirm', { country: countryName })}
        confirmLabel={t('resultDeleteYes')}
        pending={remove.isPending}
        error={remove.error}
        onConfirm={() => {
          remove.mutate(own.id);
        }}
      />
    </div>
  );
}
