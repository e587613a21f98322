import { describe, expect, it } from 'vitest';
import type { AssessmentSummary } from '@cpc/domain';
import { currentAssessments, windowYears } from '../src/map/currentAssessments';

function summary(
  country: string,
  year: number,
  status: AssessmentSummary['status'],
  overall: number | null,
): AssessmentSummary {
  return {
    id: `${country}-${year}-${status}`,
    country,
    year,
    status,
    version: 1,
    scores:
      overall === null
        ? null
        : {
            methodologyVersion: 'v1',
            overall,
            level: 3,
            selfLevel: null,
            dimensions: {} as NonNullable<AssessmentSummary['scores']>['dimensions'],
            items: {},
          },
    returnComment: null,
    submittedAt: null,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    demo: true,
  };
}

const ids = (map: Map<string, { id: string }>) => Object.fromEntries([...map].map(([k, v]) => [k, v.id]));

describe('currentAssessments', () => {
  const summaries = [
    summary('FRA', 2022, 'validated', 60),
    summary('FRA', 2024, 'submitted', 70),
    summary('FRA', 2025, 'draft', null),
    summary('KEN', 2023, 'validated', 40),
    summary('KEN', 2025, 'returned', 45),
    summary('BRA', 2026, 'validated', 50),
    summary('JPN', 2021, 'validated', 80),
  ];

  it('takes the newest submitted or validated assessment dated Y−2 to Y', () => {
    // FRA: 2024 beats 2022; KEN: 2023 (the 2025 one is returned); BRA: 2026 is after Y; JPN: 2021 is before Y−2.
    expect(ids(currentAssessments(summaries, 2025, 'counted'))).toEqual({
      FRA: 'FRA-2024-submitted',
      KEN: 'KEN-2023-validated',
    });
  });

  it('counts validated ones only when asked to', () => {
    // In 2024, FRA's 2024 assessment is only submitted: its validated one of 2022 stands.
    expect(ids(currentAssessments(summaries, 2024, 'counted'))).toEqual({
      FRA: 'FRA-2024-submitted',
      KEN: 'KEN-2023-validated',
    });
    expect(ids(currentAssessments(summaries, 2024, 'validated'))).toEqual({
      FRA: 'FRA-2022-validated',
      KEN: 'KEN-2023-validated',
    });
  });

  it('lets an assessment lapse after its window', () => {
    expect(ids(currentAssessments(summaries, 2026, 'counted'))).toEqual({
      FRA: 'FRA-2024-submitted',
      BRA: 'BRA-2026-validated',
    });
    expect(ids(currentAssessments(summaries, 2027, 'counted'))).toEqual({ BRA: 'BRA-2026-validated' });
  });

  it('prefers the validated one if a country somehow has two for one year', () => {
    const twice = [summary('FRA', 2025, 'submitted', 10), summary('FRA', 2025, 'validated', 20)];
    expect(ids(currentAssessments(twice, 2025, 'counted'))).toEqual({ FRA: 'FRA-2025-validated' });
    expect(ids(currentAssessments([...twice].reverse(), 2025, 'counted'))).toEqual({ FRA: 'FRA-2025-validated' });
  });

  it('fetches the three years of the window', () => {
    expect(windowYears(2025)).toEqual([2025, 2024, 2023]);
  });
});
