import type { ActionStatus, PlanAction } from './types';

const DAY = 86_400_000;
const time = (iso: string) => Date.parse(`${iso.slice(0, 10)}T00:00:00Z`);

/** Still open (planned or in progress) after its target date. ISO dates compare as text. */
export function isOverdue(action: Pick<PlanAction, 'status' | 'target'>, today: string): boolean {
  return (action.status === 'planned' || action.status === 'in_progress') && action.target.slice(0, 10) < today;
}

export interface TimelineRow {
  id: string;
  text: string;
  status: ActionStatus;
  start: string;
  target: string;
  /** Where the bar starts and how long it is, in % of the axis. */
  offset: number;
  length: number;
  overdue: boolean;
}

export interface ActionTimelineModel {
  /** The axis: from 1 January of the first year to 31 December of the last. */
  firstYear: number;
  lastYear: number;
  /** Where today falls, in % of the axis. */
  today: number;
  /** Where each year starts (1 January), in % of the axis. */
  ticks: { year: number; offset: number }[];
  rows: TimelineRow[];
}

/**
 * The actions as bars from start to target (inclusive) on one axis of whole years that reaches today,
 * by start then target. A target before the start draws a bar of one day.
 */
export function actionTimeline(
  actions: readonly Pick<PlanAction, 'id' | 'text' | 'status' | 'start' | 'target'>[],
  today: string,
): ActionTimelineModel | null {
  if (actions.length === 0) return null;
  const year = (iso: string) => Number(iso.slice(0, 4));
  const firstYear = Math.min(year(today), ...actions.map((a) => year(a.start)));
  const lastYear = Math.max(year(today), ...actions.map((a) => year(a.target)));
  const axisStart = time(`${firstYear}-01-01`);
  const axisLength = time(`${lastYear}-12-31`) + DAY - axisStart;
  const percent = (ms: number) => ((ms - axisStart) / axisLength) * 100;
  const rows = [...actions]
    .sort((a, b) => a.start.localeCompare(b.start) || a.target.localeCompare(b.target))
    .map((a) => {
      const offset = percent(time(a.start));
      const end = Math.max(time(a.target), time(a.start)) + DAY;
      return {
        id: a.id,
        text: a.text,
        status: a.status,
        start: a.start,
        target: a.target,
        offset,
        length: percent(end) - offset,
        overdue: isOverdue(a, today),
      };
    });
  const ticks = Array.from({ length: lastYear - firstYear + 1 }, (_, i) => ({
    year: firstYear + i,
    offset: percent(time(`${firstYear + i}-01-01`)),
  }));
  return { firstYear, lastYear, today: percent(time(today) + DAY / 2), ticks, rows };
}

/** The date an action was (last) marked done, from its status history; null when it is not done. */
export function doneDate(action: Pick<PlanAction, 'status' | 'statusHistory'>): string | null {
  if (action.status !== 'done') return null;
  const dates = action.statusHistory.filter((c) => c.status === 'done').map((c) => c.date.slice(0, 10));
  return dates.sort().at(-1) ?? null;
}

/** A date as a fractional year, for a mark on a chart whose axis counts years: 1 July 2025 → 2025.496. */
export function fractionalYear(iso: string): number {
  const year = Number(iso.slice(0, 4));
  const start = time(`${year}-01-01`);
  return year + (time(iso) - start) / (time(`${year + 1}-01-01`) - start);
}

export type ClosureState = 'closed' | 'partly' | 'notClosed' | 'pending';

export interface ClosureRow {
  id: string;
  text: string;
  /** The year of the next assessment, when there is one. */
  year: number | null;
  closed: string[];
  open: string[];
  state: ClosureState;
}

export interface ClosureSummary {
  rows: ClosureRow[];
  /** Done actions whose items all closed, some closed, none closed, and not yet assessed. */
  counts: Record<ClosureState, number>;
}

function closureState(closed: number, open: number): ClosureState {
  if (closed + open === 0) return 'pending';
  if (open === 0) return 'closed';
  return closed === 0 ? 'notClosed' : 'partly';
}

/** What closed and what did not, per done action: its items by the next assessment, or pending without one. */
export function closureSummary(actions: readonly PlanAction[]): ClosureSummary {
  const counts: Record<ClosureState, number> = { closed: 0, partly: 0, notClosed: 0, pending: 0 };
  const rows = actions
    .filter((a) => a.status === 'done')
    .map((a) => {
      const items = a.closure?.items ?? [];
      const closed = items.filter((i) => i.closed === true).map((i) => i.code);
      const open = items.filter((i) => i.closed === false).map((i) => i.code);
      const state = closureState(closed.length, open.length);
      counts[state] += 1;
      return { id: a.id, text: a.text, year: a.closure?.year ?? null, closed, open, state };
    });
  return { rows, counts };
}
