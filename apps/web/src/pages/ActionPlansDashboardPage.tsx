import { useMemo, useState } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { ALL_REGIONS, type ActionsAnalyticsResponse, type GapClosureResponse, type SessionUser } from '@cpc/domain';
import {
  actionsAnalyticsExport,
  actionsAnalyticsQuery,
  gapClosureExport,
  gapClosureQuery,
  type ActionsAnalyticsParams,
} from '../api/actionsAnalyticsQueries';
import { hasActions } from '../actionPlans/actionsSeries';
import { GapClosureSection } from '../actionPlans/GapClosureSection';
import { PlanShareSection } from '../actionPlans/PlanShareSection';
import { StatusSection } from '../actionPlans/StatusSection';
import { AnalyticsHeader } from '../analyticsHeader/AnalyticsHeader';
import { orderedRegions } from '../analytics/regions';
import { styleRegions } from '../chart/styledRegions';
import { ProtectedFigures } from '../disclosure/ProtectedFiguresNotice';
import { useI18n } from '../i18n/useI18n';
import { hrefFor } from '../router/href';
import { Link } from '../router/Link';
import { paths } from '../router/routes';
import { ControlsBar } from '../ui/ControlsBar';
import { ErrorState } from '../ui/ErrorState';
import { LoadingState } from '../ui/LoadingState';
import { SelectField } from '../ui/SelectField';
import type { StateKey } from '../url/pageState';
import { useAnalyticsView, type AnalyticsView } from '../view/useAnalyticsView';
import { ViewGroupingSelect } from '../view/ViewGroupingSelect';
import { ViewMethodologySelect } from '../view/ViewMethodologySelect';
import { ViewYearRange } from '../view/ViewYearRange';
import '../styles/operations.css';
import '../styles/actionPlans.css';

const ACTIONS_PAGE_KEYS: readonly StateKey[] = ['grouping', 'from', 'to', 'lang', 'region', 'methodology'];

/** For programme managers: which administrations have a plan, where the actions stand, which gaps close. */
export function ActionPlansDashboardPage({ user, currentYear }: { user: SessionUser; currentYear: number }) {
  const { t } = useI18n();
  const view = useAnalyticsView(currentYear, ACTIONS_PAGE_KEYS);
  const { state, groupingId } = view;
  const params: ActionsAnalyticsParams = {
    grouping: groupingId,
    from: state.from,
    to: state.to,
    methodology: state.methodology,
  };
  const actions = useQuery({ ...actionsAnalyticsQuery(params), placeholderData: keepPreviousData });
  const closure = useQuery({ ...gapClosureQuery(params), placeholderData: keepPreviousData });
  const failed = actions.error ?? closure.error;
  return (
    <>
      <AnalyticsHeader
        title={t('actionsDashTitle')}
        intro={t('actionsDashIntro')}
        exportSource={actionsAnalyticsExport(params)}
      />
      <DashboardControls view={view} user={user} currentYear={currentYear} />
      {failed ? (
        <ErrorState
          error={failed}
          onRetry={() => {
            void actions.refetch();
            void closure.refetch();
          }}
          retrying={actions.isFetching || closure.isFetching}
        />
      ) : !actions.data || !closure.data || !view.grouping ? (
        <LoadingState />
      ) : (
        <ProtectedFigures shown={actions.data.protected || closure.data.protected}>
          <DashboardSections
            view={view}
            actions={actions.data}
            closure={closure.data}
            params={params}
            busy={actions.isPlaceholderData || closure.isPlaceholderData}
          />
        </ProtectedFigures>
      )}
    </>
  );
}

/** The grouping, the period and the methodology; a national user's own plan one click away. */
function DashboardControls({
  view,
  user,
  currentYear,
}: {
  view: AnalyticsView;
  user: SessionUser;
  currentYear: number;
}) {
  const { t, lang } = useI18n();
  return (
    <>
      <ControlsBar label={t('controlsLegend')}>
        <ViewGroupingSelect view={view} />
        <ViewYearRange view={view} currentYear={currentYear} />
        <ViewMethodologySelect view={view} />
      </ControlsBar>
      {user.country && (
        <p className="assessment-links">
          <Link to={hrefFor(paths.actionPlan(user.country), lang)}>{t('navActionPlan')}</Link>
        </p>
      )}
    </>
  );
}

interface DashboardSectionsProps {
  view: AnalyticsView;
  actions: ActionsAnalyticsResponse;
  closure: GapClosureResponse;
  params: ActionsAnalyticsParams;
  busy: boolean;
}

function DashboardSections({ view, actions, closure, params, busy }: DashboardSectionsProps) {
  const { t, localize } = useI18n();
  const [focus, setFocus] = useState<string>(ALL_REGIONS);
  const groupingRegions = view.grouping?.regions;
  const regions = useMemo(
    () => styleRegions(orderedRegions(actions.series, groupingRegions ?? [])),
    [actions, groupingRegions],
  );
  const options = [
    { value: ALL_REGIONS, label: t('allMembers') },
    ...regions.map((r) => ({ value: r.code, label: localize(r.name) })),
  ];
  const regionName = options.find((o) => o.value === focus)?.label ?? focus;
  if (!hasActions(actions.series)) {
    return (
      <p className="empty-state" role="status" data-testid="actions-empty">
        {t('actionsDashEmpty', { from: actions.from, to: actions.to })}
      </p>
    );
  }
  return (
    <div aria-busy={busy} data-testid="actions-dashboard">
      <PlanShareSection
        data={actions}
        regions={regions}
        highlighted={view.region}
        onHighlight={(region) => {
          view.update({ region });
        }}
        source={actionsAnalyticsExport(params)}
      />
      <ControlsBar label={t('actionsDashRegionSelect')}>
        <SelectField label={t('actionsDashRegionSelect')} value={focus} options={options} onChange={setFocus} />
      </ControlsBar>
      <StatusSection data={actions} region={focus} regionName={regionName} source={actionsAnalyticsExport(params)} />
      <GapClosureSection data={closure} region={focus} regionName={regionName} source={gapClosureExport(params)} />
    </div>
  );
}
