import { describe, expect, it } from 'vitest';
import { headlineOf, type MaturityResponse } from '../src/index.js';

/*
 * The overview's headline, from the whole grouping's points as the reader gets them: the API sends it with
 * the maturity answer, and the browser only shows it.
 */
type Point = MaturityResponse['series'][number];

const NO_LEVELS = { '1': 0, '2': 0, '3': 0, '4': 0, '5': 0 };
const NO_DIMENSIONS: Point['dimensions'] = {
  governance: null,
  information_exchange: null,
  risk_targeting: null,
  joint_controls: null,
  enforcement_powers: null,
  investigations: null,
  resource_sharing: null,
  liaison: null,
  training: null,
};

type PointInput = Pick<Point, 'region' | 'year' | 'members' | 'assessed' | 'coverage'> & Partial<Point>;

/** A series row with every statistic null unless given: the shape of an unassessed region-year. */
function point(input: PointInput): Point {
  return {
    regionName: { en: input.region, fr: input.region },
    mean: null,
    median: null,
    p25: null,
    p75: null,
    min: null,
    max: null,
    levels: NO_LEVELS,
    selfLevels: NO_LEVELS,
    dimensions: NO_DIMENSIONS,
    suppressed: false,
    ...input,
  };
}

const levels = (l1: number, l2: number, l3: number, l4: number, l5: number) => ({
  '1': l1,
  '2': l2,
  '3': l3,
  '4': l4,
  '5': l5,
});

describe('headlineOf', () => {
  const series = [
    point({ region: 'EUR', year: 2025, members: 6, assessed: 6, coverage: 1, mean: 90 }),
    point({
      region: 'ALL',
      year: 2024,
      members: 20,
      assessed: 8,
      coverage: 0.4,
      mean: 52.04,
      levels: levels(1, 3, 2, 2, 0),
    }),
    point({
      region: 'ALL',
      year: 2025,
      members: 20,
      assessed: 10,
      coverage: 0.5,
      mean: 55.26,
      levels: levels(1, 2, 4, 2, 1),
    }),
  ];

  it('reads the whole grouping’s row of the year and of the year before', () => {
    expect(headlineOf(series, 2025)).toEqual({
      year: 2025,
      previousYear: 2024,
      assessed: 10,
      members: 20,
      coverage: 0.5,
      mean: { state: 'value', value: 55.26 },
      // Levels 3, 4 and 5: 4 + 2 + 1 = 7 of 10 assessed.
      atLevel3OrAbove: { state: 'value', value: 0.7 },
      atLevel3OrAboveCount: 7,
      // From the one-decimal means a reader sees: 55.3 − 52.0 = 3.3 (not 3.22).
      meanChange: { state: 'value', value: 3.3 },
      assessedChange: 2,
    });
  });

  it('has no change without the previous year', () => {
    const figures = headlineOf(series, 2024);
    expect(figures?.meanChange).toEqual({ state: 'notAssessed' });
    expect(figures?.assessedChange).toBeNull();
  });

  it('is null when the grouping has no row for the year', () => {
    expect(headlineOf(series, 2030)).toBeNull();
  });

  it('says not assessed, never zero, when nothing was assessed', () => {
    const empty = [
      point({ region: 'ALL', year: 2024, members: 20, assessed: 0, coverage: 0 }),
      point({
        region: 'ALL',
        year: 2025,
        members: 20,
        assessed: 3,
        coverage: 0.15,
        mean: 40,
        levels: levels(1, 2, 0, 0, 0),
      }),
    ];
    expect(headlineOf(empty, 2024)).toMatchObject({
      assessed: 0,
      mean: { state: 'notAssessed' },
      atLevel3OrAbove: { state: 'notAssessed' },
      atLevel3OrAboveCount: null,
    });
    expect(headlineOf(empty, 2025)).toMatchObject({
      atLevel3OrAbove: { state: 'value', value: 0 },
      meanChange: { state: 'notAssessed' },
      assessedChange: 3,
    });
  });

  it('keeps withheld figures withheld, for the year and for the change', () => {
    const withheld = [
      point({ region: 'ALL', year: 2024, members: 20, assessed: null, coverage: null, suppressed: true, levels: null }),
      point({
        region: 'ALL',
        year: 2025,
        members: 20,
        assessed: 5,
        coverage: 0.25,
        mean: 50,
        levels: levels(0, 1, 4, 0, 0),
      }),
    ];
    expect(headlineOf(withheld, 2024)).toMatchObject({
      assessed: null,
      coverage: null,
      mean: { state: 'withheld' },
      atLevel3OrAbove: { state: 'withheld' },
    });
    expect(headlineOf(withheld, 2025)).toMatchObject({
      mean: { state: 'value', value: 50 },
      meanChange: { state: 'withheld' },
      // A change from a withheld count would give the count away.
      assessedChange: null,
    });
  });
});
