import { useQuery } from '@tanstack/react-query';
import type { SessionUser } from '@cpc/domain';
import { profileExport, profileQuery } from '../api/profileQuery';
import { useCountryName } from '../assessments/useCountryName';
import { DemoDataBanner } from '../analyticsHeader/DemoDataBanner';
import { useI18n } from '../i18n/useI18n';
import { ProfileLoader } from '../profile/ProfileLoader';
import { ReportBody } from '../profile/ReportBody';
import { hrefFor } from '../router/href';
import { Link } from '../router/Link';
import { paths } from '../router/routes';
import { PageTitle } from '../ui/PageTitle';
import { PAGE_KEYS } from '../url/pageKeys';
import { useAnalyticsView } from '../view/useAnalyticsView';
import '../styles/report.css';

interface CountryReportPageProps {
  iso3: string;
  user: SessionUser;
  currentYear: number;
}

/**
 * A country's profile laid out for A4 paper, in the page's language: print it or save it as PDF. The API
 * decides whose profile an account may read, so a national account gets its own country's report only.
 */
export function CountryReportPage({ iso3, user, currentYear }: CountryReportPageProps) {
  const { t, lang, localize } = useI18n();
  const view = useAnalyticsView(currentYear, PAGE_KEYS.profile);
  const countryName = useCountryName();
  const validatedOnly = view.state.status === 'validated';
  const { methodology } = view.state;
  const profileOptions = profileQuery(iso3, view.groupingId, validatedOnly, methodology);
  const query = useQuery({ ...profileOptions, enabled: view.groupings.isFetched });
  const name = query.data ? localize(query.data.country.name) : countryName(iso3);
  const title = t('reportTitle', { country: name });
  const groupingName = view.grouping ? localize(view.grouping.name) : view.groupingId;
  const profileView = { grouping: view.groupingId, status: validatedOnly ? 'validated' : null, methodology };

  return (
    <article className="country-report" data-testid="country-report">
      {query.data?.demo && <DemoDataBanner />}
      <div className="page-heading">
        <PageTitle documentTitle={title}>{title}</PageTitle>
        <div className="report-actions">
          <button
            type="button"
            className="button"
            onClick={() => {
              window.print();
            }}
          >
            {t('reportPrint')}
          </button>
          <Link to={hrefFor(paths.country(iso3), lang, profileView)}>{t('reportBackToProfile')}</Link>
        </div>
      </div>
      <p className="page-intro">
        {t('reportIntro')} {t('reportComparedWith', { grouping: groupingName })}
      </p>
      <ProfileLoader query={query} iso3={iso3} name={name} user={user}>
        {(profile) => (
          <ReportBody
            profile={profile}
            user={user}
            source={profileExport(iso3, view.groupingId, validatedOnly, methodology)}
            validatedOnly={validatedOnly}
          />
        )}
      </ProfileLoader>
    </article>
  );
}
