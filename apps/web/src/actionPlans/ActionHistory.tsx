import { useQuery } from '@tanstack/react-query';
import { actionHistoryQuery } from '../api/actionPlanQueries';
import { errorText } from '../i18n/errorText';
import { useI18n } from '../i18n/useI18n';
import { LoadingState } from '../ui/LoadingState';
import type { ActionRevision, PlanAction } from './types';

/** Every write of one action, newest first: who, when, and the status it left. */
export function ActionHistory({ iso3, action }: { iso3: string; action: PlanAction }) {
  const i18n = useI18n();
  const { t } = i18n;
  const history = useQuery(actionHistoryQuery(iso3, action.id));
  if (history.isError) return <p className="field-error">{errorText(history.error, i18n)}</p>;
  if (!history.data) return <LoadingState />;
  const revisions = [...history.data.revisions].reverse();
  return (
    <div className="plan-history" data-testid="plan-history">
      <h3>{t('planHistoryTitle', { text: action.text })}</h3>
      {revisions.length === 0 ? (
        <p className="muted">{t('planHistoryEmpty')}</p>
      ) : (
        <ol>
          {revisions.map((revision) => (
            <RevisionLine key={`${revision.revision}-${revision.action}`} revision={revision} />
          ))}
        </ol>
      )}
    </div>
  );
}

function RevisionLine({ revision }: { revision: ActionRevision }) {
  const { t, format } = useI18n();
  const after = revision.after;
  const statusChanged = after && revision.before?.status !== after.status;
  return (
    <li>
      {t('planRevision', {
        revision: revision.revision,
        kind: t(`planRevision_${revision.action}`),
        date: format.dateTime(revision.at),
        by: revision.by.email,
      })}
      {statusChanged && <> — {t('planRevisionStatus', { status: t(`planStatus_${after.status}`) })}</>}
      {revision.action === 'commented' && after?.analystComment && <> — “{after.analystComment}”</>}
    </li>
  );
}
