import { describe, expect, it } from 'vitest';
import {
  ANSWER_ISSUE_CODES,
  AnswersSchema,
  FIELD_ERROR_CODES,
  validateAnswers,
  validateComments,
} from '../src/index.js';

/** Each issue's reason and params, without its English message (tested in validation.test.ts). */
function reasons(answers: Record<string, unknown>) {
  return validateAnswers(answers).map(({ code, reason, params }) => ({ code, reason, params }));
}

const TRI = ['yes', 'partial', 'no'];
const ARRANGEMENTS = ['none', 'informal', 'mou', 'moa', 'legislation', 'joint_committee'];

describe('validateAnswers gives each issue a reason and the params its text needs', () => {
  it('an unknown item, a wrong type', () => {
    expect(reasons({ 'A.99': 'yes' })).toEqual([{ code: 'A.99', reason: 'unknown_item', params: {} }]);
    expect(reasons({ 'A.2.1': ['yes'] })).toEqual([
      { code: 'A.2.1', reason: 'expected_option', params: { options: TRI } },
    ]);
    expect(reasons({ 'A.1': 'mou' })).toEqual([
      { code: 'A.1', reason: 'expected_options', params: { options: ARRANGEMENTS } },
    ]);
    expect(reasons({ 'A.5.2': 12 })).toEqual([{ code: 'A.5.2', reason: 'expected_text', params: {} }]);
    expect(reasons({ 'A.18': 6 })).toEqual([
      { code: 'A.18', reason: 'expected_level', params: { minimum: 1, maximum: 5 } },
    ]);
  });

  it('options: unknown, twice, combined with an exclusive one, none at all', () => {
    expect(reasons({ 'A.2.1': 'maybe' })).toEqual([
      { code: 'A.2.1', reason: 'unknown_option', params: { value: 'maybe', options: TRI } },
    ]);
    expect(reasons({ 'A.5.1': ['narcotics', 'narcotics'] })).toEqual([
      { code: 'A.5.1', reason: 'duplicate_option', params: { value: 'narcotics' } },
    ]);
    expect(reasons({ 'A.1': ['none', 'mou'] })).toEqual([
      { code: 'A.1', reason: 'exclusive_option', params: { value: 'none' } },
    ]);
    expect(reasons({ 'A.1': [] })).toEqual([{ code: 'A.1', reason: 'select_one', params: { none: 'none' } }]);
  });

  it('a text over its bound', () => {
    expect(reasons({ 'A.7.1': 'customs_offences', 'A.7.2': 'x'.repeat(4001) })).toEqual([
      { code: 'A.7.2', reason: 'text_too_long', params: { maximum: 4000 } },
    ]);
  });

  it('an item that does not apply names the rule it depends on', () => {
    expect(reasons({ 'A.15.1': 'no', 'A.15.2': 'Douane' })).toEqual([
      { code: 'A.15.2', reason: 'applies_only_if', params: { item: 'A.15.1', value: 'yes' } },
    ]);
    expect(reasons({ 'A.3.1': 'no', 'A.3.2': 'mou' })).toEqual([
      { code: 'A.3.2', reason: 'applies_only_if_not', params: { item: 'A.3.1', value: 'no' } },
    ]);
    const all = ['narcotics', 'counterfeits', 'endangered_species', 'currency'];
    const everyArea = [...all, 'weapons', 'tobacco_alcohol', 'cultural_goods', 'hazardous_waste'];
    expect(reasons({ 'A.5.1': everyArea, 'A.5.2': 'nothing else' })).toEqual([
      { code: 'A.5.2', reason: 'applies_only_if_fewer', params: { item: 'A.5.1', count: 8 } },
    ]);
  });

  it('keeps the English message, starting with the item code', () => {
    expect(validateAnswers({ 'A.2.1': 'maybe' })[0]?.message).toBe(
      'A.2.1: unknown option "maybe" (expected yes, partial, no)',
    );
  });
});

describe('validateComments and the answers schema', () => {
  it('a comment that is not a text, or too long', () => {
    const issues = validateComments({ 'A.1': 3, 'A.2.1': 'x'.repeat(4001) });
    expect(issues.map(({ code, reason, params }) => ({ code, reason, params }))).toEqual([
      { code: 'A.1', reason: 'expected_text', params: {} },
      { code: 'A.2.1', reason: 'text_too_long', params: { maximum: 4000 } },
    ]);
  });

  it('puts the reason and params on the zod issue, for the API to read', () => {
    const result = AnswersSchema.safeParse({ 'A.2.1': 'maybe' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({
      code: 'custom',
      path: ['A.2.1'],
      params: { code: 'unknown_option', params: { value: 'maybe', options: TRI } },
    });
  });

  it('every reason is a field error code', () => {
    for (const reason of ANSWER_ISSUE_CODES) expect(FIELD_ERROR_CODES).toContain(reason);
  });
});
