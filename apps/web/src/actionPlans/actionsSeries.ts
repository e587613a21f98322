import type { ActionsPoint, ActionStatusCounts, GapClosureItem } from '@cpc/domain';
import { NOT_ASSESSED, WITHHELD, valueCell, type Cell } from '../analytics/cells';

/** A region-year's share of members with a plan (0–1); withheld as the API withholds it. */
export function planShareCell(point: ActionsPoint): Cell {
  if (point.suppressed) return WITHHELD;
  if (point.members === 0 || point.countriesWithPlan === null) return NOT_ASSESSED;
  return valueCell(point.countriesWithPlan / point.members);
}

export interface StatusRow {
  year: number;
  /** The actions by status at 31 December; null each when withheld or missing. */
  actions: ActionStatusCounts | null;
  overdue: number | null;
  withheld: boolean;
}

/** One region's actions by status and its overdue, one row per year of the period, for a stacked chart. */
export function statusRows(series: readonly ActionsPoint[], region: string, from: number, to: number): StatusRow[] {
  const rows: StatusRow[] = [];
  for (let year = from; year <= to; year++) {
    const point = series.find((p) => p.region === region && p.year === year);
    const withheld = point?.suppressed === true;
    rows.push({
      year,
      actions: withheld ? null : (point?.actions ?? null),
      overdue: withheld ? null : (point?.overdue ?? null),
      withheld,
    });
  }
  return rows;
}

export interface ClosureBar {
  code: string;
  gaps: number | null;
  withAction: number | null;
  withoutAction: number | null;
  /** Gaps still open at the next assessment. */
  stillOpen: number | null;
  withheld: boolean;
}

/** One region's items, in the order the API lists them: closed with an action, without, and still open. */
export function closureBars(items: readonly GapClosureItem[], region: string): ClosureBar[] {
  return items
    .filter((item) => item.region === region)
    .map((item) => {
      const open = item.gaps === null || item.closedNext === null ? null : Math.max(item.gaps - item.closedNext, 0);
      return {
        code: item.code,
        gaps: item.gaps,
        withAction: item.closedNextWithAction,
        withoutAction: item.closedNextWithoutAction,
        stillOpen: item.suppressed ? null : open,
        withheld: item.suppressed,
      };
    });
}

/** Whether a period has any action at all, to say so rather than draw empty charts. */
export function hasActions(series: readonly ActionsPoint[]): boolean {
  return series.some((p) => (p.countriesWithPlan ?? 0) > 0 || p.suppressed);
}
