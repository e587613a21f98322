import { useId, useMemo, useRef } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { GroupingResponse, MaturityResponse, MethodologyVersion } from '@cpc/domain';
import type { ExportSource } from '../api/exportSource';
import { maturityExport, maturityQuery } from '../api/maturityQuery';
import { heatmapModel, type HeatmapRow } from '../analytics/heatmapModel';
import { orderedRegions } from '../analytics/regions';
import { buildChartModel } from '../chart/chartModel';
import { styleRegions } from '../chart/styledRegions';
import { ChartDownloadMenu } from '../chart/ChartDownloadMenu';
import { CoverageTable } from '../chart/CoverageTable';
import { ErrorState } from '../ui/ErrorState';
import { LoadingState } from '../ui/LoadingState';
import { TableToggle } from '../ui/TableToggle';
import { useI18n } from '../i18n/useI18n';
import type { StatusFilter } from '../url/pageState';
import { Heatmap } from './Heatmap';
import { ScaleLegend } from '../chart/ScaleLegend';

interface YearSectionProps {
  grouping: string;
  groupingInfo: GroupingResponse | undefined;
  year: number;
  status: StatusFilter;
  methodology: MethodologyVersion | null;
}

/** The heatmap's rows and the statistics table's figures of a one-year response. */
function useYearModels(data: MaturityResponse | undefined, groupingInfo: GroupingResponse | undefined) {
  const groupingRegions = groupingInfo?.regions;
  const rows = useMemo(
    () => (data ? heatmapModel(data.series, data.from, groupingRegions ?? []) : []),
    [data, groupingRegions],
  );
  const stats = useMemo(() => {
    if (!data) return null;
    const model = buildChartModel(data, groupingRegions ?? []);
    return {
      row: model.rows[0],
      regions: styleRegions(orderedRegions(data.series, groupingRegions ?? [])),
      all: model.allMembers !== null,
      orderStatistics: model.orderStatistics,
    };
  }, [data, groupingRegions]);
  return { rows, stats };
}

/** One year across regions: the region × dimension heatmap, then the statistics of the overall index. */
export function YearSection({ grouping, groupingInfo, year, status, methodology }: YearSectionProps) {
  const { t } = useI18n();
  const params = { grouping, from: year, to: year, status, methodology };
  const query = useQuery({
    ...maturityQuery(params),
    placeholderData: keepPreviousData,
  });
  const { rows, stats } = useYearModels(query.data, groupingInfo);
  const data = query.data;

  if (query.isError) {
    return <ErrorState error={query.error} onRetry={() => void query.refetch()} retrying={query.isFetching} />;
  }
  if (!data || !stats) return <LoadingState />;

  return (
    <div aria-busy={query.isPlaceholderData}>
      <HeatmapSection rows={rows} year={data.from} source={maturityExport(params)} />
      {stats.row && (
        <CoverageTable
          row={stats.row}
          regions={stats.regions}
          hasAllMembers={stats.all}
          orderStatistics={stats.orderStatistics}
          title={t('statsTitle', { year: data.from })}
          description={t('statsDescription')}
        />
      )}
    </div>
  );
}

interface HeatmapSectionProps {
  rows: readonly HeatmapRow[];
  year: number;
  source: ExportSource;
}

/** The region × dimension heatmap with its colour key, and the same figures as a table. */
function HeatmapSection({ rows, year, source }: HeatmapSectionProps) {
  const { t } = useI18n();
  const heatmapId = useId();
  const heatmapRef = useRef<HTMLDivElement>(null);
  const caption = t('heatmapCaption', { year });
  return (
    <section className="analytics-section" aria-labelledby={heatmapId}>
      <div className="chart-heading">
        <h2 id={heatmapId}>{t('heatmapTitle', { year })}</h2>
        <ChartDownloadMenu howToRead="chartHelpHeatmap" chart={heatmapRef} title={caption} source={source} />
      </div>
      <p className="chart-description">{t('heatmapDescription')}</p>
      <div ref={heatmapRef} className="chart-picture">
        <Heatmap rows={rows} caption={caption} />
        <ScaleLegend
          title={t('heatmapLegend')}
          showWithheld={rows.some((r) => r.cells.some((c) => c.state === 'withheld'))}
        />
      </div>
      <TableToggle subject={caption} testId="heatmap-table-panel">
        <Heatmap rows={rows} caption={caption} plain />
      </TableToggle>
    </section>
  );
}
