import { I18nProvider } from './i18n/I18nProvider';
import { usePageState } from './url/usePageState';
import { MaturityPage } from './pages/MaturityPage';

interface AppProps {
  /** Injected so tests do not depend on the calendar. */
  currentYear?: number;
}

/** The language comes from the URL, so the URL state is read above the translations. */
export function App({ currentYear = new Date().getFullYear() }: AppProps) {
  const [state, update] = usePageState(currentYear);
  return (
    <I18nProvider lang={state.lang}>
      <MaturityPage state={state} update={update} currentYear={currentYear} />
    </I18nProvider>
  );
}
