import { describe, expect, it } from 'vitest';
import {
  candidateActions,
  closureOf,
  CreateActionRequestSchema,
  findGaps,
  isOverdue,
  nextStatusHistory,
  statusOn,
  UpdateActionRequestSchema,
  WORKED_EXAMPLE_ANSWERS,
  type ActionFacts,
  type ScoredAssessment,
} from '../src/index.js';

const action = (over: Partial<ActionFacts>): ActionFacts => ({
  id: 'a1',
  items: ['A.3.1'],
  status: 'planned',
  target: '2025-06-30',
  statusHistory: [{ status: 'planned', date: '2025-01-10' }],
  ...over,
});

describe('candidate actions from an assessment’s gaps', () => {
  // The worked example's gaps under v1 (docs/methodology.md §4): A.3.1 0, A.5.1 0.375, A.11 0, A.13 0, A.16.1 0.
  const gaps = findGaps(WORKED_EXAMPLE_ANSWERS, 'v1');

  it('offers one candidate per gap: the handbook’s solutions, or free text where its cell is blank', () => {
    const candidates = candidateActions(gaps, []);
    expect(candidates.map((c) => [c.code, c.points, c.freeText])).toEqual([
      ['A.3.1', 0, false],
      ['A.5.1', 0.375, true],
      ['A.11', 0, true],
      ['A.13', 0, true],
      ['A.16.1', 0, true],
    ]);
    expect(candidates[0]!.solutions.fr).not.toBe('');
    expect(candidates[1]!.solutions).toEqual({ en: '', fr: '' });
  });

  it('names the actions not dropped that already address a gap', () => {
    const candidates = candidateActions(gaps, [
      action({ id: 'x', items: ['A.3.1', 'A.11'] }),
      action({ id: 'y', items: ['A.11'], status: 'dropped' }),
      action({ id: 'z', items: ['A.11'], status: 'done' }),
    ]);
    expect(candidates.find((c) => c.code === 'A.3.1')!.addressedBy).toEqual(['x']);
    expect(candidates.find((c) => c.code === 'A.11')!.addressedBy).toEqual(['x', 'z']);
    expect(candidates.find((c) => c.code === 'A.13')!.addressedBy).toEqual([]);
  });
});

describe('status on a date and overdue', () => {
  const history = [
    { status: 'planned', date: '2024-03-01' },
    { status: 'in_progress', date: '2024-09-15' },
    { status: 'done', date: '2025-02-01' },
  ] as const;

  it('is the last change dated on or before the day; null before the first', () => {
    expect(statusOn(history, '2024-02-29')).toBeNull();
    expect(statusOn(history, '2024-03-01')).toBe('planned');
    expect(statusOn(history, '2024-12-31')).toBe('in_progress');
    expect(statusOn(history, '2025-02-01')).toBe('done');
  });

  it('is overdue when planned or in progress on a day after the target', () => {
    const a = { statusHistory: history, target: '2024-10-31' };
    expect(isOverdue(a, '2024-10-31')).toBe(false); // the target day itself
    expect(isOverdue(a, '2024-12-31')).toBe(true); // in progress, target passed
    expect(isOverdue(a, '2025-12-31')).toBe(false); // done
    expect(
      isOverdue({ statusHistory: [{ status: 'dropped', date: '2024-01-01' }], target: '2024-02-01' }, '2025-01-01'),
    ).toBe(false);
  });

  it('appends a change of status, dated; the same status leaves the history', () => {
    expect(nextStatusHistory(history.slice(0, 1), 'in_progress', '2024-05-05')).toEqual([
      { status: 'planned', date: '2024-03-01' },
      { status: 'in_progress', date: '2024-05-05' },
    ]);
    expect(nextStatusHistory(history.slice(0, 1), 'planned', '2024-05-05')).toEqual([history[0]]);
  });
});

describe('closure of a done action at the next counted assessment', () => {
  const assessments: ScoredAssessment[] = [
    { id: 'old', year: 2022, submittedAt: '2022-05-01T10:00:00.000Z', points: { 'A.3.1': 0, 'A.11': 0 } },
    { id: 'next', year: 2024, submittedAt: '2024-04-02T09:00:00.000Z', points: { 'A.3.1': 0.5, 'A.11': 0.25 } },
    { id: 'later', year: 2025, submittedAt: '2025-04-02T09:00:00.000Z', points: { 'A.3.1': 1, 'A.11': 1 } },
  ];

  it('closes an item at 0.5 points or more at the first assessment submitted after the action was done', () => {
    expect(closureOf(['A.3.1', 'A.11', 'A.13'], '2023-11-30T00:00:00.000Z', assessments)).toEqual({
      assessmentId: 'next',
      year: 2024,
      items: [
        { code: 'A.3.1', closed: true }, // 0.5: the threshold closes it
        { code: 'A.11', closed: false }, // 0.25: still a gap
        { code: 'A.13', closed: false }, // not scored there: not closed
      ],
    });
  });

  it('gives null for every item while no assessment followed', () => {
    expect(closureOf(['A.3.1'], '2025-06-01T00:00:00.000Z', assessments)).toEqual({
      assessmentId: null,
      year: null,
      items: [{ code: 'A.3.1', closed: null }],
    });
  });
});

describe('request schemas', () => {
  const valid = {
    text: 'Sign an MoU',
    items: ['A.3.1'],
    lead: 'joint',
    owner: 'DG',
    start: '2025-01-01',
    target: '2025-12-31',
  };

  it('fills in the defaults of a new action', () => {
    expect(CreateActionRequestSchema.parse(valid)).toEqual({
      ...valid,
      status: 'planned',
      notes: '',
      instrumentId: null,
    });
  });

  it.each([
    [{ items: [] }, 'items'],
    [{ items: ['A.99'] }, 'items.0'],
    [{ items: ['A.17'] }, 'items.0'], // A.17 is not scored
    [{ items: ['A.1', 'A.1'] }, 'items'],
    [{ lead: 'army' }, 'lead'],
    [{ target: '2024-12-31' }, 'target'],
    [{ start: '2025-13-01' }, 'start'],
    [{ instrumentId: 'not-a-uuid' }, 'instrumentId'],
    [{ status: 'finished' }, 'status'],
  ])('refuses %j naming %s', (patch, field) => {
    const result = CreateActionRequestSchema.safeParse({ ...valid, ...patch });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => i.path.join('.'))).toContain(field);
  });

  it('needs the version read to change an action', () => {
    expect(UpdateActionRequestSchema.safeParse({ status: 'done' }).success).toBe(false);
    expect(UpdateActionRequestSchema.parse({ status: 'done', version: 2 })).toEqual({ status: 'done', version: 2 });
  });
});
