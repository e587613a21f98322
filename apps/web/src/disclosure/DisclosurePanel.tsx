import { useId } from 'react';
import { useQuery } from '@tanstack/react-query';
import { canSetDisclosure, isGlobalRole, type SessionUser } from '@cpc/domain';
import { disclosureQuery } from '../api/disclosureQueries';
import { ErrorState } from '../ui/ErrorState';
import { DISCLOSURE_LABELS, DISCLOSURE_TEXTS } from '../i18n/labels';
import { useI18n } from '../i18n/useI18n';
import { DisclosureForm } from './DisclosureForm';
import { DisclosureHistory } from './DisclosureHistory';

interface DisclosurePanelProps {
  iso3: string;
  /** The country's name in the page language. */
  country: string;
  user: SessionUser;
}

/**
 * A country's disclosure preference on its profile: what it is, who set it and when; the form to change it
 * for its coordinator or an admin; and its changes, for those who may read them (analysts, admins and the
 * country's own national users).
 */
export function DisclosurePanel({ iso3, country, user }: DisclosurePanelProps) {
  const { t, format } = useI18n();
  const titleId = useId();
  const query = useQuery(disclosureQuery(iso3));
  const readsHistory = isGlobalRole(user.role) || user.country === iso3;

  return (
    <section
      id="disclosure"
      className="analytics-section disclosure-panel"
      aria-labelledby={titleId}
      data-testid="disclosure-panel"
    >
      <h2 id={titleId}>{t('disclosureTitle')}</h2>
      <p className="chart-description">{t('disclosureIntro', { country })}</p>
      {query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} retrying={query.isFetching} />
      ) : !query.data ? (
        <p className="muted" role="status">
          {t('loading')}
        </p>
      ) : (
        <>
          <dl className="assessment-facts">
            <div>
              <dt>{t('disclosureLevelLabel')}</dt>
              <dd data-testid="disclosure-level" data-level={query.data.level}>
                <strong>{t(DISCLOSURE_LABELS[query.data.level])}</strong>
              </dd>
            </div>
          </dl>
          <p>{t(DISCLOSURE_TEXTS[query.data.level], { country })}</p>
          <p className="muted" data-testid="disclosure-set-by">
            {query.data.updatedAt === null
              ? t('disclosureDefault')
              : query.data.updatedBy === null
                ? t('disclosureSetOn', { date: format.dateTime(query.data.updatedAt) })
                : t('disclosureSetBy', { email: query.data.updatedBy, date: format.dateTime(query.data.updatedAt) })}
          </p>
          {canSetDisclosure(user, iso3) ? (
            <DisclosureForm current={query.data} country={country} />
          ) : (
            <p className="muted">{t('disclosureReadOnly', { country })}</p>
          )}
          {readsHistory && <DisclosureHistory iso3={iso3} />}
        </>
      )}
    </section>
  );
}
