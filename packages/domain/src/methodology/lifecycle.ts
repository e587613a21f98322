export const ASSESSMENT_STATUSES = ['draft', 'submitted', 'validated', 'returned'] as const;
export type AssessmentStatus = (typeof ASSESSMENT_STATUSES)[number];

/** Statuses that count in the analytics. */
export const COUNTED_STATUSES: readonly AssessmentStatus[] = ['submitted', 'validated'];

/** The statuses an analytics filter counts: `validated` alone, or submitted and validated by default. */
export function countedStatusesFor(filter: 'validated' | undefined): AssessmentStatus[] {
  return filter === 'validated' ? ['validated'] : [...COUNTED_STATUSES];
}

export type LifecycleAction = 'submit' | 'validate' | 'return';

const TRANSITIONS: Record<LifecycleAction, { from: readonly AssessmentStatus[]; to: AssessmentStatus }> = {
  submit: { from: ['draft', 'returned'], to: 'submitted' },
  validate: { from: ['submitted'], to: 'validated' },
  // An analyst may send back a validated assessment too, when an error turns up later.
  return: { from: ['submitted', 'validated'], to: 'returned' },
};

/** The status after an action, or null when the action is not allowed from that status. */
export function nextStatus(current: AssessmentStatus, action: LifecycleAction): AssessmentStatus | null {
  const t = TRANSITIONS[action];
  return t.from.includes(current) ? t.to : null;
}

export function allowedFrom(action: LifecycleAction): readonly AssessmentStatus[] {
  return TRANSITIONS[action].from;
}

/** Answers and comments can be edited only while the coordinator holds the assessment. */
export function isEditable(status: AssessmentStatus): boolean {
  return status === 'draft' || status === 'returned';
}
