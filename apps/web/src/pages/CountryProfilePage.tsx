import { useQuery } from '@tanstack/react-query';
import { isGlobalRole, type SessionUser } from '@cpc/domain';
import { isForbidden, isNotFound, profileQuery } from '../api/profileQuery';
import { useCountryName } from '../assessments/useCountryName';
import { ControlsBar } from '../components/ControlsBar';
import { CopyLinkButton } from '../components/CopyLinkButton';
import { DemoDataBanner } from '../components/DemoDataBanner';
import { ErrorState } from '../components/ErrorState';
import { StatusToggle } from '../components/StatusToggle';
import { ViewGroupingSelect } from '../components/ViewGroupingSelect';
import { useI18n } from '../i18n/useI18n';
import { CountryPicker } from '../profile/CountryPicker';
import { ProfileBody } from '../profile/ProfileBody';
import { navigate } from '../router/history';
import { hrefFor } from '../router/href';
import { Link } from '../router/Link';
import { paths } from '../router/routes';
import { PageLoading } from '../shell/PageLoading';
import { PageTitle } from '../shell/PageTitle';
import { PAGE_KEYS } from '../url/pageKeys';
import { useAnalyticsView } from '../url/useAnalyticsView';

interface CountryProfilePageProps {
  iso3: string;
  user: SessionUser;
  currentYear: number;
}

/** One country: its trajectory, its dimensions against its region, its gaps, its levels and its history. */
export function CountryProfilePage({ iso3, user, currentYear }: CountryProfilePageProps) {
  const { t, lang, localize } = useI18n();
  const view = useAnalyticsView(currentYear, PAGE_KEYS.profile);
  const countryName = useCountryName();
  const validatedOnly = view.state.status === 'validated';
  const query = useQuery({ ...profileQuery(iso3, view.groupingId, validatedOnly), enabled: view.groupings.isFetched });
  const name = query.data ? localize(query.data.country.name) : countryName(iso3);
  const title = t('profileTitle', { country: name });

  return (
    <>
      {query.data?.demo && <DemoDataBanner />}
      <div className="page-heading">
        <PageTitle documentTitle={title}>{title}</PageTitle>
        <CopyLinkButton />
      </div>
      <p className="page-intro">{t('profileIntro')}</p>
      <ControlsBar label={t('controlsLegend')}>
        {isGlobalRole(user.role) && (
          <CountryPicker
            value={iso3}
            onChange={(next) => {
              navigate(hrefFor(paths.country(next), lang, { grouping: view.groupingId }));
            }}
          />
        )}
        <ViewGroupingSelect view={view} />
        <StatusToggle
          value={view.state.status}
          onChange={(status) => {
            view.update({ status });
          }}
        />
      </ControlsBar>
      {isForbidden(query.error) ? (
        <div className="notice notice-error" role="alert" data-testid="profile-forbidden">
          <h2>{t('profileForbiddenTitle')}</h2>
          <p>{t('profileForbiddenText', { country: name })}</p>
          {user.country && (
            <p>
              <Link to={hrefFor(paths.country(user.country), lang)}>{t('profileOwnLink')}</Link>
            </p>
          )}
        </div>
      ) : isNotFound(query.error) ? (
        <p className="notice notice-error" role="alert">
          {t('profileNotFound', { iso3 })}
        </p>
      ) : query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} retrying={query.isFetching} />
      ) : query.data ? (
        <ProfileBody profile={query.data} user={user} />
      ) : (
        <PageLoading />
      )}
    </>
  );
}
