import { useId } from 'react';
import { useQuery } from '@tanstack/react-query';
import { actionPlanQuery } from '../api/actionPlanQueries';
import { useI18n } from '../i18n/useI18n';
import { closureSummary } from './planModel';
import type { PlanAction } from './types';

/** The printable report's plan: a compact table of the actions with their status and what closed. */
export function PlanReportSection({ iso3 }: { iso3: string }) {
  const { t } = useI18n();
  const titleId = useId();
  const plan = useQuery(actionPlanQuery(iso3));
  // A plan the reader may not read, or an API without plans, leaves the section out of the report.
  if (!plan.data) return null;
  const { actions } = plan.data;
  return (
    <section className="analytics-section report-plan" aria-labelledby={titleId} data-testid="report-plan">
      <h2 id={titleId}>{t('planReportTitle')}</h2>
      {actions.length === 0 ? <p className="muted">{t('planReportEmpty')}</p> : <PlanReportTable actions={actions} />}
    </section>
  );
}

function PlanReportTable({ actions }: { actions: readonly PlanAction[] }) {
  const { t, format } = useI18n();
  const closure = new Map(closureSummary(actions).rows.map((row) => [row.id, row]));
  return (
    <table className="data-table compact-table">
      <caption className="visually-hidden">{t('planReportTitle')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('planColAction')}</th>
          <th scope="col">{t('planColItems')}</th>
          <th scope="col">{t('planColLead')}</th>
          <th scope="col">{t('planColDates')}</th>
          <th scope="col">{t('planColStatus')}</th>
          <th scope="col">{t('planClosureResult')}</th>
        </tr>
      </thead>
      <tbody>
        {actions.map((action) => {
          const row = closure.get(action.id);
          return (
            <tr key={action.id} data-action={action.id}>
              <th scope="row">{action.text}</th>
              <td>{action.items.join(', ')}</td>
              <td>{t(`planLead_${action.lead}`)}</td>
              <td>{t('planDates', { from: format.date(action.start), to: format.date(action.target) })}</td>
              <td>
                {t(`planStatus_${action.status}`)}
                {action.overdue && ` (${t('planOverdue')})`}
              </td>
              <td>{row ? closureText(row, t) : t('planNone')}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

function closureText(row: ReturnType<typeof closureSummary>['rows'][number], t: ReturnType<typeof useI18n>['t']) {
  const detail = [
    row.closed.length > 0 ? `${t('planClosureClosed')}: ${row.closed.join(', ')}` : '',
    row.open.length > 0 ? `${t('planClosureOpen')}: ${row.open.join(', ')}` : '',
  ].filter(Boolean);
  return [t(`planClosure_${row.state}`), ...detail].join('; ');
}
