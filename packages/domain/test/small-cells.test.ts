import { describe, expect, it } from 'vitest';
import { applySmallCellRule, applySmallCellRuleToCells, type MaturityPoint } from '../src/index.js';

function point(region: string, year: number, assessed: number): MaturityPoint {
  const stat = assessed === 0 ? null : 50;
  return {
    region,
    regionName: { en: region, fr: region },
    year,
    members: 10,
    assessed,
    coverage: assessed / 10,
    mean: stat,
    median: stat,
    p25: stat,
    p75: stat,
    min: stat,
    max: stat,
    levels: { '1': 0, '2': 0, '3': assessed, '4': 0, '5': 0 },
    selfLevels: { '1': 0, '2': 0, '3': assessed, '4': 0, '5': 0 },
    dimensions: null,
    suppressed: false,
  };
}

const byRegion = (points: MaturityPoint[], region: string, year = 2024) =>
  points.find((p) => p.region === region && p.year === year)!;

describe('the small-cell rule', () => {
  it('leaves regions with 0 or at least 3 assessments alone', () => {
    const points = [point('A', 2024, 0), point('B', 2024, 3), point('ALL', 2024, 3)];
    expect(applySmallCellRule(points)).toEqual(points);
  });

  it('withholds a region with 1 or 2 assessments, keeping its counts', () => {
    const result = applySmallCellRule([point('A', 2024, 2), point('B', 2024, 5), point('ALL', 2024, 7)]);
    expect(byRegion(result, 'A')).toMatchObject({
      assessed: 2,
      members: 10,
      mean: null,
      levels: null,
      suppressed: true,
    });
    expect(byRegion(result, 'B')).toMatchObject({ mean: 50, suppressed: false });
  });

  it('withholds ALL when the hidden regions hold fewer than 3 assessments between them', () => {
    const result = applySmallCellRule([point('A', 2024, 2), point('B', 2024, 5), point('ALL', 2024, 7)]);
    expect(byRegion(result, 'ALL')).toMatchObject({ mean: null, suppressed: true });
  });

  it('keeps ALL but drops its min and max when the hidden regions pool 3 or more', () => {
    const result = applySmallCellRule([
      point('A', 2024, 2),
      point('B', 2024, 1),
      point('C', 2024, 5),
      point('ALL', 2024, 8),
    ]);
    expect(byRegion(result, 'ALL')).toMatchObject({ mean: 50, median: 50, min: null, max: null, suppressed: false });
  });

  it('decides year by year', () => {
    const result = applySmallCellRule([
      point('A', 2023, 1),
      point('ALL', 2023, 6),
      point('A', 2024, 4),
      point('ALL', 2024, 9),
    ]);
    expect(byRegion(result, 'ALL', 2023).suppressed).toBe(true);
    expect(byRegion(result, 'ALL', 2024)).toMatchObject({ suppressed: false, min: 50 });
  });
});

describe('the small-cell rule for cells', () => {
  const cell = (region: string, code: string, assessed: number) => ({
    region,
    code,
    assessed,
    withGap: 1,
    suppressed: false,
  });
  const hide = (c: ReturnType<typeof cell>) => ({ ...c, withGap: null as unknown as number, suppressed: true });

  it('withholds small cells and, per kind, the ALL cell they could be derived from', () => {
    const cells = [
      cell('A', 'A.1', 2),
      cell('B', 'A.1', 4),
      cell('ALL', 'A.1', 6),
      cell('A', 'A.2.1', 3),
      cell('B', 'A.2.1', 4),
      cell('ALL', 'A.2.1', 7),
    ];
    const result = applySmallCellRuleToCells(cells, (c) => c.code, hide);
    expect(result.map((c) => `${c.region}:${c.code}:${c.suppressed}`)).toEqual([
      'A:A.1:true',
      'B:A.1:false',
      'ALL:A.1:true',
      'A:A.2.1:false',
      'B:A.2.1:false',
      'ALL:A.2.1:false',
    ]);
  });
});
