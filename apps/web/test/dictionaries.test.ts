import { describe, expect, it } from 'vitest';
import { dictionaries } from '../src/i18n/dictionaries';
import { ASSESSMENT_STATUSES, ROLES } from '@cpc/domain';
import { localize as pickLocalized } from '@cpc/domain';
import { interpolate } from '../src/i18n/translate';
import { messageArguments } from '../src/i18n/messageFormat';
import { ACTION_LABELS, ROLE_LABELS, STATUS_LABELS } from '../src/i18n/labels';

/** Every argument, placeholder or plural; parsing also fails on a malformed plural. */
const placeholders = (text: string) => messageArguments(text);

describe('dictionaries', () => {
  const { en } = dictionaries;
  const others = Object.entries(dictionaries).filter(([lang]) => lang !== 'en');

  it('have the same keys in every language', () => {
    expect(Object.keys(dictionaries).sort()).toEqual(['ar', 'en', 'es', 'fr']);
    for (const [, messages] of others) expect(Object.keys(messages).sort()).toEqual(Object.keys(en).sort());
  });

  it('have no empty text', () => {
    for (const [lang, messages] of Object.entries(dictionaries)) {
      for (const [key, text] of Object.entries(messages)) {
        expect(text.trim(), `${lang}.${key}`).not.toBe('');
      }
    }
  });

  it('translate every sentence: no French text is the English one left in place', () => {
    // Words that are the same in both languages.
    const same = new Set([
      'coverageValue',
      'rangeValue',
      'indexOutOf100',
      'levelValue',
      'version',
      'actions',
      'dimension',
      'score',
      'headlineChangeValue',
      'levelsAxis',
      'mapScaleTitle',
      'groupingRegionCode',
      'navMenu',
      'unitsColumnSite',
      // Placeholders and punctuation only, the same in English and Spanish.
      'mapTooltipNone',
      'opsTitleOf',
      'periodRange',
      // "point" / "points" is the same word in English and French.
      'planCandidatePoints',
    ]);
    for (const [lang, messages] of others) {
      const untranslated = (Object.keys(en) as (keyof typeof en)[]).filter(
        (key) => !same.has(key) && en[key] === messages[key],
      );
      expect(untranslated, lang).toEqual([]);
    }
  });

  it('name every role, status and history action in every language', () => {
    for (const labels of [ROLE_LABELS, STATUS_LABELS, ACTION_LABELS]) {
      for (const key of Object.values(labels)) {
        for (const messages of Object.values(dictionaries)) expect(messages[key], key).toBeTruthy();
      }
    }
    expect(Object.keys(STATUS_LABELS).sort()).toEqual([...ASSESSMENT_STATUSES].sort());
    expect(Object.keys(ROLE_LABELS).sort()).toEqual([...ROLES].sort());
  });

  it('use the same placeholders in every language', () => {
    for (const [lang, messages] of others)
      for (const key of Object.keys(en) as (keyof typeof en)[]) {
        expect(placeholders(messages[key]), `${lang}.${key}`).toEqual(placeholders(en[key]));
      }
  });
});

describe('interpolate', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(interpolate('{assessed}/{members} ({coverage})', { assessed: 2, members: 5, coverage: '40%' })).toBe(
      '2/5 (40%)',
    );
    expect(interpolate('Methodology {version}.', {})).toBe('Methodology {version}.');
  });
});

describe('pickLocalized', () => {
  it('picks the page language, then the translation of the French, then the English; a blank cell stays blank', () => {
    expect(pickLocalized({ en: 'Europe', fr: 'L’Europe' }, 'fr')).toBe('L’Europe');
    expect(pickLocalized({ en: 'Europe', fr: 'L’Europe', es: 'Europa' }, 'es')).toBe('Europa');
    expect(pickLocalized({ en: 'Cooperation', fr: 'Coopération' }, 'es')).toBe('Cooperación');
    expect(pickLocalized({ en: 'Not translated', fr: 'Pas traduit' }, 'ar')).toBe('Not translated');
    expect(pickLocalized({ en: '', fr: '' }, 'ar')).toBe('');
  });
});
