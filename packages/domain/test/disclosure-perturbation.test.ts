import { describe, expect, it } from 'vitest';
import {
  centeredResidue,
  magnitudeHalfWidth,
  protectCount,
  protectMagnitude,
  protectMean,
  SCORE_MODULUS,
} from '../src/index.js';

describe('centeredResidue', () => {
  it('reduces into [−M/2, M/2)', () => {
    expect(centeredResidue(37, 60)).toBe(-23);
    expect(centeredResidue(29.5, 60)).toBe(29.5);
    expect(centeredResidue(30, 60)).toBe(-30);
    expect(centeredResidue(125, 60)).toBe(5);
    expect(centeredResidue(-7, 60)).toBe(-7);
    expect(centeredResidue(7, 5)).toBe(2);
    expect(centeredResidue(8, 5)).toBe(-2);
  });
});

describe('protectMean', () => {
  it('adds the centred residue of the offsets to the sum, then divides', () => {
    // units 0.5 → 30 → −30: (400 − 30) / 10
    expect(protectMean(400, 0.5, 10)).toBe(37);
    // units 1.1 → 66 → 6: (400 + 6) / 10
    expect(protectMean(400, 1.1, 10)).toBeCloseTo(40.6, 10);
  });

  it('stays within [0, 100]', () => {
    expect(protectMean(10, 0.9, 3)).toBeCloseTo(4 / 3, 10); // 54 → −6
    expect(protectMean(3, 0.9, 3)).toBe(0);
    expect(protectMean(299, 0.4, 3)).toBe(100); // 24
  });

  it('moves a mean of n records by at most 30/n', () => {
    for (let units = 0; units < 7; units += 0.013) {
      expect(Math.abs(protectMean(500, units, 10) - 50)).toBeLessThanOrEqual(SCORE_MODULUS / 2 / 10 + 1e-9);
    }
  });
});

describe('protectCount', () => {
  it('moves a count by −2…2 and never below 0', () => {
    expect(protectCount(10, 13)).toBe(8); // 13 mod 5 = 3 → −2
    expect(protectCount(10, 12)).toBe(12); // 2
    expect(protectCount(10, 0)).toBe(10);
    expect(protectCount(1, 4)).toBe(0); // −1
  });
});

describe('protectMagnitude', () => {
  const cell = { sum: 100, largestConfidential: 20, keyUnits: 2.75, contributors: 5 };

  it('hides the largest confidential contribution in a small cell', () => {
    expect(magnitudeHalfWidth(cell)).toBe(30);
    expect(protectMagnitude(cell)).toBe(115); // key .75 → +0.5 × 30
  });

  it('stays within ±10% in a cell of 10 or more countries', () => {
    expect(magnitudeHalfWidth({ ...cell, contributors: 10 })).toBe(10);
    expect(protectMagnitude({ ...cell, contributors: 10 })).toBe(105);
    expect(magnitudeHalfWidth({ ...cell, sum: 5, contributors: 10 })).toBe(2);
  });

  it('is exact when every contributor shares its figures', () => {
    expect(protectMagnitude({ ...cell, largestConfidential: 0 })).toBe(100);
  });
});

describe('differencing two cells that differ by one record', () => {
  // A second, simple implementation: the published sum is the exact sum plus the centred residue of the
  // offsets; the difference of two cells is then congruent to X's value plus X's offset, whatever else.
  const published = (values: number[], offsets: number[]) =>
    values.reduce((s, v) => s + v, 0) + centeredResidue(offsets.reduce((s, o) => s + o, 0) * 60, 60);

  it('leaves the same residue for every background, so averaging pairs gains nothing', () => {
    const x = { value: 42.5, offset: 0.3 };
    const residues = new Set<number>();
    let seed = 7;
    const next = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    for (let pair = 0; pair < 200; pair++) {
      const n = 3 + Math.floor(next() * 10);
      const values = Array.from({ length: n }, () => next() * 100);
      const offsets = Array.from({ length: n }, () => next());
      const difference = published([...values, x.value], [...offsets, x.offset]) - published(values, offsets);
      residues.add(Math.round(centeredResidue(difference, 60) * 1e6) / 1e6);
    }
    // 42.5 + 18 = 60.5 → 0.5
    expect([...residues]).toEqual([0.5]);
  });
});
