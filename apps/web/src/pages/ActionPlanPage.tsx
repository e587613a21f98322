import { useQuery } from '@tanstack/react-query';
import { isGlobalRole, type SessionUser } from '@cpc/domain';
import { actionPlanQuery } from '../api/actionPlanQueries';
import { PlanBody } from '../actionPlans/PlanBody';
import { planRights, type PlanRights } from '../actionPlans/planRights';
import { useCountryName } from '../assessments/useCountryName';
import { useI18n } from '../i18n/useI18n';
import { CountryPicker } from '../profile/CountryPicker';
import { navigate } from '../router/history';
import { hrefFor } from '../router/href';
import { Link } from '../router/Link';
import { paths } from '../router/routes';
import { ControlsBar } from '../ui/ControlsBar';
import { ErrorState } from '../ui/ErrorState';
import { LoadingState } from '../ui/LoadingState';
import { PageTitle } from '../ui/PageTitle';
import '../styles/actionPlans.css';

interface ActionPlanPageProps {
  iso3: string;
  user: SessionUser;
  /** The app's year, as the other pages get it; the plan's dates are days. */
  currentYear: number;
}

/** A country's action plan: from its gaps to its actions, their progress, and what closed at the next assessment. */
export function ActionPlanPage({ iso3, user }: ActionPlanPageProps) {
  const { t, lang } = useI18n();
  const countryName = useCountryName();
  const name = countryName(iso3);
  const title = t('planTitle', { country: name });
  const plan = useQuery(actionPlanQuery(iso3));
  const rights = planRights(user, iso3);
  return (
    <>
      <PageTitle documentTitle={title}>{title}</PageTitle>
      <p className="page-intro">{t('planIntro')}</p>
      {isGlobalRole(user.role) && (
        <ControlsBar label={t('controlsLegend')}>
          <CountryPicker
            value={iso3}
            onChange={(next) => {
              navigate(hrefFor(paths.actionPlan(next), lang));
            }}
          />
        </ControlsBar>
      )}
      <p className="assessment-links">
        <Link to={hrefFor(paths.country(iso3), lang)}>{t('planProfileLink')}</Link>
        {' · '}
        <Link to={hrefFor(paths.countryReport(iso3), lang)}>{t('planReportLink')}</Link>
      </p>
      <RightsNote rights={rights} />
      {plan.isError ? (
        <ErrorState error={plan.error} onRetry={() => void plan.refetch()} retrying={plan.isFetching} />
      ) : !plan.data ? (
        <LoadingState />
      ) : (
        <div aria-busy={plan.isFetching} data-testid="action-plan">
          <PlanBody iso3={iso3} country={name} plan={plan.data} rights={rights} />
        </div>
      )}
    </>
  );
}

/** Who keeps the plan, for readers who do not edit it. */
function RightsNote({ rights }: { rights: PlanRights }) {
  const { t } = useI18n();
  if (rights.edit) return null;
  return (
    <p className="notice" data-testid="plan-rights-note">
      {rights.comment ? t('planAnalystNote') : t('planViewerNote')}
    </p>
  );
}
