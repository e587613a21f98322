import { lazy, Suspense, useId, useRef } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { GroupingResponse, SessionUser } from '@cpc/domain';
import { participationExport, participationQuery, type ParticipationParams } from '../api/operationsAnalyticsQueries';
import { ChartDownloadMenu } from '../chart/ChartDownloadMenu';
import { ErrorState } from '../ui/ErrorState';
import { LoadingState } from '../ui/LoadingState';
import { TableToggle } from '../ui/TableToggle';
import { useI18n } from '../i18n/useI18n';
import { ParticipationTable } from './ParticipationTable';

// The map's outlines and projection are a chunk of their own, fetched when this section first shows.
const ParticipationMap = lazy(() => import('./ParticipationMap').then((m) => ({ default: m.ParticipationMap })));

interface ParticipationSectionProps {
  params: ParticipationParams;
  grouping: GroupingResponse | undefined;
  user: SessionUser;
  national: boolean;
}

/** Who took part in the period's operations: a map and its table. */
export function ParticipationSection({ params, grouping, user, national }: ParticipationSectionProps) {
  const { t } = useI18n();
  const titleId = useId();
  const mapRef = useRef<HTMLDivElement>(null);
  const query = useQuery({ ...participationQuery(params), placeholderData: keepPreviousData });
  const title = t('participationTitle', { from: params.from, to: params.to });

  return (
    <section className="analytics-section" aria-labelledby={titleId} data-testid="participation-section">
      <div className="chart-heading">
        <h2 id={titleId}>{title}</h2>
        <ChartDownloadMenu
          howToRead="chartHelpParticipation"
          chart={mapRef}
          title={title}
          source={participationExport(params)}
        />
      </div>
      <p className="chart-description">{national ? t('participationNational') : t('participationDescription')}</p>
      {query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} retrying={query.isFetching} />
      ) : !query.data || !grouping ? (
        <LoadingState />
      ) : (
        <>
          <Suspense fallback={<LoadingState />}>
            <ParticipationMap
              pictureRef={mapRef}
              items={query.data.items}
              grouping={grouping}
              user={user}
              national={national}
              label={title}
            />
          </Suspense>
          <TableToggle subject={title} testId="participation-panel">
            <ParticipationTable items={query.data.items} grouping={grouping} caption={title} />
          </TableToggle>
        </>
      )}
    </section>
  );
}
