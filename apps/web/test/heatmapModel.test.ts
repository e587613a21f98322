import { describe, expect, it } from 'vitest';
import { heatmapModel, HEATMAP_COLUMNS } from '../src/analytics/heatmapModel';
import { point } from './fixtures';

const dims = (governance: number | null, training: number | null) => ({
  governance,
  information_exchange: null,
  risk_targeting: null,
  joint_controls: null,
  enforcement_powers: null,
  investigations: null,
  resource_sharing: null,
  liaison: null,
  training,
});

const regions = [
  { code: 'EUR', name: { en: 'Europe', fr: 'Europe' } },
  { code: 'AP', name: { en: 'Asia/Pacific', fr: 'Asie/Pacifique' } },
  { code: 'MENA', name: { en: 'MENA', fr: 'MENA' } },
];

describe('heatmapModel', () => {
  const series = [
    point({ region: 'AP', year: 2025, members: 4, assessed: 2, coverage: 0.5, suppressed: true, dimensions: null }),
    point({ region: 'EUR', year: 2024, members: 6, assessed: 6, coverage: 1, mean: 10, dimensions: dims(1, 2) }),
    point({
      region: 'EUR',
      year: 2025,
      members: 6,
      assessed: 5,
      coverage: 5 / 6,
      mean: 70.5,
      dimensions: dims(80, 55.5),
    }),
    point({ region: 'MENA', year: 2025, members: 3, assessed: 0, coverage: 0 }),
    point({
      region: 'ALL',
      year: 2025,
      members: 13,
      assessed: 7,
      coverage: 7 / 13,
      mean: 60,
      dimensions: dims(70, null),
    }),
  ];

  it('has the overall index, then the nine dimensions', () => {
    expect(HEATMAP_COLUMNS).toHaveLength(10);
    expect(HEATMAP_COLUMNS[0]).toBe('overall');
    expect(HEATMAP_COLUMNS[1]).toBe('governance');
    expect(HEATMAP_COLUMNS[9]).toBe('training');
  });

  it('has one row per region of the year in the grouping’s order, then the whole grouping', () => {
    const rows = heatmapModel(series, 2025, regions);
    expect(rows.map((r) => r.region)).toEqual(['EUR', 'AP', 'MENA', 'ALL']);
    const [eur, ap, mena, all] = rows;
    expect(eur?.cells.slice(0, 2)).toEqual([
      { state: 'value', value: 70.5 },
      { state: 'value', value: 80 },
    ]);
    expect(eur?.cells[9]).toEqual({ state: 'value', value: 55.5 });
    expect(eur).toMatchObject({ assessed: 5, members: 6, name: { en: 'Europe' } });
    // Withheld and not assessed stay distinct, in every column.
    expect(new Set(ap?.cells.map((c) => c.state))).toEqual(new Set(['withheld']));
    expect(new Set(mena?.cells.map((c) => c.state))).toEqual(new Set(['notAssessed']));
    // A dimension without a mean in an assessed region reads as not assessed.
    expect(all?.cells[9]).toEqual({ state: 'notAssessed' });
  });
});
