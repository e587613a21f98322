import type { Localized } from '@cpc/domain';
import type {
  ActionLead,
  ActionStatus,
  CandidateAction,
  CreateActionRequest,
  PlanAction,
  UpdateActionRequest,
} from './types';

/** The form's fields as typed: the items as one text of codes. */
export interface ActionDraft {
  text: string;
  items: string;
  lead: ActionLead;
  owner: string;
  start: string;
  target: string;
  status: ActionStatus;
  notes: string;
  /** The register record the action produced or relies on; '' for none. */
  instrumentId: string;
}

/** `today` as an ISO date (YYYY-MM-DD). */
export const isoToday = (now: Date = new Date()) => now.toISOString().slice(0, 10);

/** A year after `iso`, the default target of a new action (29 February gives 1 March). */
export function aYearAfter(iso: string): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCFullYear(date.getUTCFullYear() + 1);
  return date.toISOString().slice(0, 10);
}

export function emptyDraft(today: string): ActionDraft {
  const target = aYearAfter(today);
  return {
    text: '',
    items: '',
    lead: 'joint',
    owner: '',
    start: today,
    target,
    status: 'planned',
    notes: '',
    instrumentId: '',
  };
}

/** A candidate adopted: the handbook's solutions as the text (none for a free-text item), its item. */
export function draftFromCandidate(
  candidate: CandidateAction,
  localize: (text: Localized) => string,
  today: string,
): ActionDraft {
  const text = candidate.freeText ? '' : localize(candidate.solutions).trim();
  return { ...emptyDraft(today), text, items: candidate.code };
}

export function draftFromAction(action: PlanAction): ActionDraft {
  const { text, lead, owner, start, target, status, notes } = action;
  const instrumentId = action.instrumentId ?? '';
  return { text, items: action.items.join(', '), lead, owner, start, target, status, notes, instrumentId };
}

/** "A.2.1, a.2.2 A.8" → ["A.2.1", "A.2.2", "A.8"]: codes split at commas or spaces, upper case, each once. */
export function parseItems(text: string): string[] {
  const codes = text
    .split(/[\s,;]+/)
    .map((c) => c.trim().toUpperCase())
    .filter((c) => c.length > 0);
  return [...new Set(codes)];
}

export function toCreateRequest(draft: ActionDraft): CreateActionRequest {
  return { ...draft, items: parseItems(draft.items), instrumentId: draft.instrumentId || null };
}

/** Only what changed, with the version read: an unchanged form sends the version alone. */
export function toUpdateRequest(draft: ActionDraft, action: PlanAction): UpdateActionRequest {
  const request: UpdateActionRequest = { version: action.version };
  const before = draftFromAction(action);
  const items = parseItems(draft.items);
  if (items.join(',') !== action.items.join(',')) request.items = items;
  for (const key of ['text', 'lead', 'owner', 'start', 'target', 'status', 'notes'] as const) {
    if (draft[key] !== before[key]) Object.assign(request, { [key]: draft[key] });
  }
  if (draft.instrumentId !== before.instrumentId) request.instrumentId = draft.instrumentId || null;
  return request;
}
