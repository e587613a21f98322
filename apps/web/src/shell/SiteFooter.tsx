import { useI18n } from '../i18n/useI18n';
import { useShownMethodology } from '../methodology/shownMethodology';
import { hrefFor } from '../router/href';
import { Link } from '../router/Link';
import { paths } from '../router/routes';
import { useLocation } from '../router/useLocation';

/**
 * Every page's footer: the methodology of the figures shown (the address's version, else the default; both on
 * the page that compares them), a link to the methodology's text, and the source.
 */
export function SiteFooter() {
  const { t, lang } = useI18n();
  const version = useShownMethodology();
  const comparing = useLocation().pathname === paths.methodology();
  const methodology = comparing ? t('methodologyFooterBoth') : version && t('footerMethodology', { version });
  return (
    <footer className="page-footer">
      <p data-testid="site-footer-text">
        {methodology && (
          <Link to={hrefFor(paths.methodologyGuide(), lang)} data-testid="footer-methodology-link">
            {methodology}
          </Link>
        )}{' '}
        {t('footerSource')}
      </p>
    </footer>
  );
}
