import { describe, expect, it } from 'vitest';
import type { LevelsPoint } from '@cpc/domain';
import { levelRows, maxMembers } from '../src/analytics/levelRows';

const name = { en: 'x', fr: 'x' };

function levelsPoint(input: Omit<LevelsPoint, 'regionName' | 'notAssessed'>): LevelsPoint {
  return { ...input, regionName: name, notAssessed: input.members - input.assessed };
}

describe('levelRows', () => {
  const series = [
    levelsPoint({
      region: 'ALL',
      year: 2025,
      members: 10,
      assessed: 6,
      levels: { '1': 1, '2': 2, '3': 2, '4': 1, '5': 0 },
      suppressed: false,
    }),
    levelsPoint({
      region: 'ALL',
      year: 2024,
      members: 10,
      assessed: 0,
      levels: { '1': 0, '2': 0, '3': 0, '4': 0, '5': 0 },
      suppressed: false,
    }),
    levelsPoint({ region: 'EUR', year: 2024, members: 4, assessed: 2, levels: null, suppressed: true }),
  ];

  it('stacks the levels with the not assessed as their own category, oldest year first', () => {
    expect(levelRows(series, 'ALL')).toEqual([
      {
        year: 2024,
        members: 10,
        counts: { '1': 0, '2': 0, '3': 0, '4': 0, '5': 0, withheld: 0, notAssessed: 10 },
        suppressed: false,
      },
      {
        year: 2025,
        members: 10,
        counts: { '1': 1, '2': 2, '3': 2, '4': 1, '5': 0, withheld: 0, notAssessed: 4 },
        suppressed: false,
      },
    ]);
  });

  it('shows a withheld cell’s assessed administrations as withheld, not as any level', () => {
    expect(levelRows(series, 'EUR')).toEqual([
      {
        year: 2024,
        members: 4,
        counts: { '1': 0, '2': 0, '3': 0, '4': 0, '5': 0, withheld: 2, notAssessed: 2 },
        suppressed: true,
      },
    ]);
  });

  it('scales to the largest region, and to 1 when there is none', () => {
    expect(maxMembers(levelRows(series, 'ALL'))).toBe(10);
    expect(maxMembers([])).toBe(1);
  });
});
