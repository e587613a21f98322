import { useI18n } from '../i18n/useI18n';
import { useShownMethodology } from '../methodology/shownMethodology';

/** Every page's footer: the methodology of the figures shown (the address's version, else the default) and the source. */
export function SiteFooter() {
  const { t } = useI18n();
  const version = useShownMethodology();
  return (
    <footer className="page-footer">
      <p data-testid="site-footer-text">
        {version && t('footerMethodology', { version })} {t('footerSource')}
      </p>
    </footer>
  );
}
