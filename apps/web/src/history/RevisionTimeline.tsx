import type { RevisionResponse } from '@cpc/domain';
import { useI18n } from '../i18n/useI18n';
import { ACTION_LABELS, STATUS_LABELS } from '../i18n/labels';
import { RevisionChanges } from './RevisionChanges';

/** Every revision, newest first: who did what and when, the status change, the answers changed and any comment. */
export function RevisionTimeline({ revisions }: { revisions: readonly RevisionResponse[] }) {
  const { t, format } = useI18n();
  const newestFirst = [...revisions].sort((a, b) => b.revision - a.revision);
  return (
    <ol className="timeline" data-testid="revision-timeline">
      {newestFirst.map((r) => {
        const action = t(ACTION_LABELS[r.action]);
        return (
          <li key={r.revision} className={`timeline-entry action-${r.action}`} data-revision={r.revision}>
            <h2>{t('revisionHeading', { revision: r.revision, action })}</h2>
            <p className="timeline-meta">
              <time dateTime={r.at}>{format.dateTime(r.at)}</time> · {t('revisionBy', { email: r.by.email })}
            </p>
            <p className="timeline-status">
              {r.fromStatus === null
                ? t('statusSet', { to: t(STATUS_LABELS[r.toStatus]) })
                : r.fromStatus === r.toStatus
                  ? t('statusUnchanged', { status: t(STATUS_LABELS[r.toStatus]) })
                  : t('statusChanged', { from: t(STATUS_LABELS[r.fromStatus]), to: t(STATUS_LABELS[r.toStatus]) })}
            </p>
            {r.comment && (
              <div className="timeline-comment">
                <p className="timeline-comment-label">{t('revisionComment')}</p>
                <blockquote>{r.comment}</blockquote>
              </div>
            )}
            {r.changes.length > 0 ? (
              <details open={r.changes.length <= 8}>
                <summary>{t('revisionChanges', { count: r.changes.length })}</summary>
                <RevisionChanges changes={r.changes} caption={t('revisionChangesCaption', { revision: r.revision })} />
              </details>
            ) : (
              <p className="muted">{t('revisionNoChanges')}</p>
            )}
          </li>
        );
      })}
    </ol>
  );
}
