import type { Principal } from '../access/roles.js';
import { isWithheldCell } from '../analytics/small-cells.js';
import type {
  ActionsAnalyticsResponse,
  ActionsPoint,
  GapClosureItem,
  GapClosureResponse,
} from '../schemas/action-plans-analytics.js';
import type { MagnitudeNoise } from './cells.js';
import { receivesProtectedFigures } from './levels.js';
import { protectCount, protectMagnitude, type CellKey } from './perturbation.js';
import { protectedContributors } from './protect-maturity.js';

/** The per-member figures of the actions view, each a magnitude (a member country-year is one record). */
export const ACTION_MAGNITUDES = [
  'planned',
  'in_progress',
  'done',
  'dropped',
  'overdue',
  'gaps',
  'gapsWithAction',
] as const;
export type ActionMagnitude = (typeof ACTION_MAGNITUDES)[number];

/** What protecting a region-year of plans needs (docs/disclosure.md). */
export interface ActionsCellNoise {
  /** countriesWithPlan: every member adds its key, with a plan or not. */
  withPlan: CellKey;
  magnitudes: Record<ActionMagnitude, MagnitudeNoise>;
}

/** What protecting a region-item of gap closure needs: each gap is a record, and adds its key to every count. */
export interface GapClosureCellNoise {
  gaps: CellKey;
  closedNext: CellKey;
  closedNextWithAction: CellKey;
  closedNextWithoutAction: CellKey;
}

/**
 * A region-year of plans as a national user sees it: withheld below 3 members; otherwise the members with a
 * plan perturbed as a count (never above the members, which are public), and the actions by status, overdue,
 * gaps and gaps with an action as magnitudes whose noise hides the largest confidential member
 * (gapsWithAction never above gaps).
 */
export function protectActionsPoint(point: ActionsPoint, noise: ActionsCellNoise): ActionsPoint {
  if (isWithheldCell(point.members))
    return {
      ...point,
      countriesWithPlan: null,
      actions: null,
      overdue: null,
      gapsWithAction: null,
      gaps: null,
      suppressed: true,
    };
  const contributors = point.members;
  const magnitude = (key: ActionMagnitude, sum: number) =>
    protectMagnitude({ sum, contributors, ...noise.magnitudes[key] });
  const actions = point.actions ?? { planned: 0, in_progress: 0, done: 0, dropped: 0 };
  const gaps = magnitude('gaps', point.gaps ?? 0);
  return {
    ...point,
    countriesWithPlan: Math.min(contributors, protectCount(point.countriesWithPlan ?? 0, contributors, noise.withPlan)),
    actions: {
      planned: magnitude('planned', actions.planned),
      in_progress: magnitude('in_progress', actions.in_progress),
      done: magnitude('done', actions.done),
      dropped: magnitude('dropped', actions.dropped),
    },
    overdue: magnitude('overdue', point.overdue ?? 0),
    gaps,
    gapsWithAction: Math.min(gaps, magnitude('gapsWithAction', point.gapsWithAction ?? 0)),
  };
}

/**
 * A region-item of gap closure as a national user sees it: withheld below 3 gaps; otherwise the gaps
 * perturbed as contributors (at least 3), and each count of closed gaps as a count among them (never above
 * the protected gaps).
 */
export function protectGapClosureItem(item: GapClosureItem, noise: GapClosureCellNoise): GapClosureItem {
  if (item.gaps === null || isWithheldCell(item.gaps))
    return {
      ...item,
      gaps: null,
      closedNext: null,
      closedNextWithAction: null,
      closedNextWithoutAction: null,
      suppressed: true,
    };
  const exact = item.gaps;
  const gaps = protectedContributors(exact, noise.gaps, Number.POSITIVE_INFINITY);
  const counted = (key: 'closedNext' | 'closedNextWithAction' | 'closedNextWithoutAction') =>
    Math.min(gaps, protectCount(item[key] ?? 0, exact, noise[key]));
  return {
    ...item,
    gaps,
    closedNext: counted('closedNext'),
    closedNextWithAction: counted('closedNextWithAction'),
    closedNextWithoutAction: counted('closedNextWithoutAction'),
  };
}

export function actionsForReader(
  reader: Principal,
  exact: ActionsAnalyticsResponse,
  noise: readonly ActionsCellNoise[],
): ActionsAnalyticsResponse {
  if (!receivesProtectedFigures(reader)) return exact;
  return { ...exact, protected: true, series: exact.series.map((p, i) => protectActionsPoint(p, at(noise, i))) };
}

export function gapClosureForReader(
  reader: Principal,
  exact: GapClosureResponse,
  noise: readonly GapClosureCellNoise[],
): GapClosureResponse {
  if (!receivesProtectedFigures(reader)) return exact;
  return { ...exact, protected: true, items: exact.items.map((p, i) => protectGapClosureItem(p, at(noise, i))) };
}

function at<N>(noise: readonly N[], i: number): N {
  const n = noise[i];
  if (n === undefined) throw new Error(`no protection data for cell ${i}`);
  return n;
}
