import { describe, expect, it } from 'vitest';
import { formatMessage, messageArguments, parseMessage } from '../src/i18n/messageFormat';
import { dictionaries } from '../src/i18n/dictionaries';
import { translate } from '../src/i18n/translate';

const CASES_EN = '{count, plural, =0 {no cases} one {# case} other {# cases}}';
const CASES_FR = '{count, plural, =0 {aucune affaire} one {# affaire} other {# affaires}}';
const CASES_AR =
  '{count, plural, zero {لا حالات} one {حالة واحدة} two {حالتان} few {# حالات} many {# حالة} other {# حالة}}';

describe('formatMessage: plurals', () => {
  it('picks the English branch: an exact =0 first, then one and other', () => {
    expect(formatMessage(CASES_EN, { count: 0 }, 'en')).toBe('no cases');
    expect(formatMessage(CASES_EN, { count: 1 }, 'en')).toBe('1 case');
    expect(formatMessage(CASES_EN, { count: 2 }, 'en')).toBe('2 cases');
    expect(formatMessage(CASES_EN, { count: 1234 }, 'en')).toBe('1,234 cases');
  });

  it('uses French rules: 0 and 1.5 are singular, # is grouped with a narrow space', () => {
    const fr = '{count, plural, one {# affaire} other {# affaires}}';
    expect(formatMessage(fr, { count: 0 }, 'fr')).toBe('0 affaire');
    expect(formatMessage(fr, { count: 1.5 }, 'fr')).toBe('1,5 affaire');
    expect(formatMessage(fr, { count: 2 }, 'fr')).toBe('2 affaires');
    expect(formatMessage(fr, { count: 1234 }, 'fr')).toBe('1\u202f234 affaires');
    expect(formatMessage(CASES_FR, { count: 0 }, 'fr')).toBe('aucune affaire');
  });

  it('uses the six Arabic categories', () => {
    const say = (count: number) => formatMessage(CASES_AR, { count }, 'ar');
    expect(say(0)).toBe('لا حالات');
    expect(say(1)).toBe('حالة واحدة');
    expect(say(2)).toBe('حالتان');
    expect(say(3)).toBe('3 حالات');
    expect(say(10)).toBe('10 حالات');
    expect(say(11)).toBe('11 حالة');
    expect(say(99)).toBe('99 حالة');
    expect(say(100)).toBe('100 حالة');
    expect(say(103)).toBe('103 حالات');
  });

  it('fills placeholders inside a branch and keeps text around the plural', () => {
    const message = 'In {region}: {n, plural, one {# country of {total}} other {# countries of {total}}}.';
    expect(formatMessage(message, { region: 'Europe', n: 1, total: 5 }, 'en')).toBe('In Europe: 1 country of 5.');
    expect(formatMessage(message, { region: 'Europe', n: 3, total: 5 }, 'en')).toBe('In Europe: 3 countries of 5.');
  });

  it('reads a count given as plain digits, and says any other text in the other branch', () => {
    expect(formatMessage(CASES_EN, { count: '1' }, 'en')).toBe('1 case');
    expect(formatMessage(CASES_EN, { count: 'many' }, 'en')).toBe('many cases');
  });

  it('leaves a missing parameter visible', () => {
    expect(formatMessage('Hello {name}', {}, 'en')).toBe('Hello {name}');
    expect(formatMessage(CASES_EN, {}, 'en')).toBe('{count} cases');
  });

  it('keeps # literal outside a plural and a lone brace as text', () => {
    expect(formatMessage('Item # {code}', { code: 'A.1' }, 'en')).toBe('Item # A.1');
    expect(formatMessage('a { b', {}, 'en')).toBe('a { b');
  });
});

describe('parseMessage', () => {
  it('refuses a plural without an other branch, an unknown category, or an unclosed branch', () => {
    expect(() => parseMessage('{n, plural, one {# x}}')).toThrow(/other/);
    expect(() => parseMessage('{n, plural, several {# x} other {# x}}')).toThrow(/plural category/);
    expect(() => parseMessage('{n, plural, one {# x} other {# x}')).toThrow();
  });

  it('lists the arguments of a message, including those inside branches', () => {
    expect(messageArguments('{a} {n, plural, one {{b}} other {# {c}}}')).toEqual(['a', 'b', 'c', 'n']);
  });
});

describe('translate', () => {
  it('says the review count and the level difference with the plural of each language', () => {
    expect(translate(dictionaries.en, 'selfLevelAbove', { count: 1 }, 'en')).toBe(
      'The administration rates itself 1 level above the computed level.',
    );
    expect(translate(dictionaries.en, 'selfLevelAbove', { count: 2 }, 'en')).toBe(
      'The administration rates itself 2 levels above the computed level.',
    );
    expect(translate(dictionaries.fr, 'selfLevelBelow', { count: 1 }, 'fr')).toBe(
      'L’administration se situe 1 niveau au-dessous du niveau calculé.',
    );
    expect(translate(dictionaries.ar, 'selfLevelBelow', { count: 2 }, 'ar')).toBe(
      'تضع الإدارة نفسها أدنى من المستوى المحسوب بمستويين.',
    );
  });

  it('parses every message of every dictionary', () => {
    for (const [lang, messages] of Object.entries(dictionaries))
      for (const [key, text] of Object.entries(messages))
        expect(() => parseMessage(text), `${lang}.${key}`).not.toThrow();
  });
});
