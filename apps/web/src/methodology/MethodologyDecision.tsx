import { useId } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { MethodologyResponse, SessionUser } from '@cpc/domain';
import { methodologyQuery } from '../api/methodologyQuery';
import { useI18n } from '../i18n/useI18n';
import { ErrorState } from '../ui/ErrorState';
import { AdoptMethodologyForm } from './AdoptMethodologyForm';

/** The versions, which one is the default, and the decision that made it so: who, when and why. */
function DecisionFacts({ decision }: { decision: MethodologyResponse }) {
  const { t, localize, format } = useI18n();
  const current = decision.versions.find((v) => v.version === decision.default);
  return (
    <>
      <p data-testid="methodology-default">
        {t('methodologyDefaultIs', { title: current ? localize(current.title) : decision.default })}
      </p>
      {decision.adoptedAt === null ? (
        <p className="muted">{t('methodologyInitialDefault')}</p>
      ) : (
        <dl className="decision-facts" data-testid="methodology-decision">
          <dt>{t('methodologyAdoptedBy')}</dt>
          <dd>{decision.adoptedBy ?? '—'}</dd>
          <dt>{t('methodologyAdoptedAt')}</dt>
          <dd>{format.dateTime(decision.adoptedAt)}</dd>
          <dt>{t('methodologyReason')}</dt>
          <dd>{decision.reason ?? '—'}</dd>
        </dl>
      )}
      <ul className="methodology-versions">
        {decision.versions.map((v) => (
          <li key={v.version} data-version={v.version}>
            <strong>{localize(v.title)}</strong>
            {v.version === decision.default && <span className="version-badge">{t('methodologyDefaultBadge')}</span>}
            {!v.scored && <span className="version-badge version-badge-pending">{t('methodologyNotScored')}</span>}
            <br />
            <span className="muted">{localize(v.summary)}</span>
          </li>
        ))}
      </ul>
    </>
  );
}

/** The default methodology for everyone; admins may adopt another, with a reason that the audit log keeps. */
export function MethodologyDecision({ user }: { user: SessionUser }) {
  const { t } = useI18n();
  const titleId = useId();
  const query = useQuery(methodologyQuery());
  return (
    <section className="analytics-section" aria-labelledby={titleId} data-testid="methodology-decision-section">
      <h2 id={titleId}>{t('methodologyDecisionTitle')}</h2>
      {query.error ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} retrying={query.isFetching} />
      ) : !query.data ? (
        <p role="status">{t('loading')}</p>
      ) : (
        <>
          <DecisionFacts decision={query.data} />
          {user.role === 'admin' && <AdoptMethodologyForm decision={query.data} />}
        </>
      )}
    </section>
  );
}
