import { useId, useMemo, useRef } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { difficultiesExport, difficultiesQuery, type YearParams } from '../api/analyticsQueries';
import { difficultyPanels } from '../analytics/difficultyPanels';
import { orderedRegions } from '../analytics/regions';
import { ChartDownloadMenu } from '../chart/ChartDownloadMenu';
import { ErrorState } from '../ui/ErrorState';
import { LoadingState } from '../ui/LoadingState';
import { TableToggle } from '../ui/TableToggle';
import { useI18n } from '../i18n/useI18n';
import type { AnalyticsView } from '../view/useAnalyticsView';
import { CountsCycleNote, countsPeriodLabel } from './countsPeriod';
import { DifficultyTable } from './DifficultyTable';
import { ShareBar } from './ShareBar';

/** The difficulties administrations report in A.17, commonest first, one panel per region. */
export function DifficultiesSection({ view, params }: { view: AnalyticsView; params: YearParams }) {
  const { t, localize } = useI18n();
  const titleId = useId();
  const chartRef = useRef<HTMLUListElement>(null);
  const query = useQuery({ ...difficultiesQuery(params), placeholderData: keepPreviousData });
  const allName = useMemo(() => ({ en: t('allMembers'), fr: t('allMembers') }), [t]);
  const regions = view.grouping?.regions;
  const panels = useMemo(() => {
    if (!query.data) return [];
    const named = orderedRegions(
      query.data.items.map((i) => ({ region: i.region, regionName: { en: i.region, fr: i.region } })),
      regions ?? [],
    );
    return difficultyPanels(query.data.items, named, allName);
  }, [query.data, regions, allName]);
  const title = t('difficultiesTitle', { year: countsPeriodLabel(t, params.year, query.data) });

  return (
    <section className="analytics-section" aria-labelledby={titleId} data-testid="difficulties">
      <div className="chart-heading">
        <h2 id={titleId}>{title}</h2>
        <ChartDownloadMenu chart={chartRef} title={title} source={difficultiesExport(params)} />
      </div>
      <p className="chart-description">{t('difficultiesDescription')}</p>
      <CountsCycleNote t={t} data={query.data} />
      {query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} retrying={query.isFetching} />
      ) : !query.data ? (
        <LoadingState />
      ) : (
        <div aria-busy={query.isPlaceholderData}>
          <ul ref={chartRef} className="difficulty-panels">
            {panels.map((panel) => (
              <li key={panel.code} className="difficulty-panel" data-region={panel.code}>
                <h3>{localize(panel.name)}</h3>
                <p className="muted">
                  {panel.assessed === null ? t('withheld') : t('difficultiesAssessed', { count: panel.assessed })}
                </p>
                <ol className="difficulty-bars">
                  {panel.bars.map((bar) => (
                    <li key={bar.option} data-option={bar.option}>
                      <span className="difficulty-label">{localize(bar.label)}</span>
                      <ShareBar cell={bar.share} />
                    </li>
                  ))}
                </ol>
              </li>
            ))}
          </ul>
          <TableToggle subject={title} testId="difficulty-table-panel">
            <DifficultyTable panels={panels} caption={title} />
          </TableToggle>
        </div>
      )}
    </section>
  );
}
