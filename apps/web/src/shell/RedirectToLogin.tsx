import { useEffect } from 'react';
import { useI18n } from '../i18n/useI18n';
import { currentUrl, navigate } from '../router/history';
import { hrefFor } from '../router/href';
import { paths } from '../router/routes';
import { PageLoading } from '../ui/PageLoading';

/** Sends a reader without a session to the login page, which brings them back here afterwards. */
export function RedirectToLogin() {
  const { lang } = useI18n();
  useEffect(() => {
    navigate(hrefFor(paths.login(), lang, { next: currentUrl() }), { replace: true });
  }, [lang]);
  return <PageLoading />;
}
