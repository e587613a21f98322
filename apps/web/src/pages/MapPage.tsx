import { useId, useRef } from 'react';
import { useQuery } from '@tanstack/react-query';
import { CURRENT_WINDOW_YEARS, DIMENSION_DEFINITIONS, isGlobalRole, type SessionUser } from '@cpc/domain';
import { currentAssessmentsExport, currentAssessmentsQuery } from '../api/analyticsQueries';
import { AnalyticsHeader } from '../analyticsHeader/AnalyticsHeader';
import { ChartDownloadMenu } from '../chart/ChartDownloadMenu';
import { ControlsBar } from '../ui/ControlsBar';
import { ProtectedFigures } from '../disclosure/ProtectedFiguresNotice';
import { StatusToggle } from '../view/StatusToggle';
import { ViewGroupingSelect } from '../view/ViewGroupingSelect';
import { YearSlider } from '../ui/YearSlider';
import { useI18n } from '../i18n/useI18n';
import { MapView } from '../map/MapView';
import { MetricSelect } from '../map/MetricSelect';
import { PAGE_KEYS } from '../url/pageKeys';
import { DEFAULT_FROM_YEAR, lastSelectableYear, type MapMetric } from '../url/pageState';
import { useAnalyticsView } from '../view/useAnalyticsView';
import '../map/map.css';

/** The world, coloured by each country's current assessment (or, for national users, its region's mean). */
export function MapPage({ user, currentYear }: { user: SessionUser; currentYear: number }) {
  const { t, localize } = useI18n();
  const titleId = useId();
  const mapRef = useRef<HTMLDivElement>(null);
  const view = useAnalyticsView(currentYear, PAGE_KEYS.map);
  const { state, update, grouping, groupingId } = view;
  const national = !isGlobalRole(user.role);
  const title = t('mapChartTitle', { metric: metricName(state.metric), year: state.year });
  const yearParams = { grouping: groupingId, year: state.year, status: state.status };
  const source = currentAssessmentsExport(yearParams);
  const isProtected =
    useQuery({ ...currentAssessmentsQuery(yearParams), enabled: grouping !== undefined }).data?.protected === true;

  function metricName(metric: MapMetric): string {
    if (metric === 'overall') return t('overallIndex');
    if (metric === 'level') return t('computedLevel');
    const dimension = DIMENSION_DEFINITIONS.find((d) => d.code === metric);
    return dimension ? localize(dimension.label) : metric;
  }

  return (
    <>
      <AnalyticsHeader
        title={t('mapTitle')}
        intro={t('mapIntro', { window: CURRENT_WINDOW_YEARS })}
        exportSource={source}
      />
      <ControlsBar label={t('controlsLegend')}>
        <ViewGroupingSelect view={view} />
        <MetricSelect
          value={state.metric}
          onChange={(metric) => {
            update({ metric });
          }}
        />
        <YearSlider
          label={t('mapYearLabel')}
          value={state.year}
          min={Math.min(DEFAULT_FROM_YEAR, state.year)}
          max={lastSelectableYear(currentYear)}
          onChange={(year) => {
            update({ year });
          }}
        />
        {view.statusChoice && (
          <StatusToggle
            value={state.status}
            onChange={(status) => {
              update({ status });
            }}
          />
        )}
      </ControlsBar>
      {national && (
        <p className="notice" data-testid="map-national-note">
          {t(state.metric === 'level' ? 'mapNationalLevelNote' : 'mapNationalNote')}
        </p>
      )}
      <ProtectedFigures shown={isProtected}>
        <section className="analytics-section" aria-labelledby={titleId}>
          <div className="chart-heading">
            <h2 id={titleId}>{title}</h2>
            <ChartDownloadMenu chart={mapRef} title={title} source={source} />
          </div>
          <MapView
            pictureRef={mapRef}
            user={user}
            grouping={grouping}
            year={state.year}
            status={state.status}
            metric={state.metric}
            title={title}
          />
        </section>
      </ProtectedFigures>
    </>
  );
}
