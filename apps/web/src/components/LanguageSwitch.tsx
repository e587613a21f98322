import type { MouseEvent } from 'react';
import { useI18n } from '../i18n/useI18n';
import { SUPPORTED_LANGS, type Lang } from '../i18n/languages';
import { serializePageState, type PageState } from '../url/pageState';
import type { MessageKey } from '../i18n/en';

const LANGUAGE_NAMES: Record<Lang, MessageKey> = { en: 'languageEnglish', fr: 'languageFrench' };

interface LanguageSwitchProps {
  state: PageState;
  onSelect: (lang: Lang) => void;
}

function isPlainClick(event: MouseEvent): boolean {
  return event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
}

/** Real links, so "open in new tab" and copying the link also work; a plain click switches in place. */
export function LanguageSwitch({ state, onSelect }: LanguageSwitchProps) {
  const { t, lang: current } = useI18n();
  return (
    <nav className="language-switch" aria-label={t('languageSwitchLabel')}>
      <ul>
        {SUPPORTED_LANGS.map((lang) => (
          <li key={lang}>
            <a
              href={serializePageState({ ...state, lang }, window.location.search)}
              lang={lang}
              hrefLang={lang}
              aria-label={t(LANGUAGE_NAMES[lang])}
              aria-current={lang === current ? 'true' : undefined}
              onClick={(event) => {
                if (!isPlainClick(event)) return;
                event.preventDefault();
                onSelect(lang);
              }}
            >
              {lang.toUpperCase()}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
