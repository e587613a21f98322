import { useQuery } from '@tanstack/react-query';
import { isGlobalRole, type SessionUser } from '@cpc/domain';
import { maturityVsOutcomesExport, maturityVsOutcomesQuery } from '../api/operationsAnalyticsQueries';
import { AnalyticsHeader } from '../analyticsHeader/AnalyticsHeader';
import { ControlsBar } from '../ui/ControlsBar';
import { ProtectedFigures } from '../disclosure/ProtectedFiguresNotice';
import { ViewStatusToggle } from '../view/ViewStatusToggle';
import { ViewGroupingSelect } from '../view/ViewGroupingSelect';
import { ViewMethodologySelect } from '../view/ViewMethodologySelect';
import { useI18n } from '../i18n/useI18n';
import { CorrelationSection } from '../outcomes/CorrelationSection';
import { OutcomeMetricSelect } from '../outcomes/OutcomeMetricSelect';
import { hrefFor } from '../router/href';
import { Link } from '../router/Link';
import { paths } from '../router/routes';
import { PAGE_KEYS } from '../url/pageKeys';
import { ViewYearSelect } from '../view/ViewYearSelect';
import { useAnalyticsView } from '../view/useAnalyticsView';
import '../styles/operations.css';

/** Do more mature administrations report more outcomes? Each country's overall index against one outcome. */
export function MaturityVsOutcomesPage({ user, currentYear }: { user: SessionUser; currentYear: number }) {
  const { t, lang } = useI18n();
  const view = useAnalyticsView(currentYear, PAGE_KEYS.maturityVsOutcomes);
  const { state, update, grouping, groupingId } = view;
  const { status, methodology } = state;
  const params = { grouping: groupingId, year: state.year, metric: state.outcome, status, methodology };
  const isProtected = useQuery(maturityVsOutcomesQuery(params)).data?.protected === true;

  return (
    <>
      <AnalyticsHeader
        title={t('scatterPageTitle')}
        intro={t('scatterIntro')}
        exportSource={maturityVsOutcomesExport(params)}
      />
      <ControlsBar label={t('controlsLegend')}>
        <ViewGroupingSelect view={view} />
        <OutcomeMetricSelect
          value={state.outcome}
          onChange={(outcome) => {
            update({ outcome });
          }}
        />
        <ViewYearSelect view={view} currentYear={currentYear} />
        <ViewStatusToggle view={view} />
        <ViewMethodologySelect view={view} />
      </ControlsBar>
      <p className="assessment-links">
        <Link to={hrefFor(paths.operationsDashboard(), lang, { grouping: groupingId })}>{t('scatterBackLink')}</Link>
      </p>
      {!isGlobalRole(user.role) && (
        <p className="notice" data-testid="scatter-national-note">
          {t('scatterNationalNote')}
        </p>
      )}
      <ProtectedFigures shown={isProtected}>
        <CorrelationSection
          params={params}
          grouping={grouping}
          ownCountry={isGlobalRole(user.role) ? null : user.country}
        />
      </ProtectedFigures>
    </>
  );
}
