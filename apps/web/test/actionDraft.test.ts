import { describe, expect, it } from 'vitest';
import {
  aYearAfter,
  draftFromAction,
  draftFromCandidate,
  parseItems,
  toCreateRequest,
  toUpdateRequest,
} from '../src/actionPlans/actionDraft';
import { planRights } from '../src/actionPlans/planRights';
import type { CandidateAction, PlanAction } from '../src/actionPlans/types';

const action: PlanAction = {
  id: 'a1',
  version: 3,
  country: 'FRA',
  text: 'Sign an MoU',
  items: ['A.1', 'A.19'],
  lead: 'joint',
  owner: 'DG',
  start: '2025-01-01',
  target: '2025-12-31',
  status: 'in_progress',
  statusHistory: [{ status: 'in_progress', date: '2025-02-01' }],
  notes: '',
  instrumentId: null,
  analystComment: null,
  overdue: false,
  createdAt: '2025-01-01T00:00:00Z',
  updatedAt: '2025-02-01T00:00:00Z',
  closure: null,
};

describe('the action form', () => {
  it('reads item codes split at commas or spaces, in upper case, each once', () => {
    expect(parseItems(' a.2.1, A.2.2  A.2.1;A.8 ')).toEqual(['A.2.1', 'A.2.2', 'A.8']);
    expect(parseItems('')).toEqual([]);
  });

  it('targets a year after the start by default', () => {
    expect(aYearAfter('2026-03-15')).toBe('2027-03-15');
    expect(aYearAfter('2024-02-29')).toBe('2025-03-01');
  });

  it('adopts a candidate with the handbook’s solutions, or an empty text for a free-text item', () => {
    const candidate: CandidateAction = {
      code: 'A.2.1',
      points: 0,
      gap: { en: 'No exchange', fr: 'Pas d’échange' },
      solutions: { en: ' Set up a joint channel. ', fr: 'Mettre en place un canal commun.' },
      freeText: false,
      addressedBy: [],
    };
    const localize = (text: { en: string }) => text.en;
    const draft = draftFromCandidate(candidate, localize, '2026-01-10');
    expect(draft).toMatchObject({ text: 'Set up a joint channel.', items: 'A.2.1', status: 'planned' });
    expect([draft.start, draft.target]).toEqual(['2026-01-10', '2027-01-10']);
    expect(draftFromCandidate({ ...candidate, freeText: true }, localize, '2026-01-10').text).toBe('');
    expect(toCreateRequest(draft).items).toEqual(['A.2.1']);
  });

  it('sends only the changed fields, with the version read', () => {
    const unchanged = draftFromAction(action);
    expect(unchanged.items).toBe('A.1, A.19');
    expect(toUpdateRequest(unchanged, action)).toEqual({ version: 3 });
    expect(toUpdateRequest({ ...unchanged, status: 'done', items: 'A.1' }, action)).toEqual({
      version: 3,
      status: 'done',
      items: ['A.1'],
    });
    // A register record named, then none again.
    const linked = toUpdateRequest({ ...unchanged, instrumentId: 'rec-1' }, action);
    expect(linked).toEqual({ version: 3, instrumentId: 'rec-1' });
    expect(toUpdateRequest(unchanged, { ...action, instrumentId: 'rec-1' })).toEqual({
      version: 3,
      instrumentId: null,
    });
  });
});

describe('planRights', () => {
  it('lets the country’s coordinator and admins edit, analysts comment, viewers read', () => {
    expect(planRights({ id: 'c', role: 'coordinator', country: 'FRA' }, 'FRA')).toEqual({ edit: true, comment: false });
    expect(planRights({ id: 'c', role: 'coordinator', country: 'FRA' }, 'DEU')).toEqual({
      edit: false,
      comment: false,
    });
    expect(planRights({ id: 'v', role: 'viewer', country: 'FRA' }, 'FRA')).toEqual({ edit: false, comment: false });
    expect(planRights({ id: 'a', role: 'analyst', country: null }, 'FRA')).toEqual({ edit: false, comment: true });
    expect(planRights({ id: 'x', role: 'admin', country: null }, 'FRA')).toEqual({ edit: true, comment: true });
  });
});
