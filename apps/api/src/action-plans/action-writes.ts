import { nextStatusHistory, type ActionStatus, type CreateActionRequest, type UpdateActionRequest } from '@cpc/domain';
import { invalidField } from '../common/field-errors.js';
import { todayUtc, type ActionWrite } from './action-rows.js';

/** The fields of the plan proper, which coordinators (and admins) change; analysts write analystComment only. */
export const PLAN_FIELDS = [
  'text',
  'items',
  'lead',
  'owner',
  'start',
  'target',
  'status',
  'notes',
  'instrumentId',
  'statusDate',
] as const satisfies readonly (keyof UpdateActionRequest)[];

/**
 * The day a change of status takes effect: `statusDate` if sent (not in the future, not before the last
 * change, so that the history stays in order), else today; and the moment closure counts from for `done`: now,
 * or the start of a past `statusDate`.
 */
function statusMoment(statusDate: string | undefined, lastDate: string | undefined, now: Date) {
  const today = todayUtc(now);
  const date = statusDate ?? today;
  if (date > today)
    throw invalidField('statusDate', `must not be after today (${today})`, 'too_big', { maximum: today });
  if (lastDate !== undefined && date < lastDate)
    throw invalidField('statusDate', `must not be before the last change of status (${lastDate})`, 'too_small', {
      minimum: lastDate,
    });
  return { date, at: date === today ? now.toISOString() : `${date}T00:00:00.000Z` };
}

export function createdWrite(country: string, request: CreateActionRequest, now: Date): ActionWrite {
  const moment = statusMoment(request.statusDate, undefined, now);
  return {
    country,
    text: request.text,
    items: request.items,
    lead: request.lead,
    owner: request.owner,
    start: request.start,
    target: request.target,
    status: request.status,
    statusHistory: [{ status: request.status, date: moment.date }],
    doneAt: request.status === 'done' ? moment.at : null,
    notes: request.notes,
    instrumentId: request.instrumentId,
    analystComment: null,
  };
}

/** The stored action with the fields sent; a change of status appends {status, date} to the history. */
export function applyChanges(before: ActionWrite, request: UpdateActionRequest, now: Date): ActionWrite {
  const status: ActionStatus = request.status ?? before.status;
  const after: ActionWrite = {
    ...before,
    text: request.text ?? before.text,
    items: request.items ?? before.items,
    lead: request.lead ?? before.lead,
    owner: request.owner ?? before.owner,
    start: request.start ?? before.start,
    target: request.target ?? before.target,
    notes: request.notes ?? before.notes,
    instrumentId: request.instrumentId === undefined ? before.instrumentId : request.instrumentId,
    analystComment: request.analystComment === undefined ? before.analystComment : request.analystComment,
  };
  if (after.target < after.start)
    throw invalidField('target', `must not be before start (${after.start})`, 'end_before_start', {
      start: after.start,
    });
  if (status === before.status) return after;
  const moment = statusMoment(request.statusDate, before.statusHistory.at(-1)?.date, now);
  return {
    ...after,
    status,
    statusHistory: nextStatusHistory(before.statusHistory, status, moment.date),
    doneAt: status === 'done' ? moment.at : null,
  };
}
