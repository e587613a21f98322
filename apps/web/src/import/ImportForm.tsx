import { useId, useRef, useState, type RefObject } from 'react';
import { useI18n } from '../i18n/useI18n';
import type { ImportUpload } from './importKind';
import { useImportUpload } from './useImportUpload';
import { ImportOutcomeView } from './ImportOutcomeView';

/** Upload in two steps: a dry run that lists every problem, then the import of a file that passed it. */
export function ImportForm<R>({ kind }: { kind: ImportUpload<R> }) {
  const { t } = useI18n();
  const { setFile, file, outcome, setOutcome, outcomeRef, upload } = useImportUpload(kind);
  const [noFile, setNoFile] = useState(false);
  const fileRef = useRef<HTMLInputElement>(null);

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
        <ImportFileField
          fileRef={fileRef}
          noFile={noFile}
          onChoose={(chosen) => {
            setFile(chosen);
            setNoFile(false);
            setOutcome(null);
          }}
        />
        <button type="submit" className="button" disabled={upload.isPending}>
          {upload.isPending && upload.variables.dryRun ? t('importChecking') : t('importCheck')}
        </button>
      </form>
      <ImportOutcomeView
        kind={kind}
        outcome={outcome}
        outcomeRef={outcomeRef}
        pending={upload.isPending}
        onConfirm={() => {
          upload.mutate({ dryRun: false });
        }}
      />
    </div>
  );
}

interface ImportFileFieldProps {
  fileRef: RefObject<HTMLInputElement | null>;
  /** Whether the reader asked for a check without a file. */
  noFile: boolean;
  onChoose: (file: File | null) => void;
}

function ImportFileField({ fileRef, noFile, onChoose }: ImportFileFieldProps) {
  const { t } = useI18n();
  const fileId = useId();
  const hintId = useId();
  const errorId = useId();
  return (
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
          onChoose(e.target.files?.[0] ?? null);
        }}
      />
    </div>
  );
}
