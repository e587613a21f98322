import { useI18n } from '../i18n/useI18n';
import { hrefFor } from '../router/href';
import { Link } from '../router/Link';
import { paths } from '../router/routes';
import { PageTitle } from '../ui/PageTitle';

export function ForbiddenPage() {
  const { t, lang } = useI18n();
  return (
    <>
      <PageTitle>{t('forbiddenTitle')}</PageTitle>
      <p>{t('forbiddenText')}</p>
      <p>
        <Link to={hrefFor(paths.overview(), lang)}>{t('backToDashboard')}</Link>
      </p>
    </>
  );
}
