import { useI18n } from '../i18n/useI18n';
import { localeName } from '@cpc/domain';
import { rememberLang, SUPPORTED_LANGS } from '../i18n/languages';
import { useLocation } from '../router/useLocation';
import { withLang } from '../router/href';
import { Link } from '../router/Link';

/**
 * Real links to the same page in the other language; Back returns to the previous language. The choice is
 * remembered for addresses that come without a language.
 */
export function LanguageSwitch() {
  const { t, lang: current } = useI18n();
  const { pathname, search } = useLocation();
  return (
    <nav className="language-switch" aria-label={t('languageSwitchLabel')}>
      <ul>
        {SUPPORTED_LANGS.map((lang) => (
          <li key={lang}>
            <Link
              to={withLang(pathname, search, lang)}
              lang={lang}
              hrefLang={lang}
              aria-current={lang === current ? 'true' : undefined}
              onClick={() => {
                rememberLang(lang);
              }}
            >
              {/* The name read aloud holds the visible code too, as WCAG 2.5.3 (label in name) asks. */}
              {lang.toUpperCase()} <span className="visually-hidden">{localeName(lang)}</span>
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
