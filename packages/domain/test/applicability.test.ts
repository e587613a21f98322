import { describe, expect, it } from 'vitest';
import { computeDimensionScores, findItem, findMissingItems, isCurrentIn, itemApplies } from '../src/index.js';
import { WORKED_EXAMPLE } from './fixtures.js';

describe('conditional items', () => {
  const applies = (code: string, answers: Record<string, string | string[] | number>) =>
    itemApplies(findItem(code)!, answers);

  it('A.3.2 and A.4.2 apply unless the cooperation is absent', () => {
    expect(applies('A.3.2', { 'A.3.1': 'yes' })).toBe(true);
    expect(applies('A.3.2', { 'A.3.1': 'partial' })).toBe(true);
    expect(applies('A.3.2', { 'A.3.1': 'no' })).toBe(false);
    expect(applies('A.4.2', { 'A.4.1': 'no' })).toBe(false);
  });

  it('A.5.2 applies while fewer than the eight areas are selected', () => {
    expect(applies('A.5.2', { 'A.5.1': ['narcotics'] })).toBe(true);
    const all = findItem('A.5.1')!.options.map((o) => o.code);
    expect(applies('A.5.2', { 'A.5.1': all })).toBe(false);
  });

  it('the text follow-ups apply with their rule', () => {
    expect(applies('A.7.2', { 'A.7.1': 'none' })).toBe(false);
    expect(applies('A.7.2', { 'A.7.1': 'customs_offences' })).toBe(true);
    expect(applies('A.14.2', { 'A.14.1': 'none' })).toBe(false);
    expect(applies('A.14.2', { 'A.14.1': 'one_way' })).toBe(true);
    expect(applies('A.15.2', { 'A.15.1': 'no' })).toBe(false);
    expect(applies('A.16.2', { 'A.16.1': 'yes' })).toBe(true);
  });

  it('a non-applicable item leaves the mean: risk targeting is A.3.1 alone when it is no', () => {
    expect(computeDimensionScores({ ...WORKED_EXAMPLE, 'A.3.1': 'no' }).risk_targeting).toBe(0);
    expect(computeDimensionScores({ ...WORKED_EXAMPLE, 'A.3.1': 'partial', 'A.3.2': 'informal' }).risk_targeting).toBe(
      50,
    );
  });
});

describe('completeness', () => {
  it('requires every applicable non-text item, and no text', () => {
    expect(findMissingItems({})).toEqual([
      'A.1',
      'A.2.1',
      'A.2.2',
      'A.3.1',
      'A.3.2',
      'A.4.1',
      'A.4.2',
      'A.5.1',
      'A.6',
      'A.7.1',
      'A.8',
      'A.9',
      'A.10',
      'A.11',
      'A.12',
      'A.13',
      'A.14.1',
      'A.15.1',
      'A.16.1',
      'A.17',
      'A.18',
      'A.19',
    ]);
  });

  it('does not require an item whose condition is false', () => {
    const { 'A.2.2': _a, 'A.13': _b, ...answers } = WORKED_EXAMPLE;
    // A.3.1 = no in the example, so A.3.2 is not required; the two removed items are.
    expect(findMissingItems(answers)).toEqual(['A.2.2', 'A.13']);
    expect(findMissingItems({ ...answers, 'A.3.1': 'yes' })).toEqual(['A.2.2', 'A.3.2', 'A.13']);
  });
});

describe('the current-assessment window', () => {
  it('keeps an assessment current for its own year and the two after', () => {
    expect([2021, 2022, 2023, 2024, 2025].map((y) => isCurrentIn(2022, y))).toEqual([false, true, true, true, false]);
  });
});
