import { describe, expect, it } from 'vitest';
import {
  cellKeyOf,
  countHalfWidth,
  magnitudeHalfWidth,
  protectCount,
  protectMagnitude,
  protectMean,
  scoreHalfWidth,
} from '../src/index.js';

const key = (units: number, confidential = 1) => ({ units, confidential });

describe('cellKeyOf', () => {
  it('is the fractional part of the sum of the confidential records’ keys', () => {
    expect(cellKeyOf(key(2.75))).toBe(0.75);
    expect(cellKeyOf(key(0.25))).toBe(0.25);
    expect(cellKeyOf(key(3))).toBe(0);
  });
});

describe('protectMean', () => {
  it('adds a noise of ±2.98n to the sum of 10 or more scores, then divides', () => {
    expect(scoreHalfWidth(10)).toBeCloseTo(29.8, 10);
    expect(scoreHalfWidth(25)).toBeCloseTo(74.5, 10);
    // key .75 → (2 × .75 − 1) × 29.8 = +14.9: (400 + 14.9) / 10
    expect(protectMean(400, 10, key(1.75), key(1.75))).toBeCloseTo(41.49, 10);
    // key .25 → −0.5 × 74.5 = −37.25: (1250 − 37.25) / 25
    expect(protectMean(1250, 25, key(0.25), key(0.25))).toBeCloseTo(48.51, 10);
  });

  it('adds ±45 below 10 scores, where no utility bound applies', () => {
    expect(scoreHalfWidth(9)).toBe(45);
    expect(protectMean(150, 3, key(0.9), key(0.9))).toBeCloseTo((150 + 0.8 * 45) / 3, 10);
  });

  it('keeps a mean of 10 or more within 3 points, whatever the key', () => {
    for (let units = 0; units < 1; units += 0.0137) {
      for (const n of [10, 11, 17, 40]) {
        expect(Math.abs(protectMean(50 * n, n, key(units), key(units)) - 50)).toBeLessThanOrEqual(3 + 1e-9);
      }
    }
  });

  it('splits the noise: 85% shared by every score of the cell, 15% the score’s own', () => {
    // shared key .75 → +0.5, own key .25 → −0.5: (0.85 × 0.5 − 0.15 × 0.5) × 29.8 = +10.43
    expect(protectMean(400, 10, key(0.75), key(0.25))).toBeCloseTo((400 + 0.35 * 29.8) / 10, 10);
  });

  it('stays within [0, 100], and is exact without a confidential record', () => {
    expect(protectMean(10, 3, key(0.1), key(0.1))).toBe(0);
    expect(protectMean(299, 3, key(0.95), key(0.95))).toBe(100);
    expect(protectMean(123, 3, key(0.7, 0), key(0.7, 0))).toBe(41);
  });
});

describe('protectCount', () => {
  it('moves a count of a cell of 10 or more by −2…2, or by 10% of a count of 30 or more', () => {
    expect(countHalfWidth(7, 12)).toBe(2);
    expect(countHalfWidth(30, 40)).toBe(3);
    // 5 values: key .0 → −2, .39 → −1, .5 → 0, .99 → +2
    expect(protectCount(7, 12, key(0))).toBe(5);
    expect(protectCount(7, 12, key(0.39))).toBe(6);
    expect(protectCount(7, 12, key(0.5))).toBe(7);
    expect(protectCount(7, 12, key(0.99))).toBe(9);
  });

  it('moves a count of a smaller cell by −4…4 and never below 0', () => {
    expect(countHalfWidth(2, 5)).toBe(4);
    expect(protectCount(2, 5, key(0))).toBe(0);
    expect(protectCount(2, 5, key(0.999))).toBe(6);
  });

  it('is exact without a confidential record', () => {
    expect(protectCount(7, 12, key(0.99, 0))).toBe(7);
  });
});

describe('protectMagnitude', () => {
  const cell = { sum: 100, largestConfidential: 20, keyUnits: 2.75, contributors: 5 };

  it('hides the largest confidential contribution in a small cell', () => {
    expect(magnitudeHalfWidth(cell)).toBe(30);
    expect(protectMagnitude(cell)).toBe(115); // key .75 → +0.5 × 30
  });

  it('stays within ±10% (or ±2) in a cell of 10 or more countries', () => {
    expect(magnitudeHalfWidth({ ...cell, contributors: 10 })).toBe(10);
    expect(protectMagnitude({ ...cell, contributors: 10 })).toBe(105);
    expect(magnitudeHalfWidth({ ...cell, sum: 5, contributors: 10 })).toBe(2);
  });

  it('is exact when every contributor shares its figures', () => {
    expect(protectMagnitude({ ...cell, largestConfidential: 0 })).toBe(100);
  });
});
