import { useId, useMemo, useRef, type RefObject } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import {
  MIN_CORRELATION_PAIRS,
  USEFUL_CELL_SIZE,
  type GroupingResponse,
  type MaturityVsOutcomesResponse,
} from '@cpc/domain';
import {
  maturityVsOutcomesExport,
  maturityVsOutcomesQuery,
  type MaturityVsOutcomesParams,
} from '../api/operationsAnalyticsQueries';
import { useCountryName } from '../assessments/useCountryName';
import { scatterGroups } from '../analytics/scatterGroups';
import { regionStyle } from '../chart/regionStyle';
import { regionKey } from '../chart/styledRegions';
import { ChartDownloadMenu } from '../chart/ChartDownloadMenu';
import { ErrorState } from '../ui/ErrorState';
import { LoadingState } from '../ui/LoadingState';
import { TableToggle } from '../ui/TableToggle';
import { TREND_METRIC_LABELS } from '../i18n/labels';
import { useI18n } from '../i18n/useI18n';
import { CorrelationFigures } from './CorrelationFigures';
import { OutcomePointsTable } from './OutcomePointsTable';
import { OutcomeScatter, type StyledScatterGroup } from './OutcomeScatter';
import { useScatterViewer, type ScatterViewer } from './useScatterViewer';
import { ViewerScatterNote } from './ViewerScatterNote';

interface CorrelationSectionProps {
  params: MaturityVsOutcomesParams;
  grouping: GroupingResponse | undefined;
  /** A national user's country: their point is named and set beside their region as a whole. */
  ownCountry: string | null;
}

/** The scatter's points by region, each region in its colour and symbol. */
function useStyledGroups(
  points: MaturityVsOutcomesResponse['points'] | undefined,
  grouping: GroupingResponse | undefined,
) {
  return useMemo(
    () => scatterGroups(points ?? [], grouping?.regions ?? []).map((g, i) => ({ ...g, style: regionStyle(i) })),
    [points, grouping],
  );
}

/** The coefficients first, what they leave out and how far to trust them, then the plot and its table. */
export function CorrelationSection({ params, grouping, ownCountry }: CorrelationSectionProps) {
  const { t, localize } = useI18n();
  const titleId = useId();
  const scatterRef = useRef<HTMLElement>(null);
  const query = useQuery({ ...maturityVsOutcomesQuery(params), placeholderData: keepPreviousData });
  const groups = useStyledGroups(query.data?.points, grouping);
  const viewer = useScatterViewer(params, query.data, ownCountry, grouping);

  if (query.isError) {
    return <ErrorState error={query.error} onRetry={() => void query.refetch()} retrying={query.isFetching} />;
  }
  if (!query.data) return <LoadingState />;
  const data = query.data;
  const metricLabel = t(TREND_METRIC_LABELS[data.metric]);
  const title = t('scatterTitle', { metric: metricLabel, year: data.year });

  return (
    <section className="analytics-section" aria-labelledby={titleId} aria-busy={query.isPlaceholderData}>
      <div className="chart-heading">
        <h2 id={titleId}>{title}</h2>
        <ChartDownloadMenu
          howToRead="chartHelpCorrelation"
          chart={scatterRef}
          title={title}
          source={maturityVsOutcomesExport(params)}
          keyEntries={regionKey(
            groups.filter((g) => g.points.length > 0),
            localize,
          )}
          // The index's title is drawn in the chart's own SVG; the outcome's is HTML above it.
          axisTitles={{ y: metricLabel }}
        />
      </div>
      <CorrelationNotes data={data} />
      {data.points.length === 0 ? (
        <p className="empty-state" role="status">
          {t('scatterEmpty', { year: data.year })}
        </p>
      ) : (
        <ScatterWithTable
          data={data}
          groups={groups}
          grouping={grouping}
          scatterRef={scatterRef}
          metricLabel={metricLabel}
          title={title}
          viewer={viewer}
        />
      )}
    </section>
  );
}

/** The coefficients, who they leave out, and why a correlation is not a cause. */
function CorrelationNotes({ data }: { data: MaturityVsOutcomesResponse }) {
  const { t } = useI18n();
  const { excluded } = data;
  return (
    <>
      <CorrelationFigures
        pearson={data.pearson}
        spearman={data.spearman}
        n={data.n}
        minPairs={data.protected ? USEFUL_CELL_SIZE : MIN_CORRELATION_PAIRS}
      />
      {excluded !== null && excluded > 0 && (
        <p className="notice" data-testid="correlation-excluded">
          {t('correlationExcluded', { count: excluded })}
        </p>
      )}
      <div className="notice notice-warning" data-testid="correlation-caveat">
        <p>{t('correlationCaveat')}</p>
      </div>
    </>
  );
}

interface ScatterWithTableProps {
  data: MaturityVsOutcomesResponse;
  groups: readonly StyledScatterGroup[];
  grouping: GroupingResponse | undefined;
  scatterRef: RefObject<HTMLElement | null>;
  metricLabel: string;
  title: string;
  /** A national user's view: their country, their region and its reference point. */
  viewer: ScatterViewer | null;
}

function ScatterWithTable(props: ScatterWithTableProps) {
  const { data, groups, grouping, scatterRef, metricLabel, title, viewer } = props;
  const { format } = useI18n();
  const countryName = useCountryName();
  const formatValue = data.metric === 'hitRate' ? format.rate : format.count;
  return (
    <>
      {viewer?.settled && (
        <ViewerScatterNote
          data={data}
          country={viewer.country}
          countryName={countryName}
          regionName={viewer.regionName}
          reference={viewer.reference}
          metricLabel={metricLabel}
          formatValue={formatValue}
          formatReference={viewer.formatReference}
        />
      )}
      <OutcomeScatter
        named={viewer ? { reference: viewer.point } : undefined}
        figureRef={scatterRef}
        groups={groups}
        metricLabel={metricLabel}
        formatValue={formatValue}
        label={title}
        countryName={countryName}
      />
      <TableToggle subject={title} testId="outcome-points-panel">
        <OutcomePointsTable
          points={data.points}
          grouping={grouping}
          metricLabel={metricLabel}
          formatValue={formatValue}
          caption={title}
        />
      </TableToggle>
    </>
  );
}
