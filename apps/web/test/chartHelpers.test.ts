import { describe, expect, it } from 'vitest';
import { linearScale, niceTicks, yearTicks } from '../src/chart/linearScale';
import { linePath } from '../src/chart/linePath';
import { symbolPath } from '../src/chart/symbolPath';
import { measureCell } from '../src/analytics/cells';
import { regionSeries } from '../src/analytics/regionSeries';
import { trajectory } from '../src/profile/trajectory';
import { iso3OfAtlasArea } from '../src/map/atlasIds';
import { point } from './fixtures';

describe('chart helpers', () => {
  it('scale linearly, either way round', () => {
    const y = linearScale([0, 100], [200, 0]);
    expect([y(0), y(25), y(100)]).toEqual([200, 150, 0]);
    expect(linearScale([5, 5], [0, 10])(5)).toBe(5);
  });

  it('label every year when they fit, else every second or fifth, always the last', () => {
    expect(yearTicks(2020, 2024, 10)).toEqual([2020, 2021, 2022, 2023, 2024]);
    expect(yearTicks(2016, 2026, 4)).toEqual([2016, 2021, 2026]);
    expect(yearTicks(2016, 2025, 5)).toEqual([2016, 2018, 2020, 2022, 2025]);
  });

  it('round the axis up to a step of 1, 2 or 5 times a power of ten', () => {
    expect(niceTicks(183, 5)).toEqual([0, 50, 100, 150, 200]);
    expect(niceTicks(5, 5)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(niceTicks(24, 5)).toEqual([0, 5, 10, 15, 20, 25]);
    expect(niceTicks(0, 5)).toEqual([0, 1]);
  });

  it('break a line where a value is missing, never drawing it to zero', () => {
    expect(
      linePath([
        { x: 0, y: 10 },
        { x: 1, y: 20 },
        { x: 2, y: null },
        { x: 3, y: 30 },
      ]),
    ).toBe('M0.0,10.0L1.0,20.0M3.0,30.0');
  });
});

describe('regionSeries', () => {
  it('gives each region a point per year of the period, from the dimension means', () => {
    const series = regionSeries(
      [
        point({
          region: 'EUR',
          year: 2024,
          members: 6,
          assessed: 5,
          coverage: 5 / 6,
          mean: 60,
          dimensions: { governance: 80 } as never,
        }),
        point({
          region: 'EUR',
          year: 2025,
          members: 6,
          assessed: 2,
          coverage: 1 / 3,
          suppressed: true,
          dimensions: null,
        }),
      ],
      [{ code: 'EUR', name: { en: 'Europe', fr: 'Europe' } }],
      (p) => measureCell(p, 'governance'),
      2023,
      2025,
    );
    expect(series[0]?.points).toEqual([
      { year: 2023, cell: { state: 'notAssessed' } },
      { year: 2024, cell: { state: 'value', value: 80 } },
      { year: 2025, cell: { state: 'withheld' } },
    ]);
  });
});

describe('trajectory', () => {
  it('plots submitted and validated assessments only, oldest first', () => {
    const assessment = (
      id: string,
      year: number,
      status: 'draft' | 'submitted' | 'validated' | 'returned',
      overall: number | null,
    ) => ({
      id,
      year,
      status,
      overall,
      level: null,
      selfLevel: null,
      dimensions: {} as never,
    });
    expect(
      trajectory([
        assessment('c', 2026, 'returned', 77),
        assessment('b', 2023, 'submitted', 79.4),
        assessment('a', 2019, 'validated', 67.8),
        assessment('d', 2027, 'draft', null),
      ]),
    ).toEqual([
      { id: 'a', year: 2019, overall: 67.8, status: 'validated' },
      { id: 'b', year: 2023, overall: 79.4, status: 'submitted' },
    ]);
  });
});

describe('iso3OfAtlasArea', () => {
  it('reads the ISO numeric id, padded, and names the few areas without one', () => {
    expect(iso3OfAtlasArea('250', 'France')).toBe('FRA');
    expect(iso3OfAtlasArea(4, 'Afghanistan')).toBe('AFG');
    expect(iso3OfAtlasArea(undefined, 'Kosovo')).toBe('XKX');
    expect(iso3OfAtlasArea(undefined, 'N. Cyprus')).toBe('CYP');
    expect(iso3OfAtlasArea(undefined, 'Atlantis')).toBeNull();
  });
});

describe('symbolPath', () => {
  it('draws each marker shape with the area asked for', () => {
    // A square of area 16 is 4 wide; a diamond of area 2·tan30·y² reaches y up and down.
    expect(symbolPath('square', 16)).toBe('M-2.000,-2.000L2.000,-2.000L2.000,2.000L-2.000,2.000Z');
    expect(symbolPath('circle', Math.PI * 9)).toBe('M3,0A3,3,0,1,1,-3,0A3,3,0,1,1,3,0Z');
    for (const shape of ['triangle', 'diamond', 'star', 'wye'] as const) {
      expect(symbolPath(shape, 48)).toMatch(/^M[-\d.,L]+Z$/);
    }
  });
});
