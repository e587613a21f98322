import { describe, expect, it } from 'vitest';
import { actionTimeline, closureSummary, doneDate, fractionalYear, isOverdue } from '../src/actionPlans/planModel';
import type { PlanAction } from '../src/actionPlans/types';

function action(over: Partial<PlanAction> & Pick<PlanAction, 'id'>): PlanAction {
  return {
    version: 1,
    text: `Action ${over.id}`,
    items: ['A.1'],
    lead: 'joint',
    owner: 'DG',
    start: '2025-01-01',
    target: '2025-12-31',
    status: 'planned',
    statusHistory: [],
    notes: '',
    country: 'FRA',
    instrumentId: null,
    analystComment: null,
    overdue: false,
    createdAt: '2025-01-01T00:00:00Z',
    updatedAt: '2025-01-01T00:00:00Z',
    closure: null,
    ...over,
  };
}

describe('isOverdue', () => {
  it('is an open action after its target day, not on it, and never a done or dropped one', () => {
    expect(isOverdue({ status: 'planned', target: '2026-03-01' }, '2026-03-02')).toBe(true);
    expect(isOverdue({ status: 'in_progress', target: '2026-03-01' }, '2026-03-02')).toBe(true);
    expect(isOverdue({ status: 'in_progress', target: '2026-03-01' }, '2026-03-01')).toBe(false);
    expect(isOverdue({ status: 'done', target: '2020-01-01' }, '2026-03-02')).toBe(false);
    expect(isOverdue({ status: 'dropped', target: '2020-01-01' }, '2026-03-02')).toBe(false);
  });
});

describe('actionTimeline', () => {
  it('is null without actions', () => {
    expect(actionTimeline([], '2026-01-01')).toBeNull();
  });

  it('lays the bars on whole years reaching today, sorted by start', () => {
    // Axis 2024-01-01 … 2025-12-31: 731 days (2024 is a leap year).
    const model = actionTimeline(
      [
        action({ id: 'b', start: '2025-01-01', target: '2025-12-31', status: 'in_progress' }),
        action({ id: 'a', start: '2024-01-01', target: '2024-01-01', status: 'done' }),
      ],
      '2025-07-02',
    );
    expect(model?.firstYear).toBe(2024);
    expect(model?.lastYear).toBe(2025);
    expect(model?.rows.map((r) => r.id)).toEqual(['a', 'b']);
    // 'a' is one day from the axis's start: 1/731.
    expect(model?.rows[0]?.offset).toBe(0);
    expect(model?.rows[0]?.length).toBeCloseTo((1 / 731) * 100, 6);
    // 'b' starts after 366 days and lasts 365.
    expect(model?.rows[1]?.offset).toBeCloseTo((366 / 731) * 100, 6);
    expect(model?.rows[1]?.length).toBeCloseTo((365 / 731) * 100, 6);
    // 2 July 2025 is day 366 + 182; the line is drawn in the middle of the day.
    expect(model?.today).toBeCloseTo((548.5 / 731) * 100, 6);
    expect(model?.rows.map((r) => r.overdue)).toEqual([false, false]);
    expect(model?.ticks.map((t) => t.year)).toEqual([2024, 2025]);
    expect(model?.ticks[0]?.offset).toBe(0);
    expect(model?.ticks[1]?.offset).toBeCloseTo((366 / 731) * 100, 6);
  });

  it('stretches the axis to today and marks the overdue', () => {
    const model = actionTimeline([action({ id: 'x', start: '2023-06-01', target: '2023-09-30' })], '2026-01-15');
    expect([model?.firstYear, model?.lastYear]).toEqual([2023, 2026]);
    expect(model?.rows[0]?.overdue).toBe(true);
  });

  it('draws a target before the start as one day', () => {
    const model = actionTimeline([action({ id: 'x', start: '2025-03-01', target: '2025-02-01' })], '2025-01-01');
    expect(model?.rows[0]?.length).toBeCloseTo((1 / 365) * 100, 6);
  });
});

describe('doneDate and fractionalYear', () => {
  it('take the last change to done', () => {
    const done = action({
      id: 'd',
      status: 'done',
      statusHistory: [
        { status: 'planned', date: '2025-01-01' },
        { status: 'done', date: '2025-04-01T10:00:00Z' },
        { status: 'in_progress', date: '2025-05-01' },
        { status: 'done', date: '2025-07-02' },
      ],
    });
    expect(doneDate(done)).toBe('2025-07-02');
    expect(doneDate({ ...done, status: 'in_progress' })).toBeNull();
    // 182 days into a year of 365.
    expect(fractionalYear('2025-07-02')).toBeCloseTo(2025 + 182 / 365, 9);
    expect(fractionalYear('2024-01-01')).toBe(2024);
  });
});

describe('closureSummary', () => {
  it('sorts the done actions into closed, partly closed, not closed and pending', () => {
    const summary = closureSummary([
      action({
        id: 'all',
        status: 'done',
        closure: { assessmentId: 'n', year: 2026, items: [{ code: 'A.1', closed: true }] },
      }),
      action({
        id: 'some',
        status: 'done',
        closure: {
          assessmentId: 'n',
          year: 2026,
          items: [
            { code: 'A.2.1', closed: true },
            { code: 'A.2.2', closed: false },
          ],
        },
      }),
      action({
        id: 'none',
        status: 'done',
        closure: { assessmentId: 'n', year: 2026, items: [{ code: 'A.8', closed: false }] },
      }),
      action({ id: 'wait', status: 'done', closure: null }),
      action({
        id: 'later',
        status: 'done',
        closure: { assessmentId: null, year: null, items: [{ code: 'A.9', closed: null }] },
      }),
      action({ id: 'open', status: 'in_progress' }),
    ]);
    expect(summary.rows.map((r) => [r.id, r.state])).toEqual([
      ['all', 'closed'],
      ['some', 'partly'],
      ['none', 'notClosed'],
      ['wait', 'pending'],
      ['later', 'pending'],
    ]);
    expect(summary.rows[1]).toMatchObject({ closed: ['A.2.1'], open: ['A.2.2'], year: 2026 });
    expect(summary.counts).toEqual({ closed: 1, partly: 1, notClosed: 1, pending: 2 });
  });
});
