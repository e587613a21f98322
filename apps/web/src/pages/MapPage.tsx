import { useId } from 'react';
import { CURRENT_WINDOW_YEARS, DIMENSION_DEFINITIONS, isGlobalRole, type SessionUser } from '@cpc/domain';
import { AnalyticsHeader } from '../components/AnalyticsHeader';
import { ControlsBar } from '../components/ControlsBar';
import { StatusToggle } from '../components/StatusToggle';
import { ViewGroupingSelect } from '../components/ViewGroupingSelect';
import { YearSlider } from '../components/YearSlider';
import { useI18n } from '../i18n/useI18n';
import { MapView } from '../map/MapView';
import { MetricSelect } from '../map/MetricSelect';
import { PAGE_KEYS } from '../url/pageKeys';
import { DEFAULT_FROM_YEAR, lastSelectableYear, type MapMetric } from '../url/pageState';
import { useAnalyticsView } from '../url/useAnalyticsView';
import '../map/map.css';

/** The world, coloured by each country's current assessment (or, for national users, its region's mean). */
export function MapPage({ user, currentYear }: { user: SessionUser; currentYear: number }) {
  const { t, localize } = useI18n();
  const titleId = useId();
  const view = useAnalyticsView(currentYear, PAGE_KEYS.map);
  const { state, update, grouping } = view;
  const national = !isGlobalRole(user.role);
  const title = t('mapChartTitle', { metric: metricName(state.metric), year: state.year });

  function metricName(metric: MapMetric): string {
    if (metric === 'overall') return t('overallIndex');
    if (metric === 'level') return t('computedLevel');
    const dimension = DIMENSION_DEFINITIONS.find((d) => d.code === metric);
    return dimension ? localize(dimension.label) : metric;
  }

  return (
    <>
      <AnalyticsHeader title={t('mapTitle')} intro={t('mapIntro', { window: CURRENT_WINDOW_YEARS })} />
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
        <StatusToggle
          value={state.status}
          onChange={(status) => {
            update({ status });
          }}
        />
      </ControlsBar>
      {national && (
        <p className="notice" data-testid="map-national-note">
          {t(state.metric === 'level' ? 'mapNationalLevelNote' : 'mapNationalNote')}
        </p>
      )}
      <section className="analytics-section" aria-labelledby={titleId}>
        <h2 id={titleId}>{title}</h2>
        <MapView
          user={user}
          grouping={grouping}
          year={state.year}
          status={state.status}
          metric={state.metric}
          title={title}
        />
      </section>
    </>
  );
}
