import { describe, expect, it } from 'vitest';
import {
  actionsForReader,
  protectActionsPoint,
  protectGapClosureItem,
  type ActionsAnalyticsResponse,
  type ActionsCellNoise,
  type ActionsPoint,
  type GapClosureItem,
} from '../src/index.js';

const EXACT = { largestConfidential: 0, keyUnits: 0 };
const quiet: ActionsCellNoise = {
  withPlan: { units: 0, confidential: 0 },
  magnitudes: {
    planned: EXACT,
    in_progress: EXACT,
    done: EXACT,
    dropped: EXACT,
    overdue: EXACT,
    gaps: EXACT,
    gapsWithAction: EXACT,
  },
};

const point = (members: number): ActionsPoint => ({
  region: 'EUR',
  regionName: { en: 'Europe', fr: 'Europe' },
  year: 2024,
  members,
  countriesWithPlan: 5,
  actions: { planned: 10, in_progress: 1, done: 2, dropped: 0 },
  overdue: 3,
  gapsWithAction: 6,
  gaps: 7,
  suppressed: false,
});

describe('the actions view for national users', () => {
  it('withholds a region of fewer than 3 members', () => {
    expect(protectActionsPoint(point(2), quiet)).toMatchObject({
      countriesWithPlan: null,
      actions: null,
      overdue: null,
      gaps: null,
      gapsWithAction: null,
      suppressed: true,
    });
  });

  it('perturbs within the bounds, by hand', () => {
    const noise: ActionsCellNoise = {
      // Count noise: 5 among 12 members, d = 2, floor(0.75 × 5) − 2 = +1 → 6.
      withPlan: { units: 3.75, confidential: 4 },
      magnitudes: {
        ...quiet.magnitudes,
        // 12 members: half width min(1.5 × 2, max(2, 1)) = 2; 10 + (2 × 0.25 − 1) × 2 = 9.
        planned: { largestConfidential: 2, keyUnits: 1.25 },
        // 6 + (2 × 0.9 − 1) × 2 = 7.6 → 8, then never above the gaps (7).
        gapsWithAction: { largestConfidential: 3, keyUnits: 0.9 },
      },
    };
    expect(protectActionsPoint(point(12), noise)).toEqual({
      ...point(12),
      countriesWithPlan: 6,
      actions: { planned: 9, in_progress: 1, done: 2, dropped: 0 },
      gapsWithAction: 7,
    });
  });

  it('gives analysts the exact answer, national users the protected one', () => {
    const exact: ActionsAnalyticsResponse = {
      methodologyVersion: 'v1',
      grouping: 'wco',
      from: 2024,
      to: 2024,
      protected: false,
      series: [point(2)],
    };
    expect(actionsForReader({ id: 'a', role: 'analyst', country: null }, exact, [quiet])).toBe(exact);
    const shown = actionsForReader({ id: 'v', role: 'viewer', country: 'FRA' }, exact, [quiet]);
    expect(shown.protected).toBe(true);
    expect(shown.series[0]!.suppressed).toBe(true);
  });
});

describe('the gap-closure view for national users', () => {
  const item = (gaps: number): GapClosureItem => ({
    region: 'ALL',
    regionName: { en: 'All members', fr: 'Tous les membres' },
    code: 'A.1',
    gaps,
    closedNext: 4,
    closedNextWithAction: 3,
    closedNextWithoutAction: 1,
    suppressed: false,
  });

  it('withholds a cell of fewer than 3 gaps', () => {
    expect(
      protectGapClosureItem(item(2), {
        gaps: { units: 0, confidential: 0 },
        closedNext: { units: 0, confidential: 0 },
        closedNextWithAction: { units: 0, confidential: 0 },
        closedNextWithoutAction: { units: 0, confidential: 0 },
      }),
    ).toMatchObject({
      gaps: null,
      closedNext: null,
      closedNextWithAction: null,
      closedNextWithoutAction: null,
      suppressed: true,
    });
  });

  it('perturbs the gaps as contributors and the closed counts among them, by hand', () => {
    // 5 gaps, d = 4: floor(0.1 × 9) − 4 = −4 → 1, shown as at least 3.
    // closedNext: floor(0.95 × 9) − 4 = +4 → 8, never above the 3 gaps shown; with action: floor(4.5) − 4 = 0 → 3.
    const shown = protectGapClosureItem(item(5), {
      gaps: { units: 2.1, confidential: 2 },
      closedNext: { units: 0.95, confidential: 1 },
      closedNextWithAction: { units: 0.5, confidential: 1 },
      closedNextWithoutAction: { units: 0, confidential: 0 },
    });
    expect(shown).toEqual({ ...item(5), gaps: 3, closedNext: 3, closedNextWithAction: 3, closedNextWithoutAction: 1 });
  });
});
