import { ALL_REGIONS } from '@cpc/domain';
import { useId, useMemo, useRef } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { levelsExport, levelsQuery, type LevelsParams } from '../api/analyticsQueries';
import { levelRows } from '../analytics/levelRows';
import { StackedLevelChart } from '../chart/StackedLevelChart';
import { ChartDownloadMenu } from '../chart/ChartDownloadMenu';
import { ErrorState } from '../ui/ErrorState';
import { KindSelect } from '../view/KindSelect';
import { LoadingState } from '../ui/LoadingState';
import { RegionSelect } from '../view/RegionSelect';
import { TableToggle } from '../ui/TableToggle';
import { useI18n } from '../i18n/useI18n';
import type { AnalyticsView } from '../view/useAnalyticsView';
import { LevelLegend, levelKey } from './LevelLegend';
import { LevelTable } from './LevelTable';

/** How the members of the grouping, or of one region, spread over the five levels each year. */
export function LevelDistributionSection({ view }: { view: AnalyticsView }) {
  const i18n = useI18n();
  const { t, localize } = i18n;
  const titleId = useId();
  const chartRef = useRef<SVGSVGElement>(null);
  const { state, grouping, groupingId, region } = view;
  const { from, to, kind, status, methodology } = state;
  const params: LevelsParams = { grouping: groupingId, from, to, kind, status, methodology };
  const query = useQuery({ ...levelsQuery(params), placeholderData: keepPreviousData });
  const regionCode = region ?? ALL_REGIONS;
  const rows = useMemo(() => (query.data ? levelRows(query.data.series, regionCode) : []), [query.data, regionCode]);
  const anyWithheld = rows.some((r) => r.suppressed);
  const regionName = grouping?.regions.find((r) => r.code === regionCode)?.name;
  const place = regionName ? localize(regionName) : t('allMembers');
  const title = t(kind === 'self' ? 'levelsTitleSelf' : 'levelsTitle', { place, from, to });

  return (
    <section className="analytics-section" aria-labelledby={titleId} data-testid="levels-section">
      <div className="chart-heading">
        <h2 id={titleId}>{title}</h2>
        <ChartDownloadMenu
          howToRead="chartHelpLevels"
          chart={chartRef}
          title={title}
          source={levelsExport(params)}
          keyEntries={levelKey(anyWithheld, i18n)}
          axisTitles={{ x: t('year'), y: t('levelsAxis') }}
        />
      </div>
      <p className="chart-description">{t('levelsDescription')}</p>
      <LevelControls view={view} />
      {query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} retrying={query.isFetching} />
      ) : !query.data ? (
        <LoadingState />
      ) : (
        <div aria-busy={query.isPlaceholderData}>
          <p className="axis-label">{t('levelsAxis')}</p>
          <StackedLevelChart rows={rows} title={title} svgRef={chartRef} />
          <LevelLegend showWithheld={anyWithheld} />
          <TableToggle subject={title} testId="level-table-panel">
            <LevelTable rows={rows} caption={title} />
          </TableToggle>
        </div>
      )}
    </section>
  );
}

/** Which region, and computed or self-assessed levels. */
function LevelControls({ view }: { view: AnalyticsView }) {
  const { t } = useI18n();
  return (
    <div className="section-controls">
      <RegionSelect
        label={t('regionLabel')}
        grouping={view.grouping}
        value={view.region}
        onChange={(next) => {
          view.update({ region: next });
        }}
      />
      <KindSelect
        value={view.state.kind}
        onChange={(kind) => {
          view.update({ kind });
        }}
      />
    </div>
  );
}
