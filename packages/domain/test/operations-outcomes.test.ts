import { describe, expect, it } from 'vitest';
import { correlate, hitRate, outcomeValue, type OutcomeTotals } from '../src/index.js';

/** Senegal's 2024, summed over its results: 40 queries, 6 hits. */
const SENEGAL_2024: OutcomeTotals = { seizureCases: 7, arrests: 12, controlledDeliveries: 2, queries: 40, hits: 6 };

describe('the outcome of a country-year', () => {
  it('reads each count metric from its own total', () => {
    expect(outcomeValue('seizureCases', SENEGAL_2024)).toBe(7);
    expect(outcomeValue('arrests', SENEGAL_2024)).toBe(12);
    expect(outcomeValue('controlledDeliveries', SENEGAL_2024)).toBe(2);
  });

  it('takes the hit rate as hits over queries: 6 / 40 = 0.15', () => {
    expect(outcomeValue('hitRate', SENEGAL_2024)).toBeCloseTo(0.15, 12);
  });

  it('has no hit rate without queries', () => {
    expect(outcomeValue('hitRate', { ...SENEGAL_2024, queries: 0, hits: 0 })).toBeNull();
    expect(hitRate(0, 0)).toBeNull();
  });

  it('has a hit rate of 0 when queries found nothing, and 1 when all hit', () => {
    expect(hitRate(0, 25)).toBe(0);
    expect(hitRate(8, 8)).toBe(1);
  });

  it('counts zero as a value, not as a missing one', () => {
    const quiet: OutcomeTotals = { seizureCases: 0, arrests: 0, controlledDeliveries: 0, queries: 0, hits: 0 };
    expect(outcomeValue('seizureCases', quiet)).toBe(0);
    expect(outcomeValue('arrests', quiet)).toBe(0);
  });
});

describe('correlating maturity with an outcome', () => {
  /**
   * Five countries with a value; their overall and value are the five points worked by hand in
   * operations-correlation.test.ts (r = √(49/60), ρ = 0.9). The two without a value (overall 99 and 0)
   * would pull both coefficients if they were counted.
   */
  const POINTS = [
    { overall: 30, value: 2 },
    { overall: 99, value: null },
    { overall: 45, value: 6 },
    { overall: 50, value: 3 },
    { overall: 0, value: null },
    { overall: 65, value: 9 },
    { overall: 80, value: 10 },
  ];

  it('leaves out points without a value and reports how many were used', () => {
    const result = correlate(POINTS);
    expect(result.n).toBe(5);
    expect(result.pearson).toBeCloseTo(Math.sqrt(49 / 60), 12);
    expect(result.spearman).toBeCloseTo(0.9, 12);
  });

  it('keeps a value of 0', () => {
    // overall 10 20 30, value 0 1 2: a straight line, r = ρ = 1.
    const result = correlate([
      { overall: 10, value: 0 },
      { overall: 20, value: 1 },
      { overall: 30, value: 2 },
    ]);
    expect(result).toEqual({ pearson: expect.closeTo(1, 12), spearman: expect.closeTo(1, 12), n: 3 });
  });

  it('gives no coefficient when fewer than three points have a value', () => {
    expect(
      correlate([
        { overall: 30, value: 0.1 },
        { overall: 45, value: null },
        { overall: 60, value: 0.4 },
      ]),
    ).toEqual({ pearson: null, spearman: null, n: 2 });
    expect(correlate([])).toEqual({ pearson: null, spearman: null, n: 0 });
  });
});
