import { useI18n } from '../i18n/useI18n';

export function LoadingState() {
  const { t } = useI18n();
  return (
    <div className="loading-state" role="status">
      <div className="skeleton skeleton-chart" aria-hidden="true" />
      <p>{t('loadingChart')}</p>
    </div>
  );
}
