import { useI18n } from '../i18n/useI18n';

export function DemoDataBanner() {
  const { t } = useI18n();
  return (
    <aside className="demo-banner" data-testid="demo-banner" aria-label={t('demoBannerTitle')}>
      <strong>{t('demoBannerTitle')}.</strong> {t('demoBannerText')}
    </aside>
  );
}
