import { describe, expect, it } from 'vitest';
import { findItem, pointsOf, type AnswerValue } from '../src/index.js';

function points(code: string, value: AnswerValue): number | null {
  return pointsOf(findItem(code)!, value);
}

describe('points of every option', () => {
  it.each([
    ['A.2.1', 'yes', 1],
    ['A.2.1', 'partial', 0.5],
    ['A.2.1', 'no', 0],
    ['A.2.2', 'none', 0],
    ['A.2.2', 'sporadic', 0.25],
    ['A.2.2', 'regular', 0.5],
    ['A.2.2', 'daily', 0.75],
    ['A.2.2', 'permanent', 1],
    ['A.3.2', 'informal', 0.5],
    ['A.3.2', 'mou', 1],
    ['A.3.2', 'legislation', 1],
    ['A.4.2', 'informal', 0.5],
    ['A.4.2', 'mou', 1],
    ['A.4.2', 'legislation', 1],
    ['A.7.1', 'none', 0],
    ['A.7.1', 'customs_offences', 0.5],
    ['A.7.1', 'organised_crime', 1],
    ['A.10', 'none', 0],
    ['A.10', 'other_agency', 0.5],
    ['A.10', 'own_framework', 1],
    ['A.12', 'none', 0],
    ['A.12', 'other_agency', 0.5],
    ['A.12', 'own', 1],
    ['A.14.1', 'none', 0],
    ['A.14.1', 'virtual_task_force', 0.5],
    ['A.14.1', 'one_way', 0.5],
    ['A.14.1', 'both_ways', 1],
    ['A.15.1', 'yes', 1],
    ['A.15.1', 'no', 0],
    ['A.16.1', 'yes', 1],
    ['A.16.1', 'no', 0],
  ])('%s = %s earns %d', (code, value, expected) => {
    expect(points(code, value)).toBe(expected);
  });

  it.each(['A.3.1', 'A.4.1', 'A.6', 'A.8', 'A.9', 'A.11', 'A.13', 'A.19'])('%s is a yes/partial/no item', (code) => {
    expect([points(code, 'yes'), points(code, 'partial'), points(code, 'no')]).toEqual([1, 0.5, 0]);
  });

  it('A.1 takes the strongest arrangement', () => {
    expect(points('A.1', ['none'])).toBe(0);
    expect(points('A.1', ['informal'])).toBe(0.25);
    expect(points('A.1', ['mou'])).toBe(0.5);
    expect(points('A.1', ['moa'])).toBe(0.75);
    expect(points('A.1', ['legislation'])).toBe(0.75);
    expect(points('A.1', ['informal', 'mou', 'moa'])).toBe(0.75);
  });

  it('A.1 adds 0.25 for a joint committee, capped at 1', () => {
    expect(points('A.1', ['joint_committee'])).toBe(0.25);
    expect(points('A.1', ['informal', 'joint_committee'])).toBe(0.5);
    expect(points('A.1', ['mou', 'joint_committee'])).toBe(0.75);
    expect(points('A.1', ['moa', 'joint_committee'])).toBe(1);
    expect(points('A.1', ['moa', 'legislation', 'joint_committee'])).toBe(1);
  });

  it('A.5.1 earns the share of the eight risk areas selected', () => {
    expect(points('A.5.1', [])).toBe(0);
    expect(points('A.5.1', ['narcotics'])).toBe(0.125);
    expect(points('A.5.1', ['narcotics', 'currency', 'weapons', 'tobacco_alcohol'])).toBe(0.5);
  });

  it.each(['A.5.2', 'A.7.2', 'A.14.2', 'A.15.2', 'A.16.2', 'A.17', 'A.18'])('%s is not scored', (code) => {
    const item = findItem(code)!;
    expect(item.dimension).toBeNull();
    expect(pointsOf(item, item.type === 'level' ? 3 : item.type === 'multi' ? ['other'] : 'x')).toBeNull();
  });
});
