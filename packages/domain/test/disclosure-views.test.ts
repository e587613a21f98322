import { describe, expect, it } from 'vitest';
import {
  countryItemsForReader,
  countryListForReader,
  DIMENSIONS,
  forbiddenQueryField,
  maturityForReader,
  type MaturityCellNoise,
  type MaturityPoint,
  type MaturityResponse,
  type Principal,
} from '../src/index.js';

const analyst: Principal = { id: 'a', role: 'analyst', country: null };
const viewer: Principal = { id: 'v', role: 'viewer', country: 'FRA' };

const key = (units: number, confidential = 1) => ({ units, confidential });
const levelKeys = { '1': key(0.5), '2': key(0.5), '3': key(0.5), '4': key(0.5), '5': key(0.5) };

function point(region: string, assessed: number, mean: number): MaturityPoint {
  const dimensions = Object.fromEntries(DIMENSIONS.map((d) => [d, mean])) as MaturityPoint['dimensions'];
  return {
    region,
    regionName: { en: region, fr: region },
    year: 2024,
    members: 20,
    assessed,
    coverage: assessed / 20,
    mean,
    median: mean,
    p25: mean - 5,
    p75: mean + 5,
    min: mean - 20,
    max: mean + 20,
    levels: { '1': 0, '2': 1, '3': assessed - 1, '4': 0, '5': 0 },
    selfLevels: { '1': 0, '2': 0, '3': assessed, '4': 0, '5': 0 },
    dimensions,
    suppressed: false,
  };
}

/** Keys .5 give no noise (2 × .5 − 1 = 0): every figure of the cell stays as it is. */
function noise(n: number, sum: number, units = 0.5): MaturityCellNoise {
  const score = { sum, n, key: key(units), ownKey: key(units) };
  return {
    value: score,
    dimensions: Object.fromEntries(DIMENSIONS.map((d) => [d, score])) as MaturityCellNoise['dimensions'],
    assessed: key(0.5),
    levels: levelKeys,
    selfLevels: levelKeys,
  };
}

const answer = (series: MaturityPoint[]): MaturityResponse => ({
  grouping: 'wco',
  from: 2024,
  to: 2024,
  dimension: null,
  status: 'counted',
  methodologyVersion: 'v1',
  protected: false,
  series,
  headline: null,
});

describe('maturityForReader', () => {
  it('gives a viewer the headline of the protected figures: withheld when the whole grouping is', () => {
    const small = answer([point('ALL', 2, 60)]);
    expect(maturityForReader(viewer, small, [noise(2, 120)]).headline).toMatchObject({
      year: 2024,
      assessed: null,
      mean: { state: 'withheld' },
      atLevel3OrAbove: { state: 'withheld' },
    });
    const large = answer([point('ALL', 12, 50)]);
    expect(maturityForReader(viewer, large, [noise(12, 600)]).headline).toMatchObject({
      assessed: 12,
      mean: { state: 'value', value: 50 },
    });
  });

  const exact = answer([point('ESA', 12, 50), point('MENA', 2, 60), point('AP', 0, 0)]);
  const cells = [noise(12, 600), noise(2, 120), noise(0, 0)];

  it('gives an analyst the exact answer itself', () => {
    expect(maturityForReader(analyst, exact, cells)).toBe(exact);
  });

  it('gives a viewer no order statistic, and says the figures are protected', () => {
    const esa = maturityForReader(viewer, exact, cells).series[0]!;
    expect([esa.median, esa.p25, esa.p75, esa.min, esa.max]).toEqual([null, null, null, null, null]);
    expect(esa.mean).toBe(50);
    expect(esa.assessed).toBe(12);
    expect(maturityForReader(viewer, exact, cells).protected).toBe(true);
  });

  it('withholds cells of 1 or 2 administrations and of none, without their count', () => {
    const [, mena, ap] = maturityForReader(viewer, exact, cells).series;
    for (const p of [mena!, ap!]) {
      expect(p.suppressed).toBe(true);
      expect([p.assessed, p.coverage, p.mean, p.levels, p.dimensions]).toEqual([null, null, null, null, null]);
    }
  });

  it('moves the mean of 12 by the cell key: key .75 → +0.5 × 35.76 on the sum', () => {
    const moved = maturityForReader(viewer, exact, [noise(12, 600, 0.75), cells[1]!, cells[2]!]).series[0]!;
    expect(moved.mean).toBeCloseTo((600 + 0.5 * 2.98 * 12) / 12, 2);
  });
});

describe('forbiddenQueryField', () => {
  it('lets analysts ask anything', () => {
    expect(forbiddenQueryField(analyst, { grouping: 'aircop', status: 'validated', commodity: 'cocaine' })).toBeNull();
  });

  it('names what a national user may not ask for', () => {
    expect(forbiddenQueryField(viewer, { grouping: 'wco' })).toBeNull();
    expect(forbiddenQueryField(viewer, { grouping: 'un' })?.field).toBe('grouping');
    expect(forbiddenQueryField(viewer, { grouping: 'aircop' })?.field).toBe('grouping');
    expect(forbiddenQueryField(viewer, { grouping: 'wco', status: 'validated' })?.field).toBe('status');
    expect(forbiddenQueryField(viewer, { grouping: 'wco', activity: 'investigation' })?.field).toBe('activity');
  });
});

describe('countryItemsForReader', () => {
  const items = [{ country: 'FRA' }, { country: 'KEN' }, { country: 'BRA' }];

  it('keeps a national user’s own country and those that share their figures', () => {
    expect(countryItemsForReader(viewer, items, new Set(['KEN']))).toEqual([{ country: 'FRA' }, { country: 'KEN' }]);
    expect(countryItemsForReader(analyst, items, new Set())).toEqual(items);
  });
});

describe('countryListForReader', () => {
  const exact = { year: 2024, protected: false, items: [{ country: 'FRA' }, { country: 'KEN' }, { country: 'BRA' }] };

  it('marks a national user’s list protected and keeps the countries it may see; analysts get it whole', () => {
    expect(countryListForReader(viewer, exact, new Set(['BRA']))).toEqual({
      year: 2024,
      protected: true,
      items: [{ country: 'FRA' }, { country: 'BRA' }],
    });
    expect(countryListForReader(analyst, exact, new Set())).toEqual(exact);
  });
});
