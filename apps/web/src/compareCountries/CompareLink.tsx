import { useCountryName } from '../assessments/useCountryName';
import { useI18n } from '../i18n/useI18n';
import { hrefFor } from '../router/href';
import { Link } from '../router/Link';
import { paths } from '../router/routes';
import { COMPARED_PARAM } from './comparedCodes';

/** "Compare": the comparison page with this country picked, to add others to. */
export function CompareLink({ iso3 }: { iso3: string }) {
  const { t, lang } = useI18n();
  const country = useCountryName()(iso3);
  return (
    <Link
      to={hrefFor(paths.compareCountries(), lang, { [COMPARED_PARAM]: iso3 })}
      aria-label={t('compareActionLabel', { country })}
      data-testid="compare-link"
    >
      {t('compareAction')}
    </Link>
  );
}
