import { describe, expect, it } from 'vitest';
import { checkSubmission, isSubmittable } from '../src/index.js';
import { WORKED_EXAMPLE } from './fixtures.js';

describe('the submission check', () => {
  it('passes the worked example', () => {
    const check = checkSubmission(WORKED_EXAMPLE, { 'A.1': 'MoU of 2019' });
    expect(check).toEqual({ missing: [], invalidAnswers: [], invalidComments: [] });
    expect(isSubmittable(check)).toBe(true);
  });

  it('lists unanswered applicable items, and treats A.3.2 as required while A.3.1 is unanswered', () => {
    const { 'A.3.1': _a, 'A.13': _b, ...rest } = WORKED_EXAMPLE;
    expect(checkSubmission(rest, {}).missing).toEqual(['A.3.1', 'A.3.2', 'A.13']);
  });

  it('keeps invalid answers and invalid comments apart', () => {
    const check = checkSubmission({ ...WORKED_EXAMPLE, 'A.18': 6 }, { 'A.99': 'x', 'A.2.1': 'y'.repeat(4001) });
    expect(check.invalidAnswers).toEqual([
      {
        code: 'A.18',
        message: 'A.18: expected an integer level from 1 to 5',
        reason: 'expected_level',
        params: { minimum: 1, maximum: 5 },
      },
    ]);
    expect(check.invalidComments).toEqual([
      { code: 'A.99', message: 'A.99: unknown item code', reason: 'unknown_item', params: {} },
      {
        code: 'A.2.1',
        message: 'A.2.1: a comment is at most 4000 characters',
        reason: 'text_too_long',
        params: { maximum: 4000 },
      },
    ]);
    expect(isSubmittable(check)).toBe(false);
  });
});
