import { isOverdue, type Action, type ActionLead, type ActionStatus, type StatusChange } from '@cpc/domain';

/** A row as the SQL selects it: dates as ISO text. */
export interface ActionRow {
  id: string;
  country_iso3: string;
  text: string;
  items: string[];
  lead: ActionLead;
  owner: string;
  start_date: string;
  target_date: string;
  status: ActionStatus;
  status_history: StatusChange[];
  done_at: Date | null;
  notes: string;
  instrument_id: string | null;
  analyst_comment: string | null;
  version: number;
  created_at: Date;
  updated_at: Date;
}

/** What a write stores. `doneAt`: an ISO timestamp while done, else null. */
export interface ActionWrite {
  country: string;
  text: string;
  items: string[];
  lead: ActionLead;
  owner: string;
  start: string;
  target: string;
  status: ActionStatus;
  statusHistory: StatusChange[];
  doneAt: string | null;
  notes: string;
  instrumentId: string | null;
  analystComment: string | null;
}

/** Today in UTC, YYYY-MM-DD: the day statuses are dated and overdue is judged on. */
export function todayUtc(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

export function toAction(row: ActionRow, today: string = todayUtc()): Action {
  return {
    id: row.id,
    version: row.version,
    country: row.country_iso3,
    text: row.text,
    items: row.items,
    lead: row.lead,
    owner: row.owner,
    start: row.start_date,
    target: row.target_date,
    status: row.status,
    statusHistory: row.status_history,
    notes: row.notes,
    instrumentId: row.instrument_id,
    analystComment: row.analyst_comment,
    overdue: isOverdue({ statusHistory: row.status_history, target: row.target_date }, today),
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}

/** The stored record as a write (to change some of its fields). */
export function writeOf(row: ActionRow): ActionWrite {
  return {
    country: row.country_iso3,
    text: row.text,
    items: row.items,
    lead: row.lead,
    owner: row.owner,
    start: row.start_date,
    target: row.target_date,
    status: row.status,
    statusHistory: row.status_history,
    doneAt: row.done_at?.toISOString() ?? null,
    notes: row.notes,
    instrumentId: row.instrument_id,
    analystComment: row.analyst_comment,
  };
}
