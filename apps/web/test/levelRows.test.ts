import { describe, expect, it } from 'vitest';
import type { LevelsPoint } from '@cpc/domain';
import { levelRows, maxMembers } from '../src/analytics/levelRows';

const name = { en: 'x', fr: 'x' };

function levelsPoint(input: Omit<LevelsPoint, 'regionName' | 'notAssessed'>): LevelsPoint {
  return { ...input, regionName: name, notAssessed: input.assessed === null ? null : input.members - input.assessed };
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
    levelsPoint({ region: 'EUR', year: 2024, members: 4, assessed: null, levels: null, suppressed: true }),
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

  it('shows a withheld year as all its members withheld: no level, and nothing of how many were assessed', () => {
    expect(levelRows(series, 'EUR')).toEqual([
      {
        year: 2024,
        members: 4,
        counts: { '1': 0, '2': 0, '3': 0, '4': 0, '5': 0, withheld: 4, notAssessed: 0 },
        suppressed: true,
      },
    ]);
  });

  it('takes a national user’s protected counts as sent, and scales to a bar above its members', () => {
    const rows = levelRows(
      [
        {
          region: 'ALL',
          regionName: name,
          year: 2025,
          members: 10,
          assessed: 9,
          levels: { '1': 2, '2': 3, '3': 2, '4': 2, '5': 1 },
          notAssessed: 1,
          suppressed: false,
        },
      ],
      'ALL',
    );
    expect(rows[0]?.counts).toEqual({ '1': 2, '2': 3, '3': 2, '4': 2, '5': 1, withheld: 0, notAssessed: 1 });
    expect(maxMembers(rows)).toBe(11);
  });

  it('scales to the largest region, and to 1 when there is none', () => {
    expect(maxMembers(levelRows(series, 'ALL'))).toBe(10);
    expect(maxMembers([])).toBe(1);
  });
});
