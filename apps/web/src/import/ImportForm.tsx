import { useEffect, useId, useRef, useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ImportError } from '@cpc/domain';
import { importErrorsOf } from '../api/errorBodies';
import { useI18n } from '../i18n/useI18n';
import type { ImportKind } from './importKind';
import { ImportErrorsTable } from './ImportErrorsTable';

type Outcome<R> =
  | { step: 'checked'; result: R }
  | { step: 'imported'; result: R }
  | { step: 'errors'; errors: ImportError[] }
  | { step: 'failed'; message: string };

/** Upload in two steps: a dry run that lists every problem, then the import of a file that passed it. */
export function ImportForm<R>({ kind }: { kind: ImportKind<R> }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const fileId = useId();
  const hintId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [outcome, setOutcome] = useState<Outcome<R> | null>(null);
  const [noFile, setNoFile] = useState(false);
  const fileRef = useRef<HTMLInputElement>(null);
  const errorId = useId();
  const outcomeRef = useRef<HTMLDivElement>(null);

  const upload = useMutation({
    mutationFn: ({ dryRun }: { dryRun: boolean }) => {
      if (!file) throw new Error(t('importChooseFile'));
      return kind.upload(file, dryRun);
    },
    onSuccess: (result, { dryRun }) => {
      setOutcome({ step: dryRun ? 'checked' : 'imported', result });
      if (!dryRun) {
        for (const queryKey of kind.invalidates) void queryClient.invalidateQueries({ queryKey });
      }
    },
    onError: (error) => {
      const errors = importErrorsOf(error);
      setOutcome(errors ? { step: 'errors', errors } : { step: 'failed', message: error.message });
    },
  });

  useEffect(() => {
    if (outcome) outcomeRef.current?.focus();
  }, [outcome]);

  return (
    <div className="import-form">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          setOutcome(null);
          if (!file) {
            setNoFile(true);
            fileRef.current?.focus();
            return;
          }
          upload.mutate({ dryRun: true });
        }}
      >
        <div className="field">
          <label htmlFor={fileId}>{t('importFileLabel')}</label>
          <p id={hintId} className="field-hint">
            {t('importFileHint')}
          </p>
          {noFile && (
            <p id={errorId} className="field-error">
              {t('importChooseFile')}
            </p>
          )}
          <input
            ref={fileRef}
            id={fileId}
            type="file"
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            aria-describedby={noFile ? `${hintId} ${errorId}` : hintId}
            aria-invalid={noFile || undefined}
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              setNoFile(false);
              setOutcome(null);
            }}
          />
        </div>
        <button type="submit" className="button" disabled={upload.isPending}>
          {upload.isPending && upload.variables.dryRun ? t('importChecking') : t('importCheck')}
        </button>
      </form>
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
          <button
            type="button"
            className="button"
            disabled={upload.isPending}
            onClick={() => {
              upload.mutate({ dryRun: false });
            }}
          >
            {upload.isPending ? t('importImporting') : t('importConfirm')}
          </button>
        </div>
      )}
      {outcome?.step === 'imported' && (
        <div ref={outcomeRef} className="notice notice-success" role="status" tabIndex={-1} data-testid="import-done">
          <h2>{t('importDoneTitle')}</h2>
          <p>{t(kind.doneText, kind.counts(outcome.result))}</p>
        </div>
      )}
    </div>
  );
}
