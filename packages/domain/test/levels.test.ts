import { describe, expect, it } from 'vitest';
import { computeOverallIndex, levelFromIndex } from '../src/index.js';

describe('level boundaries', () => {
  it.each([
    [0, 1],
    [19.9999, 1],
    [20, 2],
    [39.9999, 2],
    [40, 3],
    [59.9999, 3],
    [60, 4],
    [79.9999, 4],
    [80, 5],
    [100, 5],
  ])('an index of %d is level %d', (index, level) => {
    expect(levelFromIndex(index)).toBe(level);
  });

  it('an index that sums to exactly 20 in floating point stays at level 2', () => {
    // 0.1-style fractions: nine scores summing to 180 with binary rounding noise.
    const dims = {
      governance: 16.6667,
      information_exchange: 23.3333,
      risk_targeting: 20,
      joint_controls: 20,
      enforcement_powers: 20,
      investigations: 20,
      resource_sharing: 20,
      liaison: 20,
      training: 20,
    } as const;
    const index = computeOverallIndex({ ...dims });
    expect(index).toBe(20);
    expect(levelFromIndex(index!)).toBe(2);
  });
});
