import { describe, expect, it } from 'vitest';
import { computeDimensionScores, computeScores, findGaps, findMissingItems, validateAnswers } from '../src/index.js';
import { BEST_PRACTICE, WORKED_EXAMPLE } from './fixtures.js';

// Expected values are worked out by hand in docs/methodology.md.
describe('the worked example of docs/methodology.md', () => {
  it('is a valid and complete answer set', () => {
    expect(validateAnswers(WORKED_EXAMPLE)).toEqual([]);
    expect(findMissingItems(WORKED_EXAMPLE)).toEqual([]);
  });

  it('scores each dimension as 100 × the mean points of its applicable items', () => {
    expect(computeDimensionScores(WORKED_EXAMPLE)).toEqual({
      governance: 62.5, // (0.75 + 0.5) / 2
      information_exchange: 75, // (1 + 0.5) / 2
      risk_targeting: 0, // A.3.1 = no, so A.3.2 is left out
      joint_controls: 50, // (0.5 + 0.5) / 2
      enforcement_powers: 57.5, // (3/8 + 1 + 0.5 + 0 + 1) / 5
      investigations: 66.6667, // (1 + 0.5 + 0.5) / 3
      resource_sharing: 0,
      liaison: 50,
      training: 50, // (1 + 0) / 2
    });
  });

  it('averages the nine dimensions into the index and reads the level off it', () => {
    const scores = computeScores(WORKED_EXAMPLE)!;
    expect(scores.overall).toBe(45.7407); // 411.6667 / 9
    expect(scores.level).toBe(3);
    expect(scores.selfLevel).toBe(3);
    expect(scores.methodologyVersion).toBe('v1');
  });

  it('lists the applicable items below half the points as gaps', () => {
    const gaps = findGaps(WORKED_EXAMPLE);
    expect(gaps.map((g) => [g.code, g.points])).toEqual([
      ['A.3.1', 0],
      ['A.5.1', 0.375],
      ['A.11', 0],
      ['A.13', 0],
      ['A.16.1', 0],
    ]);
  });
});

describe('best practice everywhere', () => {
  it('scores 100 in every dimension, level 5, and has no gap', () => {
    const scores = computeScores(BEST_PRACTICE)!;
    expect(Object.values(scores.dimensions)).toEqual(Array(9).fill(100));
    expect(scores.overall).toBe(100);
    expect(scores.level).toBe(5);
    expect(findGaps(BEST_PRACTICE)).toEqual([]);
  });
});

describe('an incomplete answer set', () => {
  it('has no overall index while a dimension is unscored', () => {
    const { 'A.13': _dropped, ...partial } = BEST_PRACTICE;
    expect(computeDimensionScores(partial).resource_sharing).toBeNull();
    expect(computeScores(partial)).toBeNull();
  });
});

describe('item points of the worked example', () => {
  it('are stored for the applicable scored items only', () => {
    expect(computeScores(WORKED_EXAMPLE)!.items).toEqual({
      'A.1': 0.75,
      'A.2.1': 1,
      'A.2.2': 0.5,
      'A.3.1': 0,
      'A.4.1': 0.5,
      'A.4.2': 0.5,
      'A.5.1': 0.375,
      'A.6': 1,
      'A.7.1': 0.5,
      'A.8': 0.5,
      'A.9': 1,
      'A.10': 0.5,
      'A.11': 0,
      'A.12': 1,
      'A.13': 0,
      'A.14.1': 0.5,
      'A.15.1': 1,
      'A.16.1': 0,
      'A.19': 0.5,
    });
  });
});
