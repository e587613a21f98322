import { useQuery } from '@tanstack/react-query';
import type { SessionUser } from '@cpc/domain';
import { maturityQuery } from '../api/maturityQuery';
import { DemoDataNotice } from '../analyticsHeader/DemoDataNotice';
import { ProtectedFigures } from '../disclosure/ProtectedFiguresNotice';
import { useI18n } from '../i18n/useI18n';
import { CountryIndexSection } from '../methodology/CountryIndexSection';
import { MethodologyDecision } from '../methodology/MethodologyDecision';
import { RegionRanksSection } from '../methodology/RegionRanksSection';
import { hrefFor } from '../router/href';
import { Link } from '../router/Link';
import { paths } from '../router/routes';
import { ControlsBar } from '../ui/ControlsBar';
import { CopyLinkButton } from '../ui/CopyLinkButton';
import { PageTitle } from '../ui/PageTitle';
import { PAGE_KEYS } from '../url/pageKeys';
import { ViewYearSelect } from '../view/ViewYearSelect';
import { useAnalyticsView } from '../view/useAnalyticsView';
import { ViewGroupingSelect } from '../view/ViewGroupingSelect';
import { ViewStatusToggle } from '../view/ViewStatusToggle';

interface MethodologyPageProps {
  user: SessionUser;
  currentYear: number;
}

/** v1 and v2 compared: the regions' ranks and a country's index under each version, and the default's decision. */
export function MethodologyPage({ user, currentYear }: MethodologyPageProps) {
  const { t, lang } = useI18n();
  const view = useAnalyticsView(currentYear, PAGE_KEYS.methodologyComparison);
  const { state, update, groupingId } = view;
  const params = { grouping: groupingId, year: state.year, status: state.status };
  // Both versions protect alike: the first one's answer says whether the reader's figures are protected.
  const isProtected = useQuery(maturityQuery({ ...params, from: state.year, to: state.year, methodology: 'v1' })).data
    ?.protected;
  const title = t('methodologyPageTitle');
  return (
    <>
      <DemoDataNotice />
      <div className="page-heading">
        <PageTitle documentTitle={title}>{title}</PageTitle>
        <div className="page-actions">
          <CopyLinkButton />
        </div>
      </div>
      <p className="page-intro">
        {t('methodologyPageIntro')} <Link to={hrefFor(paths.methodologyGuide(), lang)}>{t('helpGuideLink')}</Link>
      </p>
      <ControlsBar label={t('controlsLegend')}>
        <ViewGroupingSelect view={view} />
        <ViewYearSelect view={view} currentYear={currentYear} />
        <ViewStatusToggle view={view} />
      </ControlsBar>
      <ProtectedFigures shown={isProtected === true}>
        <RegionRanksSection {...params} />
        <CountryIndexSection
          params={params}
          user={user}
          country={state.country}
          onCountry={(country) => {
            update({ country });
          }}
        />
      </ProtectedFigures>
      <MethodologyDecision user={user} />
    </>
  );
}
