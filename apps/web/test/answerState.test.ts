import { describe, expect, it } from 'vitest';
import { findItem, itemApplies, type InstrumentItem } from '@cpc/domain';
import { dropInapplicable, jumpTargetOf, progressOf, toggleOption, withAnswer } from '../src/questionnaire/answerState';
import { questionnaireSections } from '../src/questionnaire/sections';
import { findSubmissionIssues } from '../src/questionnaire/submissionIssues';
import { formatAnswer } from '../src/questionnaire/formatAnswer';
import { COMPLETE_ANSWERS } from './assessmentFixtures';

const item = (code: string): InstrumentItem => findItem(code)!;
const visible = (code: string, answers: Record<string, string | string[] | number>) => itemApplies(item(code), answers);

describe('conditional items', () => {
  it('A.3.2 (the basis of risk cooperation) shows unless A.3.1 is "no", and not before A.3.1 is answered', () => {
    expect(visible('A.3.2', {})).toBe(false);
    expect(visible('A.3.2', { 'A.3.1': 'yes' })).toBe(true);
    expect(visible('A.3.2', { 'A.3.1': 'partial' })).toBe(true);
    expect(visible('A.3.2', { 'A.3.1': 'no' })).toBe(false);
  });

  it('A.15.2 shows only when A.15.1 is "yes"', () => {
    expect(visible('A.15.2', { 'A.15.1': 'yes' })).toBe(true);
    expect(visible('A.15.2', { 'A.15.1': 'no' })).toBe(false);
  });

  it('A.5.2 shows while fewer than all eight seizure areas of A.5.1 are selected', () => {
    expect(visible('A.5.2', { 'A.5.1': [] })).toBe(true);
    expect(visible('A.5.2', { 'A.5.1': ['narcotics', 'weapons'] })).toBe(true);
    const all = item('A.5.1').options.map((o) => o.code);
    expect(all).toHaveLength(8);
    expect(visible('A.5.2', { 'A.5.1': all })).toBe(false);
  });

  it('items without a rule always show', () => {
    expect(visible('A.1', {})).toBe(true);
    expect(visible('A.18', {})).toBe(true);
  });

  it('drops the answer and comment of an item that stops applying', () => {
    const state = { answers: { 'A.3.1': 'yes', 'A.3.2': 'mou' }, comments: { 'A.3.2': 'Since 2019', 'A.3.1': 'ok' } };
    expect(withAnswer(state, 'A.3.1', 'no')).toEqual({ answers: { 'A.3.1': 'no' }, comments: { 'A.3.1': 'ok' } });
    expect(withAnswer(state, 'A.3.1', 'partial')).toEqual({
      answers: { 'A.3.1': 'partial', 'A.3.2': 'mou' },
      comments: state.comments,
    });
  });

  it('keeps an answer whose item is only undetermined (its parent was cleared), as the API does', () => {
    expect(dropInapplicable({ 'A.3.2': 'mou' }, {})).toEqual({ answers: { 'A.3.2': 'mou' }, comments: {} });
  });

  it('counts the questions to answer as the submission check does, until one stops applying', () => {
    // 20 items always apply and need an answer (the 5 text items are optional), and A.3.2 and A.4.2 count while
    // their parent is unanswered, as they would be missing on submission: 22. A.4.1 "no" drops A.4.2: 21.
    expect(progressOf({})).toEqual({ answered: 0, total: 22 });
    expect(progressOf({ 'A.3.1': 'yes', 'A.4.1': 'no' })).toEqual({ answered: 2, total: 21 });
    expect(progressOf(COMPLETE_ANSWERS)).toEqual({ answered: 22, total: 22 });
  });
});

describe('multiple choice', () => {
  it('A.1: "No arrangement" excludes the others, and the others exclude it', () => {
    const a1 = item('A.1');
    expect(toggleOption(a1, ['mou'], 'none', true)).toEqual(['none']);
    expect(toggleOption(a1, ['none'], 'informal', true)).toEqual(['informal']);
    expect(toggleOption(a1, ['joint_committee'], 'mou', true)).toEqual(['mou', 'joint_committee']);
  });

  it('unticking the last box leaves the item unanswered', () => {
    expect(toggleOption(item('A.1'), ['mou'], 'mou', false)).toBeUndefined();
    expect(toggleOption(item('A.17'), ['other'], 'other', false)).toBeUndefined();
  });
});

describe('sections', () => {
  it('groups the items by dimension, follow-up questions with the item they follow', () => {
    const sections = questionnaireSections();
    const codes = Object.fromEntries(sections.map((s) => [s.key, s.items.map((i) => i.code)]));
    expect(sections.map((s) => s.key)).toEqual([
      'governance',
      'information_exchange',
      'risk_targeting',
      'joint_controls',
      'enforcement_powers',
      'investigations',
      'resource_sharing',
      'liaison',
      'training',
      'general',
    ]);
    expect(codes.governance).toEqual(['A.1', 'A.19']);
    expect(codes.enforcement_powers).toEqual(['A.5.1', 'A.5.2', 'A.9', 'A.10', 'A.11', 'A.12']);
    expect(codes.investigations).toEqual(['A.6', 'A.7.1', 'A.7.2', 'A.8']);
    expect(codes.training).toEqual(['A.15.1', 'A.15.2', 'A.16.1', 'A.16.2']);
    expect(codes.general).toEqual(['A.17', 'A.18']);
    expect(sections.flatMap((s) => s.items)).toHaveLength(27);
  });
});

describe('submission check', () => {
  it('lists every unanswered question of an empty questionnaire', () => {
    const issues = findSubmissionIssues({});
    expect(issues.map((i) => i.code)).toEqual([
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
    expect(issues.every((i) => i.kind === 'missing')).toBe(true);
  });

  it('passes a complete questionnaire', () => {
    expect(findSubmissionIssues(COMPLETE_ANSWERS)).toEqual([]);
  });

  it('sends the reader to the question a hidden one depends on', () => {
    expect(jumpTargetOf('A.3.2', {})).toBe('A.3.1');
    expect(jumpTargetOf('A.3.2', { 'A.3.1': 'yes' })).toBe('A.3.2');
    expect(jumpTargetOf('A.1', {})).toBe('A.1');
  });
});

describe('formatAnswer', () => {
  const texts = { noAnswer: 'No answer', noneSelected: 'None' };
  it('shows option labels and levels in the page language', () => {
    expect(formatAnswer('A.1', ['mou', 'joint_committee'], 'fr', texts)).toBe(
      'Protocole d’entente (PE); Comité de coopération douane-police (CCDP)',
    );
    expect(formatAnswer('A.2.1', 'partial', 'en', texts)).toBe('Partially');
    expect(formatAnswer('A.18', 4, 'fr', texts)).toBe('4 — Coordination');
    expect(formatAnswer('A.17', [], 'en', texts)).toBe('None');
    expect(formatAnswer('A.5.2', 'Only at the ports', 'en', texts)).toBe('Only at the ports');
    expect(formatAnswer('A.2.1', null, 'en', texts)).toBe('No answer');
    expect(formatAnswer('A.2.1', 'maybe', 'en', texts)).toBe('maybe');
  });
});
