import { ITEM_CODES, diffAnswerSets, type AnswerChange, type AssessmentStatus } from '@cpc/domain';
import type { AuthenticatedUser } from '../auth/principal.js';
import type { RevisionAction } from '../db/entities/assessment-revision.entity.js';
import type { LockedAssessment } from './assessment.repository.js';
import type { NewRevision } from './revision.repository.js';

/** The history line for a status change of a locked assessment (no answer changes). */
export function statusRevision(
  user: AuthenticatedUser,
  before: LockedAssessment,
  change: { version: number; action: RevisionAction; toStatus: AssessmentStatus; comment?: string },
): NewRevision {
  return {
    assessmentId: before.id,
    revision: change.version,
    actor: { id: user.id, email: user.email },
    action: change.action,
    fromStatus: before.status,
    toStatus: change.toStatus,
    changes: [],
    comment: change.comment ?? null,
  };
}

/** The history line for new answers and comments: old → new, item by item. */
export function answersRevision(
  user: AuthenticatedUser,
  change: {
    assessmentId: string;
    version: number;
    action: RevisionAction;
    before: Pick<LockedAssessment, 'answers' | 'comments' | 'status'> | null;
    after: Pick<LockedAssessment, 'answers' | 'comments' | 'status'>;
  },
): NewRevision {
  return {
    assessmentId: change.assessmentId,
    revision: change.version,
    actor: { id: user.id, email: user.email },
    action: change.action,
    fromStatus: change.before?.status ?? null,
    toStatus: change.after.status,
    changes: inInstrumentOrder(diffAnswerSets(change.before ?? { answers: {}, comments: {} }, change.after)),
  };
}

/** Answers before comments, each in the instrument's order (jsonb does not keep the order keys were written in). */
function inInstrumentOrder(changes: AnswerChange[]): AnswerChange[] {
  const rank = (c: AnswerChange) => (c.kind === 'answer' ? 0 : 1000) + ITEM_CODES.indexOf(c.code);
  return [...changes].sort((a, b) => rank(a) - rank(b));
}
