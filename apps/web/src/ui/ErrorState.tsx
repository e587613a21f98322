import { useI18n } from '../i18n/useI18n';
import { ApiError } from '../api/ApiError';

interface ErrorStateProps {
  error: Error;
  onRetry: () => void;
  retrying: boolean;
}

export function ErrorState({ error, onRetry, retrying }: ErrorStateProps) {
  const { t } = useI18n();
  const status = error instanceof ApiError && error.status > 0 ? error.status : null;
  const networkFailure = error instanceof ApiError && error.status === 0;
  return (
    <div className="error-state" role="alert">
      <h2>{t('errorTitle')}</h2>
      {/* The API's own message: it says what was wrong with the request, which a generic text cannot. */}
      <p className="error-message">{networkFailure ? t('errorNetwork') : error.message}</p>
      {status !== null && <p className="error-status">{t('errorStatus', { status })}</p>}
      <button type="button" onClick={onRetry} disabled={retrying}>
        {retrying ? t('loading') : t('retry')}
      </button>
    </div>
  );
}
