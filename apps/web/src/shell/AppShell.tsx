import { useEffect, type ReactNode } from 'react';
import { textDirection } from '@cpc/domain';
import { useI18n } from '../i18n/useI18n';
import type { Route } from '../router/routes';
import { SiteHeader } from './SiteHeader';
import { SiteFooter } from './SiteFooter';

/** What every page shares: the skip link, the header with navigation, the main landmark and the footer. */
export function AppShell({ route, children }: { route: Route; children: ReactNode }) {
  const { t, lang } = useI18n();
  useEffect(() => {
    document.documentElement.lang = lang;
    // Arabic mirrors the whole page: layout, tables, forms and menus follow the logical CSS properties.
    document.documentElement.dir = textDirection(lang);
  }, [lang]);
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('skipToContent')}
      </a>
      <SiteHeader route={route} />
      <main id="main" tabIndex={-1} className="page-main">
        {children}
      </main>
      <SiteFooter />
    </div>
  );
}
