import { closureOf, isOverdue, type ScoredAssessment } from '@cpc/domain';
import { describe, expect, it } from 'vitest';
import { buildDemoActionPlans } from '../src/demo/demo-action-plans.js';
import { buildDemoPlan } from '../src/demo/demo-plan.js';

const TODAY = '2026-12-05';
const plan = buildDemoPlan();
const actions = buildDemoActionPlans(plan, TODAY);

/** The demo's counted assessments as closure reads them: submitted on 30 June of their year. */
function countedOf(country: string): ScoredAssessment[] {
  return plan
    .filter((a) => a.country === country && (a.status === 'submitted' || a.status === 'validated'))
    .map((a) => ({
      id: `${a.country}-${a.year}`,
      year: a.year,
      submittedAt: `${a.year}-06-30T00:00:00.000Z`,
      points: a.scores.find((s) => s.methodologyVersion === 'v1')?.items ?? {},
    }));
}

describe('the demo action plans', () => {
  it('are deterministic, and every action is storable: dates in order and not in the future', () => {
    expect(buildDemoActionPlans(plan, TODAY)).toEqual(actions);
    for (const a of actions) {
      expect(a.target >= a.start, a.text).toBe(true);
      expect(a.statusHistory.at(-1)!.status).toBe(a.status);
      expect(a.statusHistory.every((c) => c.date <= TODAY)).toBe(true);
      expect(a.items.length).toBeGreaterThan(0);
      expect(a.text.length).toBeGreaterThan(0);
      expect(a.doneAt !== null).toBe(a.status === 'done');
    }
  });

  it('hold done, dropped and overdue actions, and done ones followed by closed and by still-open gaps', () => {
    const countries = new Set(actions.map((a) => a.country));
    expect(countries.size).toBeGreaterThan(30);
    const by = (status: string) => actions.filter((a) => a.status === status).length;
    expect(by('done')).toBeGreaterThan(20);
    expect(by('dropped')).toBeGreaterThan(3);
    expect(actions.filter((a) => isOverdue(a, TODAY)).length).toBeGreaterThan(3);
    const closures = actions
      .filter((a) => a.doneAt !== null)
      .flatMap((a) => closureOf(a.items, a.doneAt!, countedOf(a.country)).items.map((i) => i.closed));
    expect(closures.filter((c) => c === true).length).toBeGreaterThan(5);
    expect(closures.filter((c) => c === false).length).toBeGreaterThan(0);
  });
});
