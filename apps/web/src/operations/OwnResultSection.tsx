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

/** A coordinator's part: report the country's result once, then correct or withdraw it. */
export function OwnResultSection({ operationId, country, countryName, own }: OwnResultSectionProps) {
  const { t } = useI18n();
  const titleId = useId();
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const remove = useMutation({
    mutationFn: (resultId: string) => deleteResult(operationId, resultId),
    onSuccess: async () => {
      await refreshOperationData(queryClient);
      setNotice(t('resultDeleted', { country: countryName }));
    },
  });

  return (
    <section className="analytics-section" aria-labelledby={titleId} data-testid="own-result">
      <h2 id={titleId}>{t('resultOwnTitle', { country: countryName })}</h2>
      <p className="notice notice-success" role="status" hidden={notice === null} data-testid="result-notice">
        {notice}
      </p>
      {!own ? (
        <ResultForm
          operationId={operationId}
          country={country}
          countryName={countryName}
          onSaved={() => {
            setNotice(t('resultReported', { country: countryName }));
          }}
        />
      ) : editing ? (
        <ResultForm
          operationId={operationId}
          country={country}
          countryName={countryName}
          existing={own}
          onSaved={() => {
            setEditing(false);
            setNotice(t('resultUpdated', { country: countryName }));
          }}
          onCancel={() => {
            setEditing(false);
          }}
        />
      ) : (
        <div className="button-row">
          <p className="muted">{t('resultOwnReported')}</p>
          <button
            type="button"
            className="button button-secondary button-small"
            onClick={() => {
              setNotice(null);
              setEditing(true);
            }}
          >
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
      )}
    </section>
  );
}
