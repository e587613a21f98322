import { describe, expect, it } from 'vitest';
import { AnswersSchema, CommentsSchema, validateAnswers } from '../src/index.js';
import { WORKED_EXAMPLE } from './fixtures.js';

function messages(answers: Record<string, unknown>): string[] {
  return validateAnswers(answers).map((i) => i.message);
}

describe('answer validation names the code', () => {
  it('rejects an unknown code', () => {
    expect(messages({ 'A.99': 'yes' })).toEqual(['A.99: unknown item code']);
  });

  it('rejects a wrong type', () => {
    expect(messages({ 'A.2.1': ['yes'] })[0]).toMatch(/^A\.2\.1: expected one option code/);
    expect(messages({ 'A.1': 'mou' })[0]).toMatch(/^A\.1: expected a list of option codes/);
    expect(messages({ 'A.5.2': 12 })).toEqual(['A.5.2: expected a text']);
    expect(messages({ 'A.18': '3' })).toEqual(['A.18: expected an integer level from 1 to 5']);
  });

  it('rejects an unknown option', () => {
    expect(messages({ 'A.2.2': 'weekly' })[0]).toMatch(/^A\.2\.2: unknown option "weekly"/);
    expect(messages({ 'A.17': ['corruption'] })[0]).toMatch(/^A\.17: unknown option "corruption"/);
  });

  it('rejects a duplicate in a multi', () => {
    expect(messages({ 'A.5.1': ['narcotics', 'narcotics'] })).toEqual(['A.5.1: option "narcotics" is selected twice']);
  });

  it('rejects none mixed with another option in A.1', () => {
    expect(messages({ 'A.1': ['none', 'mou'] })).toEqual(['A.1: "none" cannot be combined with another option']);
  });

  it('rejects A.18 outside 1–5', () => {
    for (const level of [0, 6, 2.5])
      expect(messages({ 'A.18': level })).toEqual(['A.18: expected an integer level from 1 to 5']);
  });

  it('rejects an answer to an item that does not apply', () => {
    expect(messages({ 'A.3.1': 'no', 'A.3.2': 'mou' })).toEqual(['A.3.2: does not apply (only when A.3.1 is not no)']);
    expect(messages({ 'A.15.1': 'no', 'A.15.2': 'Douane' })).toEqual([
      'A.15.2: does not apply (only when A.15.1 is yes)',
    ]);
  });

  it('rejects text over 4,000 characters, and accepts exactly 4,000', () => {
    expect(messages({ 'A.7.1': 'customs_offences', 'A.7.2': 'x'.repeat(4001) })).toEqual([
      'A.7.2: text is at most 4000 characters',
    ]);
    expect(messages({ 'A.7.1': 'customs_offences', 'A.7.2': 'x'.repeat(4000) })).toEqual([]);
  });

  it('accepts an empty list for A.17 but not for A.1', () => {
    expect(messages({ 'A.17': [] })).toEqual([]);
    expect(messages({ 'A.1': [] })[0]).toMatch(/^A\.1: select at least one option/);
  });

  it('accepts an incomplete draft', () => {
    expect(messages({ 'A.2.1': 'yes' })).toEqual([]);
  });
});

describe('the shared zod schemas', () => {
  it('report each issue at the item’s path', () => {
    const result = AnswersSchema.safeParse({ ...WORKED_EXAMPLE, 'A.2.1': 'maybe' });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => i.path)).toEqual([['A.2.1']]);
  });

  it('check comments: known code, at most 4,000 characters', () => {
    expect(CommentsSchema.safeParse({ 'A.2.2': 'Réunions mensuelles' }).success).toBe(true);
    const bad = CommentsSchema.safeParse({ 'A.2.2': 'x'.repeat(4001), 'B.1': 'x' });
    expect(bad.error!.issues.map((i) => i.message)).toEqual([
      'A.2.2: a comment is at most 4000 characters',
      'B.1: unknown item code',
    ]);
  });
});
