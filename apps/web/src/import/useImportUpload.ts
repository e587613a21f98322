import { useEffect, useRef, useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { importErrorsOf, type ImportRowError } from '../api/errorBodies';
import { useI18n } from '../i18n/useI18n';
import type { ImportUpload } from './importKind';

export type ImportOutcome<R> =
  | { step: 'checked'; result: R }
  | { step: 'imported'; result: R }
  | { step: 'errors'; errors: ImportRowError[] }
  | { step: 'failed'; message: string };

/**
 * The chosen file and what became of its upload: a dry run first, then the import itself. Each outcome
 * takes the focus when it appears, so it is read out at once.
 */
export function useImportUpload<R>(kind: ImportUpload<R>) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [outcome, setOutcome] = useState<ImportOutcome<R> | null>(null);
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

  return { file, setFile, outcome, setOutcome, outcomeRef, upload };
}
