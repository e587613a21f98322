import { useQuery } from '@tanstack/react-query';
import { isGlobalRole, type MethodologyVersion, type SessionUser } from '@cpc/domain';
import { profileExport, profileQuery } from '../api/profileQuery';
import { useCountryName } from '../assessments/useCountryName';
import { ControlsBar } from '../ui/ControlsBar';
import { DemoDataBanner } from '../analyticsHeader/DemoDataBanner';
import { ProtectedFigures } from '../disclosure/ProtectedFiguresNotice';
import { DisclosurePanel } from '../disclosure/DisclosurePanel';
import { PageActions } from '../analyticsHeader/PageActions';
import { ViewStatusToggle } from '../view/ViewStatusToggle';
import { ViewGroupingSelect } from '../view/ViewGroupingSelect';
import { ViewMethodologySelect } from '../view/ViewMethodologySelect';
import { useI18n } from '../i18n/useI18n';
import { CompareLink } from '../compareCountries/CompareLink';
import { CountryPicker } from '../profile/CountryPicker';
import { InstrumentTimeline } from '../profile/InstrumentTimeline';
import { ProfileBody } from '../profile/ProfileBody';
import { ProfileLoader } from '../profile/ProfileLoader';
import { navigate } from '../router/history';
import { hrefFor } from '../router/href';
import { Link } from '../router/Link';
import { paths } from '../router/routes';
import { PageTitle } from '../ui/PageTitle';
import { PAGE_KEYS } from '../url/pageKeys';
import { useAnalyticsView } from '../view/useAnalyticsView';

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
  const { methodology } = view.state;
  const profileOptions = profileQuery(iso3, view.groupingId, validatedOnly, methodology);
  const query = useQuery({ ...profileOptions, enabled: view.groupings.isFetched });
  const name = query.data ? localize(query.data.country.name) : countryName(iso3);
  const title = t('profileTitle', { country: name });
  const source = profileExport(iso3, view.groupingId, validatedOnly, methodology);

  return (
    <>
      {query.data?.demo && <DemoDataBanner />}
      <div className="page-heading">
        <PageTitle documentTitle={title}>{title}</PageTitle>
        <PageActions exportSource={source} />
      </div>
      <p className="page-intro">{t('profileIntro')}</p>
      <ControlsBar label={t('controlsLegend')}>
        {isGlobalRole(user.role) && (
          <CountryPicker
            value={iso3}
            onChange={(next) => {
              navigate(hrefFor(paths.country(next), lang, { grouping: view.groupingId, methodology }));
            }}
          />
        )}
        <ViewGroupingSelect view={view} />
        <ViewStatusToggle view={view} />
        <ViewMethodologySelect view={view} />
      </ControlsBar>
      <ProfileLoader query={query} iso3={iso3} name={name} user={user}>
        {(profile) => (
          <ProtectedFigures shown={profile.protected}>
            <ReportLink
              iso3={iso3}
              grouping={view.groupingId}
              validatedOnly={validatedOnly}
              methodology={methodology}
            />
            <ProfileBody profile={profile} user={user} source={source} />
            <InstrumentTimeline iso3={iso3} country={name} user={user} />
            <DisclosurePanel iso3={iso3} country={name} user={user} />
          </ProtectedFigures>
        )}
      </ProfileLoader>
    </>
  );
}

interface ReportLinkProps {
  iso3: string;
  grouping: string;
  validatedOnly: boolean;
  methodology: MethodologyVersion | null;
}

/** The printable report of the country, with the same grouping and status set. */
function ReportLink({ iso3, grouping, validatedOnly, methodology }: ReportLinkProps) {
  const { t, lang } = useI18n();
  return (
    <p className="assessment-links">
      <Link
        to={hrefFor(paths.countryReport(iso3), lang, {
          grouping,
          status: validatedOnly ? 'validated' : null,
          methodology,
        })}
        data-testid="report-link"
      >
        {t('reportLink')}
      </Link>
      {' · '}
      <Link to={hrefFor(paths.actionPlan(iso3), lang)} data-testid="plan-link">
        {t('planLink')}
      </Link>
      {' · '}
      <CompareLink iso3={iso3} />
    </p>
  );
}
