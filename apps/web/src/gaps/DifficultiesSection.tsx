import { useId, useMemo, useRef } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { difficultiesExport, difficultiesQuery, type YearParams } from '../api/analyticsQueries';
import type { DifficultiesResponse } from '@cpc/domain';
import { difficultyPanels, type DifficultyPanel } from '../analytics/difficultyPanels';
import { orderedRegions, type NamedRegion } from '../analytics/regions';
import { ChartDownloadMenu } from '../chart/ChartDownloadMenu';
import { ErrorState } from '../ui/ErrorState';
import { LoadingState } from '../ui/LoadingState';
import { TableToggle } from '../ui/TableToggle';
import { useI18n } from '../i18n/useI18n';
import type { AnalyticsView } from '../view/useAnalyticsView';
import { CountsCycleNote, countsPeriodLabel } from './countsPeriod';
import { DifficultyTable } from './DifficultyTable';
import { ShareBar } from './ShareBar';

/** One panel per region of the grouping (in its order), then one for all members. */
function usePanels(data: DifficultiesResponse | undefined, regions: readonly NamedRegion[] | undefined) {
  const { t } = useI18n();
  const allName = useMemo(() => ({ en: t('allMembers'), fr: t('allMembers') }), [t]);
  return useMemo(() => {
    if (!data) return [];
    const named = orderedRegions(
      data.items.map((i) => ({ region: i.region, regionName: { en: i.region, fr: i.region } })),
      regions ?? [],
    );
    return difficultyPanels(data.items, named, allName);
  }, [data, regions, allName]);
}

/** The difficulties administrations report in A.17, commonest first, one panel per region. */
export function DifficultiesSection({ view, params }: { view: AnalyticsView; params: YearParams }) {
  const { t } = useI18n();
  const titleId = useId();
  const chartRef = useRef<HTMLUListElement>(null);
  const query = useQuery({ ...difficultiesQuery(params), placeholderData: keepPreviousData });
  const panels = usePanels(query.data, view.grouping?.regions);
  const title = t('difficultiesTitle', { year: countsPeriodLabel(t, params.year, query.data) });

  return (
    <section className="analytics-section" aria-labelledby={titleId} data-testid="difficulties">
      <div className="chart-heading">
        <h2 id={titleId}>{title}</h2>
        <ChartDownloadMenu
          howToRead="chartHelpDifficulties"
          chart={chartRef}
          title={title}
          source={difficultiesExport(params)}
        />
      </div>
      <p className="chart-description">{t('difficultiesDescription')}</p>
      <CountsCycleNote data={query.data} />
      {query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} retrying={query.isFetching} />
      ) : !query.data ? (
        <LoadingState />
      ) : (
        <div aria-busy={query.isPlaceholderData}>
          <ul ref={chartRef} className="difficulty-panels">
            {panels.map((panel) => (
              <DifficultyPanelView key={panel.code} panel={panel} />
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

function DifficultyPanelView({ panel }: { panel: DifficultyPanel }) {
  const { t, localize } = useI18n();
  return (
    <li className="difficulty-panel" data-region={panel.code}>
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
  );
}
