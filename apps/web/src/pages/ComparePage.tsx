import { useId } from 'react';
import { useQuery } from '@tanstack/react-query';
import { maturityExport, maturityQuery } from '../api/maturityQuery';
import { useI18n } from '../i18n/useI18n';
import { PAGE_KEYS } from '../url/pageKeys';
import { useAnalyticsView } from '../view/useAnalyticsView';
import { AnalyticsHeader } from '../analyticsHeader/AnalyticsHeader';
import { ControlsBar } from '../ui/ControlsBar';
import { ProtectedFigures } from '../disclosure/ProtectedFiguresNotice';
import { ViewStatusToggle } from '../view/ViewStatusToggle';
import { ViewGroupingSelect } from '../view/ViewGroupingSelect';
import { ViewMethodologySelect } from '../view/ViewMethodologySelect';
import { ViewYearRange } from '../view/ViewYearRange';
import { ViewYearSelect } from '../view/ViewYearSelect';
import { SmallMultiples } from '../compare/SmallMultiples';
import { YearSection } from '../compare/YearSection';

/** The regions side by side: each dimension over time, then one year as a heatmap and a table. */
export function ComparePage({ currentYear }: { currentYear: number }) {
  const { t } = useI18n();
  const view = useAnalyticsView(currentYear, PAGE_KEYS.compare);
  const { state, update, grouping, groupingId, region } = view;
  const multiplesId = useId();
  const { from, to, status, methodology } = state;
  const params = { grouping: groupingId, from, to, status, methodology };
  const isProtected = useQuery(maturityQuery(params)).data?.protected === true;

  return (
    <>
      <AnalyticsHeader title={t('compareTitle')} intro={t('compareIntro')} exportSource={maturityExport(params)} />
      <ControlsBar label={t('controlsLegend')}>
        <ViewGroupingSelect view={view} />
        <ViewYearRange view={view} currentYear={currentYear} />
        <ViewYearSelect view={view} currentYear={currentYear} label={t('heatmapYearLabel')} />
        <ViewStatusToggle view={view} />
        <ViewMethodologySelect view={view} />
      </ControlsBar>
      <ProtectedFigures shown={isProtected}>
        <section className="analytics-section" aria-labelledby={multiplesId}>
          <h2 id={multiplesId}>{t('smallMultiplesTitle', { from: state.from, to: state.to })}</h2>
          <p className="chart-description">{t('smallMultiplesDescription')}</p>
          <SmallMultiples
            params={params}
            grouping={grouping}
            highlighted={region}
            onHighlight={(next) => {
              update({ region: next });
            }}
          />
        </section>
        <YearSection
          grouping={groupingId}
          groupingInfo={grouping}
          year={state.year}
          status={state.status}
          methodology={state.methodology}
        />
      </ProtectedFigures>
    </>
  );
}
