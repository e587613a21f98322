import type { RefObject } from 'react';
import { useI18n } from '../i18n/useI18n';
import type { ImportUpload } from './importKind';
import type { ImportOutcome } from './useImportUpload';
import { ImportErrorsTable } from './ImportErrorsTable';

interface ImportOutcomeViewProps<R> {
  kind: ImportUpload<R>;
  outcome: ImportOutcome<R> | null;
  outcomeRef: RefObject<HTMLDivElement | null>;
  pending: boolean;
  onConfirm: () => void;
}

/** What the upload gave: every problem, a failure, a passed check awaiting confirmation, or the import done. */
export function ImportOutcomeView<R>({ kind, outcome, outcomeRef, pending, onConfirm }: ImportOutcomeViewProps<R>) {
  const { t } = useI18n();
  return (
    <>
      {outcome?.step === 'errors' && <ImportErrorsTable ref={outcomeRef} errors={outcome.errors} />}
      {outcome?.step === 'failed' && (
        <div ref={outcomeRef} className="notice notice-error" role="alert" tabIndex={-1}>
          {outcome.message}
        </div>
      )}
      {outcome?.step === 'checked' && (
        <div
          ref={outcomeRef}
          className="notice notice-success"
          role="status"
          tabIndex={-1}
          data-testid="import-checked"
        >
          <h2>{t('importCheckedTitle')}</h2>
          <p>{t(kind.checkedText, kind.counts(outcome.result))}</p>
          <button type="button" className="button" disabled={pending} onClick={onConfirm}>
            {pending ? t('importImporting') : t('importConfirm')}
          </button>
        </div>
      )}
      {outcome?.step === 'imported' && (
        <div ref={outcomeRef} className="notice notice-success" role="status" tabIndex={-1} data-testid="import-done">
          <h2>{t('importDoneTitle')}</h2>
          <p>{t(kind.doneText, kind.counts(outcome.result))}</p>
        </div>
      )}
    </>
  );
}
