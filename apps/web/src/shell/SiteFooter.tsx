import { useI18n } from '../i18n/useI18n';
import { useShownMethodology } from '../methodology/shownMethodology';
import { paths } from '../router/routes';
import { useLocation } from '../router/useLocation';

/**
 * Every page's footer: the methodology of the figures shown (the address's version, else the default; both on
 * the page that compares them) and the source.
 */
export function SiteFooter() {
  const { t } = useI18n();
  const version = useShownMethodology();
  const comparing = useLocation().pathname === paths.methodology();
  return (
    <footer className="page-footer">
      <p data-testid="site-footer-text">
        {comparing ? t('methodologyFooterBoth') : version && t('footerMethodology', { version })} {t('footerSource')}
      </p>
    </footer>
  );
}
