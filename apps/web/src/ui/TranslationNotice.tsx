import { localeName, SOURCE_LOCALE } from '@cpc/domain';
import { useI18n } from '../i18n/useI18n';

/** Where the handbook's own texts show in another language than its French: says the translation is unofficial. */
export function TranslationNotice() {
  const { t, lang } = useI18n();
  if (lang === SOURCE_LOCALE) return null;
  return (
    <p className="muted translation-notice" data-testid="translation-notice">
      {t('handbookTranslationNotice', { language: localeName(lang) })}
    </p>
  );
}
