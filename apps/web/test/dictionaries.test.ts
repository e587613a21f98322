import { describe, expect, it } from 'vitest';
import { dictionaries } from '../src/i18n/dictionaries';
import { interpolate, pickLocalized } from '../src/i18n/translate';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('dictionaries', () => {
  const { en, fr } = dictionaries;

  it('have the same keys in English and French', () => {
    expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
  });

  it('have no empty text', () => {
    for (const [lang, messages] of Object.entries(dictionaries)) {
      for (const [key, text] of Object.entries(messages)) {
        expect(text.trim(), `${lang}.${key}`).not.toBe('');
      }
    }
  });

  it('use the same placeholders in both languages', () => {
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(placeholders(fr[key]), key).toEqual(placeholders(en[key]));
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
  it('picks the page language and falls back to English for a blank translation', () => {
    expect(pickLocalized({ en: 'Europe', fr: 'L’Europe' }, 'fr')).toBe('L’Europe');
    expect(pickLocalized({ en: 'Europe', fr: '' }, 'fr')).toBe('Europe');
  });
});
