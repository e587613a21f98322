import { intlLocale, localeName, SOURCE_LOCALE, type Locale } from '@cpc/domain';
import { useI18n } from '../i18n/useI18n';

/** Where the handbook's own texts show in another language than its French: says the translation is unofficial. */
export function TranslationNotice() {
  const { t, lang } = useI18n();
  if (lang === SOURCE_LOCALE) return null;
  return (
    <p className="muted translation-notice" data-testid="translation-notice">
      {t('handbookTranslationNotice', { language: languageInSentence(lang) })}
    </p>
  );
}

/** The language's name as a sentence of that language writes it: `español` in Spanish, where the menu's autonym says `Español`. */
function languageInSentence(lang: Locale): string {
  return new Intl.DisplayNames([intlLocale(lang)], { type: 'language' }).of(lang) ?? localeName(lang);
}
