import { useI18n } from '../i18n/useI18n';

export function PageLoading() {
  const { t } = useI18n();
  return (
    <p className="page-loading" role="status">
      {t('loading')}
    </p>
  );
}
