import { useQuery } from '@tanstack/react-query';
import { instrumentHistoryQuery, type InstrumentRevision } from '../api/instrumentQueries';
import { useI18n } from '../i18n/useI18n';
import { ErrorState } from '../ui/ErrorState';
import { LoadingState } from '../ui/LoadingState';
import { INSTRUMENT_LABELS } from './fieldLabels';
import { changedFields } from './revisionFields';

const ACTION_KEYS = {
  created: 'instActionCreated',
  updated: 'instActionUpdated',
  deleted: 'instActionDeleted',
  imported: 'instActionImported',
} as const;

/** Every write of an instrument, newest first: who, when, and the fields changed. */
export function InstrumentHistory({ id, title }: { id: string; title: string }) {
  const { t } = useI18n();
  const history = useQuery(instrumentHistoryQuery(id));
  if (history.isError)
    return <ErrorState error={history.error} onRetry={() => void history.refetch()} retrying={history.isFetching} />;
  if (!history.data) return <LoadingState />;
  const revisions = [...history.data].sort((a, b) => b.revision - a.revision);
  return (
    <div className="instrument-history" data-testid="instrument-history">
      <h3>{t('instHistoryOf', { title })}</h3>
      {revisions.length === 0 ? (
        <p className="muted">{t('instHistoryEmpty')}</p>
      ) : (
        <ol className="timeline">
          {revisions.map((revision) => (
            <RevisionEntry key={revision.revision} revision={revision} />
          ))}
        </ol>
      )}
    </div>
  );
}

function RevisionEntry({ revision }: { revision: InstrumentRevision }) {
  const { t, format } = useI18n();
  const fieldLabel = (field: string) => {
    const key = INSTRUMENT_LABELS[field];
    return key ? t(key) : field;
  };
  const changes = changedFields(revision.before, revision.after);
  return (
    <li className="timeline-entry">
      <h4>{t('instHistoryEntry', { revision: revision.revision, action: t(ACTION_KEYS[revision.action]) })}</h4>
      <p className="timeline-meta">
        {revision.at && <time dateTime={revision.at}>{format.dateTime(revision.at)}</time>}{' '}
        {revision.by && t('instHistoryBy', { email: revision.by })}
      </p>
      {changes.length > 0 && (
        <div className="table-scroll">
          <table className="data-table compact-table">
            <thead>
              <tr>
                <th scope="col">{t('instHistoryField')}</th>
                <th scope="col">{t('instHistoryBefore')}</th>
                <th scope="col">{t('instHistoryAfter')}</th>
              </tr>
            </thead>
            <tbody>
              {changes.map((change) => (
                <tr key={change.field}>
                  <th scope="row">{fieldLabel(change.field)}</th>
                  <td className="change-old">{change.before}</td>
                  <td className="change-new">{change.after}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </li>
  );
}
