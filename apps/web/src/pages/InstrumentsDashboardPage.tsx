import { useMemo } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { GroupingResponse, InstrumentsAnalyticsResponse, SessionUser } from '@cpc/domain';
import type { ExportSource } from '../api/exportSource';
import {
  instrumentsAnalyticsExport,
  instrumentsAnalyticsQuery,
  type InstrumentsAnalyticsParams,
} from '../api/instrumentsAnalyticsQuery';
import { AnalyticsHeader } from '../analyticsHeader/AnalyticsHeader';
import { orderedRegions } from '../analytics/regions';
import { styleRegions } from '../chart/styledRegions';
import { ProtectedFigures } from '../disclosure/ProtectedFiguresNotice';
import { useI18n } from '../i18n/useI18n';
import { hasInstruments } from '../instruments/instrumentSeries';
import { InstrumentMapSection } from '../instruments/InstrumentMapSection';
import { InstrumentShareTrends, InstrumentTrainingTrends } from '../instruments/InstrumentTrends';
import { JointUnitsSection } from '../instruments/JointUnitsSection';
import { hrefFor } from '../router/href';
import { Link } from '../router/Link';
import { paths } from '../router/routes';
import { ControlsBar } from '../ui/ControlsBar';
import { ErrorState } from '../ui/ErrorState';
import { LoadingState } from '../ui/LoadingState';
import type { StateKey } from '../url/pageState';
import { useAnalyticsView } from '../view/useAnalyticsView';
import { ViewGroupingSelect } from '../view/ViewGroupingSelect';
import { ViewYearRange } from '../view/ViewYearRange';
import '../styles/operations.css';
import '../styles/instruments.css';

/** The parts of the address this page reads and writes: the register has no score, so no methodology. */
const INSTRUMENTS_PAGE_KEYS: readonly StateKey[] = ['grouping', 'from', 'to', 'lang', 'region'];

/** The cooperation instruments by region over time: shares of members, joint units, training, and a map. */
export function InstrumentsDashboardPage({ user, currentYear }: { user: SessionUser; currentYear: number }) {
  const { t, lang } = useI18n();
  const view = useAnalyticsView(currentYear, INSTRUMENTS_PAGE_KEYS);
  const { state, grouping, groupingId, region, update } = view;
  const params: InstrumentsAnalyticsParams = { grouping: groupingId, from: state.from, to: state.to };
  const query = useQuery({ ...instrumentsAnalyticsQuery(params), placeholderData: keepPreviousData });
  const source = instrumentsAnalyticsExport(params);

  return (
    <>
      <AnalyticsHeader title={t('instDashTitle')} intro={t('instDashIntro')} exportSource={source} />
      <ControlsBar label={t('controlsLegend')}>
        <ViewGroupingSelect view={view} />
        <ViewYearRange view={view} currentYear={currentYear} />
      </ControlsBar>
      <p className="assessment-links">
        <Link to={hrefFor(paths.instruments(), lang, { country: user.country })}>{t('instDashRegisterLink')}</Link>
      </p>
      {query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} retrying={query.isFetching} />
      ) : !query.data || !grouping ? (
        <LoadingState />
      ) : (
        <ProtectedFigures shown={query.data.protected}>
          <InstrumentSections
            data={query.data}
            source={source}
            grouping={grouping}
            highlighted={region}
            onHighlight={(next) => {
              update({ region: next });
            }}
            busy={query.isPlaceholderData}
          />
        </ProtectedFigures>
      )}
    </>
  );
}

interface InstrumentSectionsProps {
  data: InstrumentsAnalyticsResponse;
  source: ExportSource;
  grouping: GroupingResponse;
  highlighted: string | null;
  onHighlight: (region: string | null) => void;
  busy: boolean;
}

function InstrumentSections({ data, source, grouping, highlighted, onHighlight, busy }: InstrumentSectionsProps) {
  const { t } = useI18n();
  const regions = useMemo(() => styleRegions(orderedRegions(data.series, grouping.regions)), [data, grouping]);
  if (!hasInstruments(data.series)) {
    return (
      <div className="empty-state" role="status" data-testid="instruments-empty">
        <p>{t('instDashEmpty', { from: data.from, to: data.to })}</p>
      </div>
    );
  }
  const trends = { data, regions, highlighted, onHighlight, source };
  return (
    <div aria-busy={busy} data-testid="instruments-dashboard">
      <InstrumentShareTrends {...trends} />
      <JointUnitsSection data={data} regions={regions} source={source} />
      <InstrumentTrainingTrends {...trends} />
      <InstrumentMapSection data={data} grouping={grouping} source={source} />
    </div>
  );
}
