import { useI18n } from '../i18n/useI18n';

export function EmptyState({ from, to }: { from: number; to: number }) {
  const { t } = useI18n();
  return (
    <div className="empty-state" role="status">
      <h2>{t('emptyTitle')}</h2>
      <p>{t('emptyText', { from, to })}</p>
    </div>
  );
}
