import { ALL_REGIONS } from '@cpc/domain';
import { useId, useMemo } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { gapsQuery, type YearParams } from '../api/analyticsQueries';
import { rankGaps } from '../analytics/gapRanking';
import { ErrorState } from '../ui/ErrorState';
import { TranslationNotice } from '../ui/TranslationNotice';
import { LoadingState } from '../ui/LoadingState';
import { RegionSelect } from '../view/RegionSelect';
import { useI18n } from '../i18n/useI18n';
import type { AnalyticsView } from '../view/useAnalyticsView';
import { CountsCycleNote, countsPeriodLabel } from './countsPeriod';
import { RankedGapItem } from './RankedGapItem';

/** The scored items of one region, commonest gap first, each with the handbook's possible solutions. */
export function GapRankingSection({ view, params }: { view: AnalyticsView; params: YearParams }) {
  const { t, localize } = useI18n();
  const titleId = useId();
  const query = useQuery({ ...gapsQuery(params), placeholderData: keepPreviousData });
  const regionCode = view.region ?? ALL_REGIONS;
  const ranked = useMemo(() => (query.data ? rankGaps(query.data.items, regionCode) : []), [query.data, regionCode]);
  const regionName = view.grouping?.regions.find((r) => r.code === regionCode)?.name;
  const place = regionName ? localize(regionName) : t('allMembers');
  const withheld = ranked.length > 0 && ranked.every((g) => g.share.state === 'withheld');
  const period = countsPeriodLabel(t, params.year, query.data);
  const assessed = ranked.find((g) => g.assessed !== null)?.assessed ?? 0;

  return (
    <section className="analytics-section" aria-labelledby={titleId} data-testid="gap-ranking">
      <h2 id={titleId}>{t('gapsRankingTitle', { place, year: period })}</h2>
      <p className="chart-description">{t('gapsRankingDescription')}</p>
      <CountsCycleNote data={query.data} />
      <TranslationNotice />
      <div className="section-controls">
        <RegionSelect
          label={t('regionLabel')}
          grouping={view.grouping}
          value={view.region}
          onChange={(region) => {
            view.update({ region });
          }}
        />
      </div>
      {query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} retrying={query.isFetching} />
      ) : !query.data ? (
        <LoadingState />
      ) : withheld ? (
        <p className="empty-state withheld" role="status" data-testid="gaps-withheld">
          {t('withheld')}
        </p>
      ) : assessed === 0 ? (
        <p className="empty-state" role="status">
          {t('gapsNoneAssessed', { place, year: period })}
        </p>
      ) : (
        <ol className="ranked-gaps" aria-busy={query.isPlaceholderData}>
          {ranked.map((gap, i) => (
            <RankedGapItem key={gap.code} gap={gap} rank={i + 1} />
          ))}
        </ol>
      )}
    </section>
  );
}
