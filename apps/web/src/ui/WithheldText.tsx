import { useI18n } from '../i18n/useI18n';

/**
 * Why a figure is missing for a national user: it rests on fewer than 3 contributing administrations. The
 * short form fits a table cell; its title gives the full reason. No count goes with it, since a count would
 * tell what the withholding hides.
 */
export function WithheldText({ short = true }: { short?: boolean }) {
  const { t } = useI18n();
  return short ? (
    <span className="withheld" title={t('withheld')}>
      {t('withheldShort')}
    </span>
  ) : (
    <span className="withheld">{t('withheld')}</span>
  );
}
