import type { Localized } from '../i18n.js';
import { GAP_THRESHOLD, type Gap } from '../methodology/gaps.js';
import type { CandidateAction } from '../schemas/action-plans.js';
import { OPEN_ACTION_STATUSES, type ActionStatus } from './vocabularies.js';

/** What the rules read of an action. */
export interface ActionFacts {
  id: string;
  items: readonly string[];
  status: ActionStatus;
  target: string;
  statusHistory: readonly { status: ActionStatus; date: string }[];
}

const EMPTY: Localized = { en: '', fr: '' };

/**
 * One candidate per gap of the assessment (findGaps), in the gaps' order. An item whose "Solutions possibles"
 * cell is blank (solutionsFromGuidance) offers a free-text action, not the dimension's guidance. `addressedBy`
 * lists the actions not dropped that already address the item.
 */
export function candidateActions(gaps: readonly Gap[], actions: readonly ActionFacts[]): CandidateAction[] {
  return gaps.map((gap) => ({
    code: gap.code,
    points: gap.points,
    gap: gap.gaps,
    solutions: gap.solutionsFromGuidance ? EMPTY : gap.solutions,
    freeText: gap.solutionsFromGuidance,
    addressedBy: actions.filter((a) => a.status !== 'dropped' && a.items.includes(gap.code)).map((a) => a.id),
  }));
}

/** The status in force on `date` (YYYY-MM-DD): the last change dated on or before it; null before the first. */
export function statusOn(history: ActionFacts['statusHistory'], date: string): ActionStatus | null {
  let status: ActionStatus | null = null;
  for (const change of history) if (change.date <= date) status = change.status;
  return status;
}

/** Overdue on `date`: planned or in progress then, with a target before that day. */
export function isOverdue(action: Pick<ActionFacts, 'statusHistory' | 'target'>, date: string): boolean {
  const status = statusOn(action.statusHistory, date);
  return status !== null && OPEN_ACTION_STATUSES.includes(status) && action.target < date;
}

/** The history after a write: a change of status appends it, dated `date`; the same status leaves it. */
export function nextStatusHistory(
  history: ActionFacts['statusHistory'],
  status: ActionStatus,
  date: string,
): { status: ActionStatus; date: string }[] {
  const last = history.at(-1);
  return last?.status === status ? [...history] : [...history, { status, date }];
}

/** A counted assessment of the country, as closure reads it: when it was submitted and its item points. */
export interface ScoredAssessment {
  id: string;
  year: number;
  submittedAt: string;
  points: Readonly<Record<string, number | null | undefined>>;
}

export interface Closure {
  assessmentId: string | null;
  year: number | null;
  items: { code: string; closed: boolean | null }[];
}

/**
 * For a done action (done at `doneAt`, an ISO timestamp): the country's next counted assessment is the first
 * submitted after it; each addressed item is closed there when it earns GAP_THRESHOLD points or more (false
 * below, or when the item does not apply), null for every item while there is no such assessment.
 */
export function closureOf(items: readonly string[], doneAt: string, assessments: readonly ScoredAssessment[]): Closure {
  const next = assessments
    .filter((a) => a.submittedAt > doneAt)
    .sort((a, b) => a.submittedAt.localeCompare(b.submittedAt))[0];
  if (!next) return { assessmentId: null, year: null, items: items.map((code) => ({ code, closed: null })) };
  return {
    assessmentId: next.id,
    year: next.year,
    items: items.map((code) => ({ code, closed: (next.points[code] ?? -1) >= GAP_THRESHOLD })),
  };
}
