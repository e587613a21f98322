import { METHODOLOGY_VERSION } from '@cpc/domain';
import { useI18n } from '../i18n/useI18n';

export function SiteFooter() {
  const { t } = useI18n();
  return (
    <footer className="page-footer">
      <p>
        {t('footerMethodology', { version: METHODOLOGY_VERSION })} {t('footerSource')}
      </p>
    </footer>
  );
}
