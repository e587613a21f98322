import { useQuery } from '@tanstack/react-query';
import { canSetDisclosure } from '@cpc/domain';
import { disclosureQuery } from '../api/disclosureQueries';
import { useSessionUser } from '../auth/useSession';
import { DISCLOSURE_LABELS } from '../i18n/labels';
import { useI18n } from '../i18n/useI18n';
import { hrefFor } from '../router/href';
import { Link } from '../router/Link';
import { paths } from '../router/routes';

/**
 * A country's disclosure preference among the facts of its assessment, read-only: it is changed on the
 * country's profile, by its coordinator or an admin. Nothing until it is known.
 */
export function DisclosureFact({ iso3 }: { iso3: string }) {
  const { t, lang } = useI18n();
  const user = useSessionUser();
  const query = useQuery(disclosureQuery(iso3));
  if (!query.data) return null;
  const canSet = user !== null && canSetDisclosure(user, iso3);
  return (
    <div data-testid="assessment-disclosure">
      <dt>{t('disclosureTitle')}</dt>
      <dd data-level={query.data.level}>
        {t(DISCLOSURE_LABELS[query.data.level])}{' '}
        <Link to={hrefFor(paths.country(iso3), lang)}>
          ({canSet ? t('disclosureChangeOnProfile') : t('disclosureSeeOnProfile')})
        </Link>
      </dd>
    </div>
  );
}
