import { describe, expect, it } from 'vitest';
import { findItem, INSTRUMENT_ITEMS, instrumentView, LOCALES } from '../src/index.js';

describe('the project’s notes on the handbook’s slips', () => {
  it('note on A.12, in every language, that its common gaps are A.9’s', () => {
    const a9 = findItem('A.9')!;
    const a12 = findItem('A.12')!;
    // The slip itself: the handbook prints A.9's interception gaps under forensic science.
    expect(a12.gaps.fr.slice(0, 60)).toBe(a9.gaps.fr.slice(0, 60));
    for (const lang of LOCALES) {
      const note = instrumentView('v1', lang).items.find((i) => i.code === 'A.12')?.note;
      expect(typeof note === 'string' && note.includes('A.9'), lang).toBe(true);
    }
  });

  it('leave every other item as the handbook prints it, and the handbook’s text unchanged', () => {
    expect(INSTRUMENT_ITEMS.filter((i) => i.note).map((i) => i.code)).toEqual(['A.12']);
    expect(findItem('A.12')!.gaps.fr).toBe(
      "Pas de prérogatives, de politiques ou de procédures officielles régissant l'utilisation de matériel électronique d'interception. Insuffisance de compétences/d'expertise/de matériel.",
    );
  });
});
