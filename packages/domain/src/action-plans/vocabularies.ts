/** Who leads an action of a national plan. */
export const ACTION_LEADS = ['customs', 'police', 'joint', 'other'] as const;
export type ActionLead = (typeof ACTION_LEADS)[number];

/** Where an action stands; every change is dated in its statusHistory. */
export const ACTION_STATUSES = ['planned', 'in_progress', 'done', 'dropped'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

/** The statuses of an action still under way: past its target, it is overdue. */
export const OPEN_ACTION_STATUSES: readonly ActionStatus[] = ['planned', 'in_progress'];
