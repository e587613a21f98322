import { I18nProvider } from './i18n/I18nProvider';
import { langFromSearch } from './i18n/languages';
import { useLocation } from './router/useLocation';
import { matchRoute } from './router/routes';
import { AppShell } from './shell/AppShell';
import { RouteView } from './shell/RouteView';

interface AppProps {
  /** Injected so tests do not depend on the calendar. */
  currentYear?: number;
}

/** The address decides everything: the page from the path, the language and the view from the query string. */
export function App({ currentYear = new Date().getFullYear() }: AppProps) {
  const { pathname, search } = useLocation();
  const route = matchRoute(pathname);
  return (
    <I18nProvider lang={langFromSearch(search)}>
      <AppShell route={route}>
        <RouteView route={route} currentYear={currentYear} />
      </AppShell>
    </I18nProvider>
  );
}
