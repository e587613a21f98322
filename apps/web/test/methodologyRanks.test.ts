import { describe, expect, it } from 'vitest';
import { compareRanks, rankRegions } from '../src/methodology/regionRanks';
import { point } from './fixtures';

const mean = (region: string, value: number | null, year = 2025) =>
  point({ region, year, members: 10, assessed: value === null ? 0 : 5, coverage: 0.5, mean: value });

const withheld = (region: string) =>
  point({ region, year: 2025, members: 4, assessed: null, coverage: null, suppressed: true });

describe('rankRegions', () => {
  it('ranks by mean index, highest first, leaving out the whole grouping and other years', () => {
    const series = [mean('ALL', 60), mean('EUR', 55.5), mean('AP', 70), mean('ESA', 40), mean('EUR', 99, 2024)];
    expect(rankRegions(series, 2025).map((r) => [r.region, r.rank])).toEqual([
      ['EUR', 2],
      ['AP', 1],
      ['ESA', 3],
    ]);
  });

  it('gives equal means one rank and skips the next (1, 2, 2, 4)', () => {
    const series = [mean('A', 80), mean('B', 62.5), mean('C', 62.5), mean('D', 30)];
    expect(rankRegions(series, 2025).map((r) => r.rank)).toEqual([1, 2, 2, 4]);
  });

  it('ranks alike the means that read alike to one decimal, as the page shows them', () => {
    // 44.4227 and 44.4048 both read 44.4; 44.46 reads 44.5.
    const series = [mean('WCA', 44.4227), mean('ESA', 44.4048), mean('AMS', 44.46)];
    expect(rankRegions(series, 2025).map((r) => [r.region, r.rank])).toEqual([
      ['WCA', 2],
      ['ESA', 2],
      ['AMS', 1],
    ]);
  });

  it('does not rank a withheld or unassessed region, and the others close up around it', () => {
    const series = [mean('A', 50), withheld('B'), mean('C', null), mean('D', 45)];
    expect(rankRegions(series, 2025).map((r) => [r.region, r.mean, r.rank])).toEqual([
      ['A', 50, 1],
      ['B', null, null],
      ['C', null, null],
      ['D', 45, 2],
    ]);
  });
});

describe('compareRanks', () => {
  it('pairs each region’s v1 and v2 ranks, ordered by v1, with the places it gains under v2', () => {
    // v1: EUR 60 (1), AP 55 (2), ESA 40 (3). v2: ESA 58 (1), EUR 57 (2), AP 50 (3).
    const v1 = [mean('ALL', 52), mean('EUR', 60), mean('AP', 55), mean('ESA', 40)];
    const v2 = [mean('ALL', 55), mean('EUR', 57), mean('AP', 50), mean('ESA', 58)];
    expect(compareRanks(v1, v2, 2025).map((r) => [r.region, r.meanV1, r.rankV1, r.meanV2, r.rankV2, r.change])).toEqual(
      [
        ['EUR', 60, 1, 57, 2, -1],
        ['AP', 55, 2, 50, 3, -1],
        ['ESA', 40, 3, 58, 1, 2],
      ],
    );
  });

  it('reports no change for a region ranked alike, and none at all where one version has no rank', () => {
    const v1 = [mean('A', 70), mean('B', 60), withheld('C')];
    const v2 = [mean('A', 72), mean('B', 61), mean('C', 50)];
    const rows = compareRanks(v1, v2, 2025);
    expect(rows.map((r) => [r.region, r.rankV1, r.rankV2, r.change])).toEqual([
      ['A', 1, 1, 0],
      ['B', 2, 2, 0],
      ['C', null, 3, null],
    ]);
  });

  it('keeps a region that only one answer lists, without a mean under the other version', () => {
    const rows = compareRanks([mean('A', 70)], [mean('A', 65), mean('B', 66)], 2025);
    expect(rows.map((r) => [r.region, r.rankV1, r.rankV2, r.change])).toEqual([
      ['A', 1, 2, -1],
      ['B', null, 1, null],
    ]);
  });

  it('is empty for a year without figures', () => {
    expect(compareRanks([mean('A', 70)], [mean('A', 65)], 2020)).toEqual([]);
  });
});
