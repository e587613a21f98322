import { useI18n } from '../i18n/useI18n';
import { isOverdue } from './planModel';
import type { PlanRights } from './planRights';
import { STATUS_COLOURS } from './statusColours';
import { ACTION_STATUSES, type ActionStatus, type PlanAction } from './types';
import type { ActionWrites } from './useActionWrites';

interface StatusCellProps {
  action: PlanAction;
  rights: PlanRights;
  writes: ActionWrites;
  today: string;
  onError: (error: Error) => void;
}

/** The status since its last change, overdue marked; its editors change it here, at the version read. */
export function StatusCell({ action, rights, writes, today, onError }: StatusCellProps) {
  const { t, format } = useI18n();
  const since = action.statusHistory.at(-1)?.date;
  const overdue = isOverdue(action, today);
  return (
    <div className="plan-status">
      {rights.edit ? (
        <select
          aria-label={`${t('planFieldStatus')}: ${action.text}`}
          value={action.status}
          disabled={writes.update.isPending}
          onChange={(e) => {
            const status = e.target.value as ActionStatus;
            writes.update.mutate({ id: action.id, request: { status, version: action.version } }, { onError });
          }}
        >
          {ACTION_STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`planStatus_${status}`)}
            </option>
          ))}
        </select>
      ) : (
        <span className="plan-status-badge" style={{ borderInlineStartColor: STATUS_COLOURS[action.status] }}>
          {t(`planStatus_${action.status}`)}
        </span>
      )}
      {since && <span className="muted">{t('planStatusSince', { date: format.date(since) })}</span>}
      {overdue && <span className="plan-overdue-badge">{t('planOverdue')}</span>}
    </div>
  );
}
