import { describe, expect, it } from 'vitest';
import * as domain from '../src/index.js';
import { inEveryLocale, LOCALES, localize, textDirection, TRANSLATIONS, type Localized } from '../src/index.js';

/** Every {en, fr} text the domain exports (instrument, levels, dimensions, vocabularies, regions), by its French. */
function domainTexts(): Map<string, Localized> {
  const found = new Map<string, Localized>();
  const visit = (value: unknown, depth: number): void => {
    // Zod schemas hold enum objects ({en: 'en', fr: 'fr'}) that are codes, not texts.
    if (!value || typeof value !== 'object' || depth > 12 || '_zod' in value) return;
    const text = value as Partial<Localized>;
    if (typeof text.en === 'string' && typeof text.fr === 'string') {
      found.set(text.fr, text as Localized);
      return;
    }
    for (const child of Object.values(value)) visit(child, depth + 1);
  };
  for (const [name, value] of Object.entries(domain)) if (name !== 'COUNTRIES') visit(value, 0);
  return found;
}

describe('locales', () => {
  it('are English, French, Spanish and Arabic, Arabic alone right to left', () => {
    expect(LOCALES).toEqual(['en', 'fr', 'es', 'ar']);
    expect(LOCALES.map(textDirection)).toEqual(['ltr', 'ltr', 'ltr', 'rtl']);
  });

  it('translate every text of the domain from its French into Spanish and Arabic, and keep blanks blank', () => {
    const texts = domainTexts();
    expect(texts.size).toBeGreaterThan(150);
    for (const [fr, text] of texts)
      for (const locale of ['es', 'ar'] as const) {
        // The project's own texts (file headers, metadata) carry every language; the handbook's are translated from the French.
        const translation = text[locale] ?? TRANSLATIONS[locale]?.[fr];
        if (fr === '') expect(localize(text, locale)).toBe('');
        else {
          expect(translation, `${locale}: ${fr}`).toEqual(expect.any(String));
          expect(translation, `${locale}: ${fr}`).not.toBe('');
          expect(localize(text, locale)).toBe(translation);
        }
      }
  });

  it('prefer a text’s own locale, then its translation, then English', () => {
    const level = { en: 'Cooperation', fr: 'Coopération' };
    expect(localize(level, 'fr')).toBe('Coopération');
    expect(localize(level, 'es')).toBe('Cooperación');
    expect(localize({ ...level, es: 'Cooperación (propia)' }, 'es')).toBe('Cooperación (propia)');
    expect(localize({ en: 'Unknown here', fr: 'Inconnu ici' }, 'ar')).toBe('Unknown here');
    expect(inEveryLocale({ en: '', fr: '' })).toEqual({ en: '', fr: '', es: '', ar: '' });
  });
});
