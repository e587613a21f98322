import type { ReactNode } from 'react';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ProfileResponse, SessionUser } from '@cpc/domain';
import { isForbidden, isNotFound } from '../api/profileQuery';
import { ErrorState } from '../ui/ErrorState';
import { useI18n } from '../i18n/useI18n';
import { hrefFor } from '../router/href';
import { Link } from '../router/Link';
import { paths } from '../router/routes';
import { PageLoading } from '../ui/PageLoading';

interface ProfileLoaderProps {
  query: UseQueryResult<ProfileResponse>;
  iso3: string;
  /** The country's name, as far as it is known. */
  name: string;
  user: SessionUser;
  children: (profile: ProfileResponse) => ReactNode;
}

/**
 * A country's profile once loaded; until then, or instead, why not: a national account asking for another
 * country (the API's 403, with a link to their own), an unknown code, or a failure to retry.
 */
export function ProfileLoader({ query, iso3, name, user, children }: ProfileLoaderProps) {
  const { t, lang } = useI18n();
  if (isForbidden(query.error)) {
    return (
      <div className="notice notice-error" role="alert" data-testid="profile-forbidden">
        <h2>{t('profileForbiddenTitle')}</h2>
        <p>{t('profileForbiddenText', { country: name })}</p>
        {user.country && (
          <p>
            <Link to={hrefFor(paths.country(user.country), lang)}>{t('profileOwnLink')}</Link>
          </p>
        )}
      </div>
    );
  }
  if (isNotFound(query.error)) {
    return (
      <p className="notice notice-error" role="alert">
        {t('profileNotFound', { iso3 })}
      </p>
    );
  }
  if (query.isError) {
    return <ErrorState error={query.error} onRetry={() => void query.refetch()} retrying={query.isFetching} />;
  }
  return query.data ? children(query.data) : <PageLoading />;
}
