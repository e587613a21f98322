import { useId } from 'react';
import { useQuery } from '@tanstack/react-query';
import { registerChecksQuery } from '../api/registerChecksQuery';
import { useI18n } from '../i18n/useI18n';
import { LoadingState } from '../ui/LoadingState';
import { registerCheckText } from './registerCheckText';
import '../styles/instruments.css';

/** For the analyst reviewing an assessment: each answer the country's register contradicts, item by item. */
export function RegisterChecksPanel({ assessmentId }: { assessmentId: string }) {
  const { t } = useI18n();
  const headingId = useId();
  const query = useQuery(registerChecksQuery(assessmentId));
  return (
    <section className="register-checks" aria-labelledby={headingId} data-testid="register-checks">
      <h2 id={headingId}>{t('instChecksTitle')}</h2>
      {query.isError ? (
        // Secondary to the review: said plainly, not as an alert that would take over the page's.
        <p className="muted">{t('instChecksError', { message: query.error.message })}</p>
      ) : !query.data ? (
        <LoadingState />
      ) : query.data.checks.length === 0 ? (
        <p className="muted">{t('instChecksNone')}</p>
      ) : (
        <>
          <p className="muted">{t('instChecksText')}</p>
          <div className="table-scroll">
            <table className="data-table">
              <caption className="visually-hidden">{t('instChecksTitle')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('instChecksItem')}</th>
                  <th scope="col">{t('instChecksMessage')}</th>
                </tr>
              </thead>
              <tbody>
                {query.data.checks.map((check, i) => (
                  <tr key={`${check.code}-${i}`} data-item={check.code} data-severity={check.severity}>
                    <th scope="row">
                      <span className="item-code">{check.code}</span>
                    </th>
                    <td>{registerCheckText(check, t)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}

/** In the review queue: how many answers the register contradicts, with each one's item and text. */
export function RegisterChecksCell({ assessmentId }: { assessmentId: string }) {
  const { t } = useI18n();
  const query = useQuery(registerChecksQuery(assessmentId));
  if (!query.data) return <span className="muted">…</span>;
  const { checks } = query.data;
  if (checks.length === 0) return <span className="muted">—</span>;
  return (
    <details className="register-checks-cell" data-testid="register-checks-cell">
      <summary>{t('instChecksCount', { count: checks.length })}</summary>
      <ul>
        {checks.map((check, i) => (
          <li key={`${check.code}-${i}`}>
            <span className="item-code">{check.code}</span> {registerCheckText(check, t)}
          </li>
        ))}
      </ul>
    </details>
  );
}
