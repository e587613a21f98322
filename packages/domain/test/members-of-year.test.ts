import { describe, expect, it } from 'vitest';
import { groupingOfYear, isMemberAtYearEnd, type GroupingResponse } from '../src/index.js';

const grouping: GroupingResponse = {
  id: 'g',
  name: { en: 'G', fr: 'G' },
  source: 'test',
  builtIn: false,
  regions: [
    {
      code: 'R1',
      name: { en: 'R1', fr: 'R1' },
      members: [],
      memberships: [
        { iso3: 'FRA', from: null, to: null },
        { iso3: 'DEU', from: null, to: '2020-06-30' },
        { iso3: 'PLW', from: '2024-02-02', to: null },
      ],
    },
    {
      code: 'R2',
      name: { en: 'R2', fr: 'R2' },
      members: [],
      memberships: [{ iso3: 'DEU', from: '2020-07-01', to: null }],
    },
  ],
};

describe('the members of a year', () => {
  it('are those on its 31 December', () => {
    expect(isMemberAtYearEnd({ from: '2024-02-02', to: null }, 2023)).toBe(false);
    expect(isMemberAtYearEnd({ from: '2024-02-02', to: null }, 2024)).toBe(true);
    expect(isMemberAtYearEnd({ from: null, to: '2024-12-31' }, 2024)).toBe(true);
    expect(isMemberAtYearEnd({ from: null, to: '2024-12-30' }, 2024)).toBe(false);
  });

  it('follow accessions and moves, region by region', () => {
    const members = (year: number) => groupingOfYear(grouping, year).regions.map((r) => r.members);
    expect(members(2019)).toEqual([['DEU', 'FRA'], []]);
    expect(members(2020)).toEqual([['FRA'], ['DEU']]);
    expect(members(2024)).toEqual([['FRA', 'PLW'], ['DEU']]);
  });
});
