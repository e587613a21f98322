import { useQuery } from '@tanstack/react-query';
import { gapsExport, gapsQuery } from '../api/analyticsQueries';
import { AnalyticsHeader } from '../analyticsHeader/AnalyticsHeader';
import { ControlsBar } from '../ui/ControlsBar';
import { ProtectedFigures } from '../disclosure/ProtectedFiguresNotice';
import { ViewStatusToggle } from '../view/ViewStatusToggle';
import { ViewGroupingSelect } from '../view/ViewGroupingSelect';
import { ViewMethodologySelect } from '../view/ViewMethodologySelect';
import { DifficultiesSection } from '../gaps/DifficultiesSection';
import { GapRankingSection } from '../gaps/GapRankingSection';
import { useI18n } from '../i18n/useI18n';
import { PAGE_KEYS } from '../url/pageKeys';
import { ViewYearSelect } from '../view/ViewYearSelect';
import { useAnalyticsView } from '../view/useAnalyticsView';

/** What holds cooperation back: the commonest gaps with the handbook's solutions, and the reported difficulties. */
export function GapsPage({ currentYear }: { currentYear: number }) {
  const { t } = useI18n();
  const view = useAnalyticsView(currentYear, PAGE_KEYS.gaps);
  const { state, groupingId } = view;
  const params = { grouping: groupingId, year: state.year, status: state.status, methodology: state.methodology };
  const isProtected = useQuery(gapsQuery(params)).data?.protected === true;

  return (
    <>
      <AnalyticsHeader title={t('gapsPageTitle')} intro={t('gapsPageIntro')} exportSource={gapsExport(params)} />
      <ControlsBar label={t('controlsLegend')}>
        <ViewGroupingSelect view={view} />
        <ViewYearSelect view={view} currentYear={currentYear} />
        <ViewStatusToggle view={view} />
        <ViewMethodologySelect view={view} />
      </ControlsBar>
      <ProtectedFigures shown={isProtected}>
        <GapRankingSection view={view} params={params} />
        <DifficultiesSection view={view} params={params} />
      </ProtectedFigures>
    </>
  );
}
