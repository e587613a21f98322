import { describe, expect, it } from 'vitest';
import { averageRanks, pearson, spearman } from '../src/index.js';

/**
 * Five countries: overall index (x) against seizure cases (y).
 *
 *   x = 30 45 50 65 80   mean 270 / 5 = 54   dx = -24 -9 -4 11 26
 *   y =  2  6  3  9 10   mean  30 / 5 =  6   dy =  -4  0 -3  3  4
 *
 *   Σdx·dy = 96 + 0 + 12 + 33 + 104 = 245
 *   Σdx²   = 576 + 81 + 16 + 121 + 676 = 1470
 *   Σdy²   = 16 + 0 + 9 + 9 + 16 = 50
 *   r = 245 / √(1470 · 50) = 245 / √(245 · 300) = √(245 / 300) = √(49 / 60) ≈ 0.903696
 *
 * Ranks, no ties: x → 1 2 3 4 5, y → 1 3 2 4 5; d = 0 −1 1 0 0, Σd² = 2
 *   ρ = 1 − 6·Σd² / (n(n² − 1)) = 1 − 12 / 120 = 0.9
 */
const OVERALL = [30, 45, 50, 65, 80];
const SEIZURE_CASES = [2, 6, 3, 9, 10];

describe('Pearson and Spearman on five countries', () => {
  it('gives r = √(49/60) by hand', () => {
    expect(pearson(OVERALL, SEIZURE_CASES)).toBeCloseTo(Math.sqrt(49 / 60), 12);
    expect(pearson(OVERALL, SEIZURE_CASES)).toBeCloseTo(0.903696, 6);
  });

  it('gives ρ = 0.9, as the textbook Σd² formula does without ties', () => {
    expect(spearman(OVERALL, SEIZURE_CASES)).toBeCloseTo(0.9, 12);
  });

  it('is symmetric in its two variables', () => {
    expect(pearson(SEIZURE_CASES, OVERALL)).toBeCloseTo(Math.sqrt(49 / 60), 12);
    expect(spearman(SEIZURE_CASES, OVERALL)).toBeCloseTo(0.9, 12);
  });
});

describe('average ranks', () => {
  it('ranks from 1 in ascending order, whatever the input order and sign', () => {
    expect(averageRanks([-1, 5, 0])).toEqual([1, 3, 2]);
  });

  it('gives tied values the mean of the ranks they span', () => {
    // sorted: 10 10 | 20 | 30 30 → ranks (1+2)/2, 3, (4+5)/2
    expect(averageRanks([10, 30, 20, 30, 10])).toEqual([1.5, 4.5, 3, 4.5, 1.5]);
    expect(averageRanks([7, 7, 7])).toEqual([2, 2, 2]);
  });

  it('returns nothing for nothing', () => {
    expect(averageRanks([])).toEqual([]);
  });
});

describe('Spearman with ties', () => {
  /**
   * x = 1 2 3 4 5 → ranks 1 2 3 4 5            mean 3, dx = -2 -1 0 1 2
   * y = 2 4 5 4 5 → ranks 1 2.5 4.5 2.5 4.5    mean 3, dy = -2 -0.5 1.5 -0.5 1.5
   * Σdx·dy = 4 + 0.5 + 0 − 0.5 + 3 = 7;  Σdx² = 10;  Σdy² = 4 + 0.25 + 2.25 + 0.25 + 2.25 = 9
   * ρ = 7 / √90 ≈ 0.737865 (the Σd² shortcut would say 1 − 6·5/120 = 0.75, which is wrong with ties)
   */
  it('is the Pearson r of the average ranks', () => {
    expect(spearman([1, 2, 3, 4, 5], [2, 4, 5, 4, 5])).toBeCloseTo(7 / Math.sqrt(90), 12);
    expect(spearman([1, 2, 3, 4, 5], [2, 4, 5, 4, 5])).toBeCloseTo(0.737865, 6);
  });

  it('differs from Pearson on the raw values, √0.6 ≈ 0.774597', () => {
    // dx = -2 -1 0 1 2, dy = -2 0 1 0 1; Σdx·dy = 6, Σdx² = 10, Σdy² = 6 → 6 / √60 = √0.6
    expect(pearson([1, 2, 3, 4, 5], [2, 4, 5, 4, 5])).toBeCloseTo(Math.sqrt(0.6), 12);
  });
});

describe('perfect relations', () => {
  it('gives +1 on an increasing straight line and −1 on a decreasing one', () => {
    expect(pearson([1, 2, 3], [2, 4, 6])).toBeCloseTo(1, 12);
    expect(pearson([1, 2, 3, 4], [8, 6, 4, 2])).toBeCloseTo(-1, 12);
    expect(spearman([1, 2, 3], [2, 4, 6])).toBeCloseTo(1, 12);
    expect(spearman([1, 2, 3, 4], [8, 6, 4, 2])).toBeCloseTo(-1, 12);
  });

  it('gives Spearman 1 on a monotone curve where Pearson stays below 1', () => {
    // y = x³: dx = -1.5 -0.5 0.5 1.5, dy = -24 -17 2 39; 104 / √(5 · 2390) ≈ 0.951370
    expect(spearman([1, 2, 3, 4], [1, 8, 27, 64])).toBeCloseTo(1, 12);
    expect(pearson([1, 2, 3, 4], [1, 8, 27, 64])).toBeCloseTo(0.95137, 5);
  });
});

describe('no coefficient', () => {
  it('below three pairs', () => {
    expect(pearson([], [])).toBeNull();
    expect(pearson([40, 60], [1, 5])).toBeNull();
    expect(spearman([40, 60], [1, 5])).toBeNull();
  });

  it('from three pairs on', () => {
    expect(pearson([40, 60, 50], [1, 5, 3])).not.toBeNull();
  });

  it('when either variable does not vary', () => {
    expect(pearson([40, 60, 50], [4, 4, 4])).toBeNull();
    expect(pearson([7, 7, 7, 7], [1, 2, 3, 4])).toBeNull();
    expect(spearman([40, 60, 50], [4, 4, 4])).toBeNull();
    expect(spearman([7, 7, 7, 7], [1, 2, 3, 4])).toBeNull();
  });

  it('when every country has the same hit rate, even one a float cannot hold exactly', () => {
    // 3/30, 5/50 and 1/10 are all the double nearest 0.1; their float mean is not, so Σdy² is not 0.
    expect(pearson([10, 20, 31], [3 / 30, 5 / 50, 1 / 10])).toBeNull();
    expect(spearman([10, 20, 31], [3 / 30, 5 / 50, 1 / 10])).toBeNull();
  });

  it('refuses lists of different lengths', () => {
    expect(() => pearson([1, 2, 3], [1, 2])).toThrow(/differ in length/);
    expect(() => spearman([1, 2], [1, 2, 3])).toThrow(/differ in length/);
  });
});
