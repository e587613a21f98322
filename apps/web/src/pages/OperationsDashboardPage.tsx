import { useEffect } from 'react';
import { useQuery } from '@tanstack/react-query';
import { isGlobalRole, type SessionUser } from '@cpc/domain';
import { operationsAnalyticsExport, operationsAnalyticsQuery } from '../api/operationsAnalyticsQueries';
import { AnalyticsHeader } from '../analyticsHeader/AnalyticsHeader';
import { ControlsBar } from '../ui/ControlsBar';
import { ProtectedFigures } from '../disclosure/ProtectedFiguresNotice';
import { ViewGroupingSelect } from '../view/ViewGroupingSelect';
import { YearRangeFields } from '../ui/YearRangeFields';
import { useI18n } from '../i18n/useI18n';
import { OutcomeFilterControls } from '../outcomes/OutcomeFilterControls';
import { OutcomeSections } from '../outcomes/OutcomeSections';
import { ParticipationSection } from '../outcomes/ParticipationSection';
import { hrefFor } from '../router/href';
import { Link } from '../router/Link';
import { paths } from '../router/routes';
import { PAGE_KEYS } from '../url/pageKeys';
import { selectableYears } from '../url/pageState';
import { useAnalyticsView } from '../view/useAnalyticsView';
import '../styles/operations.css';

/** The outcomes of joint operations by region over time, their seizures and checks, and who took part. */
export function OperationsDashboardPage({ user, currentYear }: { user: SessionUser; currentYear: number }) {
  const { t, lang } = useI18n();
  const view = useAnalyticsView(currentYear, PAGE_KEYS.operationsDashboard);
  const { state, update, grouping, groupingId, region } = view;
  const national = !isGlobalRole(user.role);
  const { from, to } = state;
  // Filtering by programme, activity or commodity is for analysts: each narrows a cell towards one country's
  // results, and the API refuses them to national users. An address that names one is read without it.
  const programme = national ? null : state.programme;
  const activity = national ? null : state.activity;
  const commodity = national ? null : state.commodity;
  const params = { grouping: groupingId, from, to, programme, activity, commodity };
  const isProtected = useQuery(operationsAnalyticsQuery(params)).data?.protected === true;
  const analystFilters = state.programme !== null || state.activity !== null || state.commodity !== null;

  useEffect(() => {
    if (national && analystFilters) update({ programme: null, activity: null, commodity: null }, 'replace');
  }, [national, analystFilters, update]);

  return (
    <>
      <AnalyticsHeader
        title={t('outcomesTitle')}
        intro={t('outcomesIntro')}
        exportSource={operationsAnalyticsExport(params)}
      />
      <ControlsBar label={t('controlsLegend')}>
        <ViewGroupingSelect view={view} />
        <YearRangeFields
          from={from}
          to={to}
          years={selectableYears(currentYear)}
          onChange={(patch) => {
            update(patch);
          }}
        />
        {!national && (
          <OutcomeFilterControls
            programme={programme}
            activity={activity}
            commodity={commodity}
            onChange={(patch) => {
              update(patch);
            }}
          />
        )}
      </ControlsBar>
      <p className="assessment-links">
        <Link to={hrefFor(paths.maturityVsOutcomes(), lang, { grouping: groupingId, year: to })}>
          {t('outcomesScatterLink')}
        </Link>
        <Link to={hrefFor(paths.operations(), lang)}>{t('outcomesListLink')}</Link>
      </p>
      {national && (
        <p className="notice" data-testid="outcomes-national-note">
          {t('outcomesNationalNote')}
        </p>
      )}
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
