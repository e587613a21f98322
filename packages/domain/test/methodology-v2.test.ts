import { describe, expect, it } from 'vitest';
import {
  computeItemWeightedIndex,
  computeOverallIndex,
  computeScores,
  computeScoresUnderEveryVersion,
  findGaps,
  findItem,
  instrumentView,
  localize,
  pointsOf,
  validateAnswers,
  DIMENSION_DEFINITIONS,
  type AnswerValue,
  type Answers,
  type MethodologyVersion,
} from '../src/index.js';
import { BEST_PRACTICE, WORKED_EXAMPLE } from './fixtures.js';

// Every expected value below is worked out by hand from the rules of docs/methodology.md (v1 in sections
// 1–4, v2 in section 9); the arithmetic is in the comments.

function points(code: string, value: AnswerValue, version: MethodologyVersion): number | null {
  return pointsOf(findItem(code)!, value, version);
}

describe('v2 rules on single items, against v1', () => {
  it.each<[string, AnswerValue, number, number]>([
    // (2) one legal-basis scale: informal 0.25 < MoU 0.5 < MoA 0.75 < legislation 1.
    ['A.1', ['none'], 0, 0],
    ['A.1', ['informal'], 0.25, 0.25],
    ['A.1', ['mou'], 0.5, 0.5],
    ['A.1', ['moa'], 0.75, 0.75],
    ['A.1', ['legislation'], 0.75, 1], // v1: MoA = legislation; v2: legislation above MoA
    ['A.1', ['informal', 'legislation'], 0.75, 1], // the strongest base counts: max(0.25, 0.75 | 1)
    ['A.1', ['mou', 'joint_committee'], 0.75, 0.75], // 0.5 + 0.25 under both
    ['A.1', ['moa', 'joint_committee'], 1, 1], // min(1, 0.75 + 0.25) = 1
    ['A.1', ['legislation', 'joint_committee'], 1, 1], // v1 min(1, 0.75 + 0.25); v2 min(1, 1 + 0.25): capped
    ['A.3.2', 'informal', 0.5, 0.25],
    ['A.3.2', 'mou', 1, 0.5], // v1: MoU = legislation
    ['A.3.2', 'legislation', 1, 1],
    ['A.4.2', 'informal', 0.5, 0.25],
    ['A.4.2', 'mou', 1, 0.5],
    ['A.4.2', 'legislation', 1, 1],
    // (3) relying on the other agency scores as much as one's own capability.
    ['A.10', 'none', 0, 0],
    ['A.10', 'other_agency', 0.5, 1],
    ['A.10', 'own_framework', 1, 1],
    ['A.12', 'none', 0, 0],
    ['A.12', 'other_agency', 0.5, 1],
    ['A.12', 'own', 1, 1],
    // (4) A.2.1 is a fact: "partially concluded" is not concluded.
    ['A.2.1', 'yes', 1, 1],
    ['A.2.1', 'partial', 0.5, 0],
    ['A.2.1', 'no', 0, 0],
    // Items v2 leaves alone, "partial" of the other tri items included.
    ['A.3.1', 'partial', 0.5, 0.5],
    ['A.19', 'partial', 0.5, 0.5],
    ['A.2.2', 'daily', 0.75, 0.75],
    ['A.5.1', ['narcotics', 'currency', 'weapons'], 0.375, 0.375], // 3/8
    ['A.14.1', 'one_way', 0.5, 0.5],
  ])('%s = %j earns %s under v1 and %s under v2', (code, value, v1, v2) => {
    expect(points(code, value, 'v1')).toBe(v1);
    expect(points(code, value, 'v2')).toBe(v2);
  });

  it('scores under v1 when no version is named, and leaves the instrument’s own (v1) points untouched', () => {
    expect(pointsOf(findItem('A.10')!, 'other_agency')).toBe(0.5);
    points('A.10', 'other_agency', 'v2');
    expect(findItem('A.10')!.options.find((o) => o.code === 'other_agency')!.points).toBe(0.5);
    expect(findItem('A.1')!.options.find((o) => o.code === 'legislation')!.points).toBe(0.75);
  });
});

describe('the worked example under v2', () => {
  const scores = computeScores(WORKED_EXAMPLE, 'v2')!;

  it('scores each dimension as 100 × the mean of its items’ v2 points', () => {
    expect(scores.dimensions).toEqual({
      governance: 62.5, // A.1 (0.5 + 0.25 = 0.75), A.19 0.5: 100 × 1.25 / 2
      information_exchange: 75, // A.2.1 yes 1, A.2.2 regular 0.5: 100 × 1.5 / 2
      risk_targeting: 0, // A.3.1 no 0; A.3.2 left out
      joint_controls: 37.5, // A.4.1 partial 0.5, A.4.2 informal 0.25 (v1 0.5): 100 × 0.75 / 2
      enforcement_powers: 67.5, // A.5.1 0.375, A.9 1, A.10 other_agency 1 (v1 0.5), A.11 0, A.12 1: 100 × 3.375 / 5
      investigations: 66.6667, // A.6 1, A.7.1 0.5, A.8 0.5: 100 × 2 / 3 = 66.66667
      resource_sharing: 0, // A.13 no
      liaison: 50, // A.14.1 one_way 0.5
      training: 50, // A.15.1 yes 1, A.16.1 no 0: 100 × 1 / 2
    });
  });

  it('keeps the v2 points of every applicable scored item', () => {
    expect(scores.items).toEqual({
      'A.1': 0.75,
      'A.2.1': 1,
      'A.2.2': 0.5,
      'A.3.1': 0,
      'A.4.1': 0.5,
      'A.4.2': 0.25,
      'A.5.1': 0.375,
      'A.6': 1,
      'A.7.1': 0.5,
      'A.8': 0.5,
      'A.9': 1,
      'A.10': 1,
      'A.11': 0,
      'A.12': 1,
      'A.13': 0,
      'A.14.1': 0.5,
      'A.15.1': 1,
      'A.16.1': 0,
      'A.19': 0.5,
    });
  });

  it('averages the 19 items into the index, each weighing the same, and reads the level off it', () => {
    // Σ = 0.75 + 1 + 0.5 + 0 + 0.5 + 0.25 + 0.375 + 1 + 0.5 + 0.5 + 1 + 1 + 0 + 1 + 0 + 0.5 + 1 + 0 + 0.5
    //   = 10.375 over 19 items; 100 × 10.375 / 19 = 54.605263… → 54.6053 (v1: 45.7407), level 3 ([40, 60)).
    expect(scores.overall).toBe(54.6053);
    expect(scores.level).toBe(3);
    expect(scores.selfLevel).toBe(3);
    expect(scores.methodologyVersion).toBe('v2');
  });

  it('owes most of the rise to the weighting, not to the new points', () => {
    const v1 = computeScores(WORKED_EXAMPLE, 'v1')!;
    // v2 points, v1's mean of the dimensions: (411.6667 − 12.5 (joint_controls 50 → 37.5) + 10 (enforcement
    // 57.5 → 67.5)) / 9 = 409.1667 / 9 = 45.46296… → 45.4630.
    expect(computeOverallIndex(scores.dimensions)).toBe(45.463);
    // v1 points, v2's mean of the items: 10.375 + 0.25 (A.4.2 0.5, not 0.25) − 0.5 (A.10 0.5, not 1) = 10.125;
    // 100 × 10.125 / 19 = 53.28947… → 53.2895.
    expect(computeItemWeightedIndex(v1.dimensions, v1.items)).toBe(53.2895);
  });

  it('leaves the v1 figures as they were', () => {
    const v1 = computeScores(WORKED_EXAMPLE, 'v1')!;
    // (62.5 + 75 + 0 + 50 + 57.5 + 66.6667 + 0 + 50 + 50) / 9 = 411.6667 / 9 = 45.7407
    expect(v1.overall).toBe(45.7407);
    expect(v1.level).toBe(3);
    expect(v1.dimensions.joint_controls).toBe(50); // (0.5 + 0.5) / 2
    expect(v1.dimensions.enforcement_powers).toBe(57.5); // (0.375 + 1 + 0.5 + 0 + 1) / 5
    expect(v1.items['A.10']).toBe(0.5);
    expect(computeScores(WORKED_EXAMPLE)).toEqual(v1);
  });
});

/** Every scored item at its best option under both versions (BEST_PRACTICE's A.3.2 mou earns 0.5 under v2). */
const BEST_UNDER_BOTH: Answers = { ...BEST_PRACTICE, 'A.3.2': 'legislation' };

/** Weak in the two largest dimensions: A.6, A.8, A.9, A.11 no and A.12 none; every other item at its best. */
const WEAK_IN_LARGE_DIMENSIONS: Answers = {
  ...BEST_UNDER_BOTH,
  'A.6': 'no',
  'A.8': 'no',
  'A.9': 'no',
  'A.11': 'no',
  'A.12': 'none',
};

/** Weak in two one-item dimensions: A.13 no and A.14.1 none; every other item at its best. */
const WEAK_IN_SMALL_DIMENSIONS: Answers = { ...BEST_UNDER_BOTH, 'A.13': 'no', 'A.14.1': 'none' };

describe('the item weighting of v2', () => {
  it('concerns answer sets whose every item earns the same points under both versions', () => {
    for (const answers of [WEAK_IN_LARGE_DIMENSIONS, WEAK_IN_SMALL_DIMENSIONS]) {
      expect(validateAnswers(answers)).toEqual([]);
      expect(computeScores(answers, 'v2')!.items).toEqual(computeScores(answers, 'v1')!.items);
      expect(computeScores(answers, 'v2')!.dimensions).toEqual(computeScores(answers, 'v1')!.dimensions);
    }
  });

  it('lowers the index of an administration weak in the large dimensions, across a level boundary', () => {
    const [v1, v2] = computeScoresUnderEveryVersion(WEAK_IN_LARGE_DIMENSIONS)!;
    // Dimensions: enforcement_powers (A.5.1 1 + A.9 0 + A.10 1 + A.11 0 + A.12 0) / 5 = 40,
    // investigations (A.6 0 + A.7.1 1 + A.8 0) / 3 = 33.3333, the seven others 100.
    expect(v1!.dimensions.enforcement_powers).toBe(40);
    expect(v1!.dimensions.investigations).toBe(33.3333);
    // v1: (7 × 100 + 40 + 33.3333) / 9 = 773.3333 / 9 = 85.92592… → 85.9259, level 5.
    expect([v1!.overall, v1!.level]).toEqual([85.9259, 5]);
    // v2: 20 applicable items (A.3.2 applies), 5 of them 0: 100 × 15 / 20 = 75, level 4.
    expect([v2!.overall, v2!.level]).toEqual([75, 4]);
  });

  it('raises the index of an administration weak in one-item dimensions, across a level boundary', () => {
    const [v1, v2] = computeScoresUnderEveryVersion(WEAK_IN_SMALL_DIMENSIONS)!;
    // v1: resource_sharing 0 and liaison 0, the seven others 100: 700 / 9 = 77.7777… → 77.7778, level 4.
    expect([v1!.overall, v1!.level]).toEqual([77.7778, 4]);
    // v2: 20 items, 2 of them 0: 100 × 18 / 20 = 90, level 5.
    expect([v2!.overall, v2!.level]).toEqual([90, 5]);
  });

  it('reverses the order of the two administrations: v1 puts the first ahead, v2 the second', () => {
    const large = computeScoresUnderEveryVersion(WEAK_IN_LARGE_DIMENSIONS)!;
    const small = computeScoresUnderEveryVersion(WEAK_IN_SMALL_DIMENSIONS)!;
    expect(large[0]!.overall).toBeGreaterThan(small[0]!.overall); // v1: 85.9259 > 77.7778
    expect(large[1]!.overall).toBeLessThan(small[1]!.overall); // v2: 75 < 90
  });

  it('gives BEST_PRACTICE, whose A.3.2 is an MoU, less than 100 under v2', () => {
    const [v1, v2] = computeScoresUnderEveryVersion(BEST_PRACTICE)!;
    expect([v1!.overall, v1!.level]).toEqual([100, 5]);
    // v2: risk_targeting (A.3.1 1 + A.3.2 mou 0.5) / 2 = 75; index 100 × 19.5 / 20 = 97.5, level 5.
    expect(v2!.dimensions.risk_targeting).toBe(75);
    expect([v2!.overall, v2!.level]).toEqual([97.5, 5]);
  });
});

describe('computeScoresUnderEveryVersion', () => {
  it('scores an answer set under v1 then v2, each score stamped with its version', () => {
    const all = computeScoresUnderEveryVersion(WORKED_EXAMPLE)!;
    expect(all.map((s) => [s.methodologyVersion, s.overall, s.level])).toEqual([
      ['v1', 45.7407, 3],
      ['v2', 54.6053, 3],
    ]);
    expect(all).toEqual([computeScores(WORKED_EXAMPLE, 'v1'), computeScores(WORKED_EXAMPLE, 'v2')]);
  });

  it('is null while a dimension has no score, under any version', () => {
    const { 'A.13': _dropped, ...partial } = WORKED_EXAMPLE;
    expect(computeScores(partial, 'v2')).toBeNull();
    expect(computeScoresUnderEveryVersion(partial)).toBeNull();
  });
});

describe('gaps under v2 (points below 0.5)', () => {
  const codes = (answers: Answers, version: MethodologyVersion) =>
    findGaps(answers, version).map((g) => [g.code, g.points]);

  it('adds A.4.2 (informal: 0.25 under v2, 0.5 under v1) to the worked example’s gaps', () => {
    expect(codes(WORKED_EXAMPLE, 'v1')).toEqual([
      ['A.3.1', 0],
      ['A.5.1', 0.375],
      ['A.11', 0],
      ['A.13', 0],
      ['A.16.1', 0],
    ]);
    expect(codes(WORKED_EXAMPLE, 'v2')).toEqual([
      ['A.3.1', 0],
      ['A.4.2', 0.25],
      ['A.5.1', 0.375],
      ['A.11', 0],
      ['A.13', 0],
      ['A.16.1', 0],
    ]);
    const a42 = findGaps(WORKED_EXAMPLE, 'v2').find((g) => g.code === 'A.4.2')!;
    expect(a42.gaps).toEqual(findItem('A.4.2')!.gaps);
  });

  it('never counts A.10 other_agency: 0.5 is not below 0.5 (v1), and 1 is not either (v2)', () => {
    expect(WORKED_EXAMPLE['A.10']).toBe('other_agency');
    expect(codes(WORKED_EXAMPLE, 'v1').map(([code]) => code)).not.toContain('A.10');
    expect(codes(WORKED_EXAMPLE, 'v2').map(([code]) => code)).not.toContain('A.10');
  });

  it('counts A.2.1 partial (0 under v2, 0.5 under v1) and A.3.2 informal (0.25 under v2, 0.5 under v1)', () => {
    const answers: Answers = { ...WORKED_EXAMPLE, 'A.2.1': 'partial', 'A.3.1': 'yes', 'A.3.2': 'informal' };
    expect(validateAnswers(answers)).toEqual([]);
    // A.3.1 yes leaves the gaps; A.2.1 and A.3.2 are gaps under v2 only.
    expect(codes(answers, 'v1')).toEqual([
      ['A.5.1', 0.375],
      ['A.11', 0],
      ['A.13', 0],
      ['A.16.1', 0],
    ]);
    expect(codes(answers, 'v2')).toEqual([
      ['A.2.1', 0],
      ['A.3.2', 0.25],
      ['A.4.2', 0.25],
      ['A.5.1', 0.375],
      ['A.11', 0],
      ['A.13', 0],
      ['A.16.1', 0],
    ]);
  });

  it('finds no gap in BEST_PRACTICE under v2: A.3.2 mou earns 0.5, not below 0.5', () => {
    expect(findGaps(BEST_PRACTICE, 'v2')).toEqual([]);
  });
});

describe('the instrument under v2', () => {
  const pointsIn = (version: MethodologyVersion, code: string) =>
    Object.fromEntries(
      instrumentView(version, 'en')
        .items.find((i) => i.code === code)!
        .options.map((o) => [o.code, o.points]),
    );

  it('shows the v2 points of each option', () => {
    expect(instrumentView('v2').methodologyVersion).toBe('v2');
    expect(pointsIn('v2', 'A.1')).toEqual({
      none: 0,
      informal: 0.25,
      mou: 0.5,
      moa: 0.75,
      legislation: 1,
      joint_committee: 0.25,
    });
    expect(pointsIn('v2', 'A.2.1')).toEqual({ yes: 1, partial: 0, no: 0 });
    expect(pointsIn('v2', 'A.3.2')).toEqual({ informal: 0.25, mou: 0.5, legislation: 1 });
    expect(pointsIn('v2', 'A.4.2')).toEqual({ informal: 0.25, mou: 0.5, legislation: 1 });
    expect(pointsIn('v2', 'A.10')).toEqual({ none: 0, other_agency: 1, own_framework: 1 });
    expect(pointsIn('v2', 'A.12')).toEqual({ none: 0, other_agency: 1, own: 1 });
    expect(pointsIn('v2', 'A.3.1')).toEqual({ yes: 1, partial: 0.5, no: 0 });
    expect(pointsIn('v2', 'A.17').other).toBeNull();
  });

  it('shows the v1 points under v1, with the same labels under both', () => {
    expect(pointsIn('v1', 'A.1')).toMatchObject({ moa: 0.75, legislation: 0.75 });
    expect(pointsIn('v1', 'A.2.1')).toEqual({ yes: 1, partial: 0.5, no: 0 });
    expect(pointsIn('v1', 'A.10')).toEqual({ none: 0, other_agency: 0.5, own_framework: 1 });
    const labels = (version: MethodologyVersion) =>
      instrumentView(version, 'fr').items.flatMap((i) => i.options.map((o) => o.label));
    expect(labels('v2')).toEqual(labels('v1'));
  });
});

describe('the training dimension’s label', () => {
  const training = DIMENSION_DEFINITIONS.find((d) => d.code === 'training')!;

  it('says that one service trains the other’s officers, in the four languages', () => {
    expect(training.label).toEqual({ en: 'Cross-training of officers', fr: 'Formation croisée des agents' });
    expect(localize(training.label, 'es')).toBe('Formación cruzada de los agentes');
    expect(localize(training.label, 'ar')).toBe('التدريب المتبادل للموظفين');
  });

  it('keeps the handbook’s section title verbatim', () => {
    expect(training.sectionTitle.fr).toBe('FORMATIONS COMMUNES ET ÉCHANGE D’AGENTS');
  });
});
