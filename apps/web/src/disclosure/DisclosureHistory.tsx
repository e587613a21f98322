import { useId } from 'react';
import { useQuery } from '@tanstack/react-query';
import { disclosureHistoryQuery } from '../api/disclosureQueries';
import { ErrorState } from '../ui/ErrorState';
import { DISCLOSURE_LABELS } from '../i18n/labels';
import { useI18n } from '../i18n/useI18n';

/** Every change of a country's preference, newest first, with who made it. */
export function DisclosureHistory({ iso3 }: { iso3: string }) {
  const { t, format } = useI18n();
  const titleId = useId();
  const query = useQuery(disclosureHistoryQuery(iso3));
  return (
    <div className="disclosure-history" data-testid="disclosure-history">
      <h3 id={titleId}>{t('disclosureHistoryTitle')}</h3>
      {query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} retrying={query.isFetching} />
      ) : !query.data ? (
        <p className="muted" role="status">
          {t('loading')}
        </p>
      ) : query.data.items.length === 0 ? (
        <p className="muted">{t('disclosureHistoryEmpty')}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table compact-table" aria-labelledby={titleId}>
            <thead>
              <tr>
                <th scope="col">{t('disclosureChangedAt')}</th>
                <th scope="col">{t('disclosureLevelLabel')}</th>
                <th scope="col">{t('disclosureChangedBy')}</th>
              </tr>
            </thead>
            <tbody>
              {query.data.items.map((item) => (
                <tr key={`${item.changedAt}-${item.level}`} data-level={item.level}>
                  <td>{format.dateTime(item.changedAt)}</td>
                  <td>{t(DISCLOSURE_LABELS[item.level])}</td>
                  <td>{item.changedBy ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
