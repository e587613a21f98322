import { useCallback, useState } from 'react';
import { useI18n } from '../i18n/useI18n';

type Status = { state: 'idle' } | { state: 'working' } | { state: 'failed'; message: string };

/**
 * Runs a download and says how it went: "preparing" while the file is fetched or drawn, the reason if it
 * failed. The text goes in a live region next to the control that started it.
 */
export function useDownloadStatus() {
  const { t } = useI18n();
  const [status, setStatus] = useState<Status>({ state: 'idle' });

  const run = useCallback((download: () => Promise<void>) => {
    setStatus({ state: 'working' });
    download().then(
      () => {
        setStatus({ state: 'idle' });
      },
      (error: unknown) => {
        setStatus({ state: 'failed', message: error instanceof Error ? error.message : String(error) });
      },
    );
  }, []);

  const text =
    status.state === 'working'
      ? t('downloadPreparing')
      : status.state === 'failed'
        ? t('downloadFailed', { message: status.message })
        : '';
  return { run, text, failed: status.state === 'failed' };
}
