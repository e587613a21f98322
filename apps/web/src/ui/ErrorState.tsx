import { useI18n } from '../i18n/useI18n';
import { ApiError } from '../api/ApiError';
import { errorText } from '../i18n/errorText';

interface ErrorStateProps {
  error: Error;
  onRetry: () => void;
  retrying: boolean;
}

export function ErrorState({ error, onRetry, retrying }: ErrorStateProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const status = error instanceof ApiError && error.status > 0 ? error.status : null;
  return (
    <div className="error-state" role="alert">
      <h2>{t('errorTitle')}</h2>
      {/* What was wrong with the request, from the API's code (or its own message), which a generic text cannot say. */}
      <p className="error-message">{errorText(error, i18n)}</p>
      {status !== null && <p className="error-status">{t('errorStatus', { status })}</p>}
      <button type="button" onClick={onRetry} disabled={retrying}>
        {retrying ? t('loading') : t('retry')}
      </button>
    </div>
  );
}
