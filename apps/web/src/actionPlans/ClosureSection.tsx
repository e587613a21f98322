import { useId } from 'react';
import { useI18n } from '../i18n/useI18n';
import { closureSummary, type ClosureRow } from './planModel';
import type { PlanAction } from './types';

/** For each done action: which of its items closed at the next assessment and which are still gaps. */
export function ClosureSection({ actions }: { actions: readonly PlanAction[] }) {
  const { t } = useI18n();
  const titleId = useId();
  const summary = closureSummary(actions);
  return (
    <section className="analytics-section" aria-labelledby={titleId} data-testid="plan-closure">
      <h2 id={titleId}>{t('planClosureTitle')}</h2>
      <p className="chart-description">{t('planClosureText')}</p>
      {summary.rows.length === 0 ? (
        <p className="muted">{t('planClosureEmpty')}</p>
      ) : (
        <>
          <p data-testid="plan-closure-counts">{t('planClosureCounts', summary.counts)}</p>
          <ClosureTable rows={summary.rows} caption={t('planClosureTitle')} />
        </>
      )}
    </section>
  );
}

/** The closure rows as a table, also used by the printable report. */
export function ClosureTable({ rows, caption }: { rows: readonly ClosureRow[]; caption: string }) {
  const { t } = useI18n();
  return (
    <table className="data-table compact-table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('planColAction')}</th>
          <th scope="col">{t('planClosureNext')}</th>
          <th scope="col">{t('planClosureClosed')}</th>
          <th scope="col">{t('planClosureOpen')}</th>
          <th scope="col">{t('planClosureResult')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id} data-closure={row.state} data-action={row.id}>
            <th scope="row">{row.text}</th>
            <td>{row.year ?? t('planNone')}</td>
            <td>{row.closed.join(', ') || t('planNone')}</td>
            <td>{row.open.join(', ') || t('planNone')}</td>
            <td>
              <span className={`plan-closure plan-closure-${row.state}`}>{t(`planClosure_${row.state}`)}</span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
