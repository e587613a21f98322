import { useQuery } from '@tanstack/react-query';
import type { GroupingsResponse } from '@cpc/domain';
import { maturityExport, maturityQuery, type MaturityParams } from '../api/maturityQuery';
import { useI18n } from '../i18n/useI18n';
import { PAGE_KEYS } from '../url/pageKeys';
import { useAnalyticsView } from '../view/useAnalyticsView';
import { AnalyticsHeader } from '../analyticsHeader/AnalyticsHeader';
import { ControlsBar } from '../ui/ControlsBar';
import { MaturitySection } from '../chart/MaturitySection';
import { ProtectedFigures } from '../disclosure/ProtectedFiguresNotice';
import { ViewStatusToggle } from '../view/ViewStatusToggle';
import { ViewGroupingSelect } from '../view/ViewGroupingSelect';
import { ViewMethodologySelect } from '../view/ViewMethodologySelect';
import { ViewYearRange } from '../view/ViewYearRange';
import { HeadlineFigures } from '../overview/HeadlineFigures';
import { LevelDistributionSection } from '../overview/LevelDistributionSection';
import { RegionalChartControls } from '../overview/RegionalChartControls';

const NO_GROUPINGS: GroupingsResponse['groupings'] = [];

/** The landing page: headline figures, the regions over time, the spread over the continuum, the coverage. */
export function OverviewPage({ currentYear }: { currentYear: number }) {
  const { t } = useI18n();
  const view = useAnalyticsView(currentYear, PAGE_KEYS.overview);
  const { state, groupingId, groupings } = view;
  const groupingsForChart = groupings.data?.groupings ?? (groupings.isError ? NO_GROUPINGS : null);
  const maturityParams: MaturityParams = {
    grouping: groupingId,
    from: state.from,
    to: state.to,
    dimension: state.dimension,
    status: state.status,
    methodology: state.methodology,
  };
  // The chart's own query: whether the API protected the figures (a national user's) decides the notice.
  const isProtected = useQuery(maturityQuery(maturityParams)).data?.protected === true;

  return (
    <>
      <AnalyticsHeader
        title={t('overviewTitle')}
        intro={t('pageIntro')}
        exportSource={maturityExport(maturityParams)}
      />
      <ControlsBar label={t('controlsLegend')}>
        <ViewGroupingSelect view={view} />
        <ViewYearRange view={view} currentYear={currentYear} />
        <ViewStatusToggle view={view} />
        <ViewMethodologySelect view={view} />
      </ControlsBar>
      <ProtectedFigures shown={isProtected}>
        <HeadlineFigures grouping={groupingId} year={state.to} status={state.status} methodology={state.methodology} />
        <section className="analytics-section" aria-label={t('regionsOverTime')}>
          <RegionalChartControls view={view} bandAvailable={!isProtected} />
          <MaturitySection
            params={maturityParams}
            groupings={groupingsForChart}
            showBand={state.band}
            showAllMembers={state.allMembers}
          />
        </section>
        <LevelDistributionSection view={view} />
      </ProtectedFigures>
      <p className="footnote">{t('footerCoverage')}</p>
    </>
  );
}
