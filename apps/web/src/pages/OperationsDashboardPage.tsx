import { useEffect } from 'react';
import { useQuery } from '@tanstack/react-query';
import { isGlobalRole, type SessionUser } from '@cpc/domain';
import { operationsAnalyticsExport, operationsAnalyticsQuery } from '../api/operationsAnalyticsQueries';
import { AnalyticsHeader } from '../analyticsHeader/AnalyticsHeader';
import { ControlsBar } from '../ui/ControlsBar';
import { ProtectedFigures } from '../disclosure/ProtectedFiguresNotice';
import { ViewGroupingSelect } from '../view/ViewGroupingSelect';
import { ViewYearRange } from '../view/ViewYearRange';
import { useI18n } from '../i18n/useI18n';
import { OutcomeFilterControls } from '../outcomes/OutcomeFilterControls';
import { OutcomeSections } from '../outcomes/OutcomeSections';
import { ParticipationSection } from '../outcomes/ParticipationSection';
import { UnitsSection } from '../outcomes/UnitsSection';
import { hrefFor } from '../router/href';
import { Link } from '../router/Link';
import { paths } from '../router/routes';
import { PAGE_KEYS } from '../url/pageKeys';
import { useAnalyticsView, type AnalyticsView } from '../view/useAnalyticsView';
import '../styles/operations.css';

/**
 * The analytics parameters of the view. Filtering by programme, activity or commodity is for analysts: each
 * narrows a cell towards one country's results, and the API refuses them to national users. An address that
 * names one is read without it, and rewritten so.
 */
function useOutcomeFilters(view: AnalyticsView, national: boolean) {
  const { state, update, groupingId } = view;
  const programme = national ? null : state.programme;
  const activity = national ? null : state.activity;
  const commodity = national ? null : state.commodity;
  const params = { grouping: groupingId, from: state.from, to: state.to, programme, activity, commodity };
  const analystFilters = state.programme !== null || state.activity !== null || state.commodity !== null;

  useEffect(() => {
    if (national && analystFilters) update({ programme: null, activity: null, commodity: null }, 'replace');
  }, [national, analystFilters, update]);
  return { programme, activity, params, filtered: programme !== null || activity !== null || commodity !== null };
}

/** The outcomes of joint operations by region over time, their seizures and checks, and who took part. */
export function OperationsDashboardPage({ user, currentYear }: { user: SessionUser; currentYear: number }) {
  const { t } = useI18n();
  const view = useAnalyticsView(currentYear, PAGE_KEYS.operationsDashboard);
  const { state, update, grouping, groupingId, region } = view;
  const national = !isGlobalRole(user.role);
  const { from, to } = state;
  const { programme, activity, params, filtered } = useOutcomeFilters(view, national);
  const isProtected = useQuery(operationsAnalyticsQuery(params)).data?.protected === true;

  return (
    <>
      <AnalyticsHeader
        title={t('outcomesTitle')}
        intro={t('outcomesIntro')}
        exportSource={operationsAnalyticsExport(params)}
      />
      <OutcomesControls view={view} currentYear={currentYear} national={national} />
      <OutcomesLinks grouping={groupingId} year={to} />
      {national && <NationalNote />}
      <ProtectedFigures shown={isProtected}>
        <OutcomeSections
          params={params}
          grouping={grouping}
          highlighted={region}
          onHighlight={(next) => {
            update({ region: next });
          }}
          detailYear={state.detailYear}
          onDetailYear={(detailYear) => {
            update({ detailYear });
          }}
        />
        <UnitsSection
          params={{ grouping: groupingId, from, to }}
          grouping={grouping}
          national={national}
          filtered={filtered}
        />
        <ParticipationSection
          params={{ grouping: groupingId, from, to, programme, activity }}
          grouping={grouping}
          user={user}
          national={national}
        />
      </ProtectedFigures>
    </>
  );
}

interface OutcomesControlsProps {
  view: AnalyticsView;
  currentYear: number;
  national: boolean;
}

/** Grouping and period for everyone; programme, activity and commodity filters for analysts only. */
function OutcomesControls({ view, currentYear, national }: OutcomesControlsProps) {
  const { t } = useI18n();
  return (
    <ControlsBar label={t('controlsLegend')}>
      <ViewGroupingSelect view={view} />
      <ViewYearRange view={view} currentYear={currentYear} />
      {!national && (
        <OutcomeFilterControls
          programme={view.state.programme}
          activity={view.state.activity}
          commodity={view.state.commodity}
          onChange={(patch) => {
            view.update(patch);
          }}
        />
      )}
    </ControlsBar>
  );
}

/** To the scatter of maturity against outcomes (same grouping, last year) and to the list of operations. */
function OutcomesLinks({ grouping, year }: { grouping: string; year: number }) {
  const { t, lang } = useI18n();
  return (
    <p className="assessment-links">
      <Link to={hrefFor(paths.maturityVsOutcomes(), lang, { grouping, year })}>{t('outcomesScatterLink')}</Link>
      <Link to={hrefFor(paths.operations(), lang)}>{t('outcomesListLink')}</Link>
    </p>
  );
}

/** What a national user's figures are: protected regional figures. */
function NationalNote() {
  const { t } = useI18n();
  return (
    <p className="notice" data-testid="outcomes-national-note">
      {t('outcomesNationalNote')}
    </p>
  );
}
