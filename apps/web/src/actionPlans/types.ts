/** The action plans' contract (issue #17), as the web reads it. */
export const ACTION_LEADS = ['customs', 'police', 'joint', 'other'] as const;
export type ActionLead = (typeof ACTION_LEADS)[number];

export const ACTION_STATUSES = ['planned', 'in_progress', 'done', 'dropped'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

export interface StatusChange {
  status: ActionStatus;
  /** ISO date (or date-time) of the change. */
  date: string;
}

/** Whether an item an action addressed closed at the next assessment (points ≥ 0.5). */
export interface ItemClosure {
  code: string;
  closed: boolean;
}

/** What the next assessment says of a done action's items; null until there is one. */
export interface ActionClosure {
  /** The year of the next assessment. */
  year: number | null;
  items: ItemClosure[];
}

export interface PlanAction {
  id: string;
  version: number;
  text: string;
  items: string[];
  lead: ActionLead;
  owner: string;
  start: string;
  target: string;
  status: ActionStatus;
  statusHistory: StatusChange[];
  notes: string;
  instrumentId?: string | null;
  closure?: ActionClosure | null;
}

/** A gap of the latest assessment and what the handbook offers for it. */
export interface CandidateAction {
  code: string;
  text: string;
  /** Whether the text is the handbook's solution (else a free-text offer to fill in). */
  fromHandbook: boolean;
}

export interface ActionPlanResponse {
  actions: PlanAction[];
  candidates: CandidateAction[];
}

/** What the form sends: everything but the id, the history and the closure. */
export interface ActionDraft {
  text: string;
  items: string[];
  lead: ActionLead;
  owner: string;
  start: string;
  target: string;
  status: ActionStatus;
  notes: string;
  instrumentId?: string | null;
}
