import { useI18n } from '../i18n/useI18n';
import { useSessionUser } from '../auth/useSession';
import { HeaderCountrySearch } from '../search/HeaderCountrySearch';
import { hrefFor } from '../router/href';
import { Link } from '../router/Link';
import { paths, type Route } from '../router/routes';
import { LanguageSwitch } from './LanguageSwitch';
import { MainNav } from './MainNav';
import { UserMenu } from './UserMenu';

/** Two rows: the product and the reader's tools (find a country, language, account), then the pages their role opens. */
export function SiteHeader({ route }: { route: Route }) {
  const { t, lang } = useI18n();
  const user = useSessionUser();
  return (
    <header className="page-header">
      <div className="page-header-inner">
        <p className="brand">
          <Link to={hrefFor(user ? paths.overview() : paths.login(), lang)} className="brand-name">
            {t('appName')}
          </Link>
          <span className="brand-tagline">{t('appTagline')}</span>
        </p>
        <div className="header-tools">
          {user && <HeaderCountrySearch testId="header-country-search" />}
          <LanguageSwitch />
          {user && <UserMenu user={user} />}
        </div>
      </div>
      {user && (
        <div className="page-nav">
          <div className="page-nav-inner">
            <MainNav user={user} route={route} />
          </div>
        </div>
      )}
    </header>
  );
}
