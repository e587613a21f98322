import { intlLocale } from '@cpc/domain';
import { useI18n } from '../i18n/useI18n';

/** "120 / 4,000 characters": polite, not live, so typing is not read out letter by letter. */
export function CharacterCount({ id, length, max }: { id: string; length: number; max: number }) {
  const { t, lang } = useI18n();
  const number = new Intl.NumberFormat(intlLocale(lang));
  return (
    <p id={id} className="character-count">
      {t('characterCount', { count: number.format(length), max })}
    </p>
  );
}
