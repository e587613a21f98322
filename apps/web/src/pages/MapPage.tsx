import { useId, useRef } from 'react';
import { CURRENT_WINDOW_YEARS, DIMENSION_DEFINITIONS, isGlobalRole, type SessionUser } from '@cpc/domain';
import { currentAssessmentsExport } from '../api/analyticsQueries';
import { useRegionValues } from '../map/useRegionValues';
import { AnalyticsHeader } from '../analyticsHeader/AnalyticsHeader';
import { ChartDownloadMenu } from '../chart/ChartDownloadMenu';
import { ControlsBar } from '../ui/ControlsBar';
import { ProtectedFigures } from '../disclosure/ProtectedFiguresNotice';
import { ViewStatusToggle } from '../view/ViewStatusToggle';
import { ViewGroupingSelect } from '../view/ViewGroupingSelect';
import { ViewMethodologySelect } from '../view/ViewMethodologySelect';
import { YearSlider } from '../ui/YearSlider';
import { useI18n } from '../i18n/useI18n';
import { MapView } from '../map/MapView';
import { HeaderCountrySearch } from '../search/HeaderCountrySearch';
import { MetricSelect } from '../map/MetricSelect';
import { PAGE_KEYS } from '../url/pageKeys';
import type { MapMetric } from '../url/pageState';
import { useSelectableYears } from '../url/useSelectableYears';
import { useAnalyticsView, type AnalyticsView } from '../view/useAnalyticsView';
import type { ExportSource } from '../api/exportSource';
import '../map/map.css';

/** The world, coloured by each country's current assessment (or, for national users, its region's mean). */
export function MapPage({ user, currentYear }: { user: SessionUser; currentYear: number }) {
  const { t, localize } = useI18n();
  const view = useAnalyticsView(currentYear, PAGE_KEYS.map);
  const { state, grouping, groupingId } = view;
  const national = !isGlobalRole(user.role);
  const title = t('mapChartTitle', { metric: metricName(state.metric), year: state.year });
  const yearParams = { grouping: groupingId, year: state.year, status: state.status, methodology: state.methodology };
  const source = currentAssessmentsExport(yearParams);
  // The same queries as the map's own (useMapEntries): one request per region for both.
  const isProtected = useRegionValues({
    grouping,
    year: state.year,
    metric: state.metric,
    status: state.status,
    methodology: state.methodology,
  }).protected;

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
      <HeaderCountrySearch testId="map-country-search" labelHidden={false} />
      <MapControls view={view} currentYear={currentYear} />
      {national && (
        <p className="notice" data-testid="map-national-note">
          {t(state.metric === 'level' ? 'mapNationalLevelNote' : 'mapNationalNote')}
        </p>
      )}
      <ProtectedFigures shown={isProtected}>
        <MapSection view={view} user={user} title={title} source={source} />
      </ProtectedFigures>
    </>
  );
}

function MapControls({ view, currentYear }: { view: AnalyticsView; currentYear: number }) {
  const { t } = useI18n();
  const years = useSelectableYears(currentYear, [view.state.year]);
  return (
    <ControlsBar label={t('controlsLegend')}>
      <ViewGroupingSelect view={view} />
      <MetricSelect
        value={view.state.metric}
        onChange={(metric) => {
          view.update({ metric });
        }}
      />
      <YearSlider
        label={t('mapYearLabel')}
        value={view.state.year}
        min={years[0] ?? currentYear}
        max={years.at(-1) ?? currentYear}
        onChange={(year) => {
          view.update({ year });
        }}
      />
      <ViewStatusToggle view={view} />
      <ViewMethodologySelect view={view} />
    </ControlsBar>
  );
}

interface MapSectionProps {
  view: AnalyticsView;
  user: SessionUser;
  title: string;
  source: ExportSource;
}

/** The map under its title and download menu. */
function MapSection({ view, user, title, source }: MapSectionProps) {
  const titleId = useId();
  const mapRef = useRef<HTMLDivElement>(null);
  return (
    <section className="analytics-section" aria-labelledby={titleId}>
      <div className="chart-heading">
        <h2 id={titleId}>{title}</h2>
        <ChartDownloadMenu howToRead="chartHelpMap" chart={mapRef} title={title} source={source} />
      </div>
      <MapView
        pictureRef={mapRef}
        user={user}
        grouping={view.grouping}
        year={view.state.year}
        status={view.state.status}
        methodology={view.state.methodology}
        metric={view.state.metric}
        title={title}
      />
    </section>
  );
}
