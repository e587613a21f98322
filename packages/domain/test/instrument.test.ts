import { describe, expect, it } from 'vitest';
import { INSTRUMENT_ITEMS, instrumentView, isScored } from '../src/index.js';

describe('the instrument contract', () => {
  it('has the 27 items of section X, with their types', () => {
    expect(INSTRUMENT_ITEMS.map((i) => `${i.code}:${i.type}`)).toEqual([
      'A.1:multi',
      'A.2.1:tri',
      'A.2.2:choice',
      'A.3.1:tri',
      'A.3.2:choice',
      'A.4.1:tri',
      'A.4.2:choice',
      'A.5.1:multi',
      'A.5.2:text',
      'A.6:tri',
      'A.7.1:choice',
      'A.7.2:text',
      'A.8:tri',
      'A.9:tri',
      'A.10:choice',
      'A.11:tri',
      'A.12:choice',
      'A.13:tri',
      'A.14.1:choice',
      'A.14.2:text',
      'A.15.1:yesno',
      'A.15.2:text',
      'A.16.1:yesno',
      'A.16.2:text',
      'A.17:multi',
      'A.18:level',
      'A.19:tri',
    ]);
  });

  it('scores 20 items over nine dimensions', () => {
    const scored = INSTRUMENT_ITEMS.filter(isScored);
    expect(scored).toHaveLength(20);
    expect(new Set(scored.map((i) => i.dimension)).size).toBe(9);
  });

  it('has the option codes of the contract', () => {
    const codes = (code: string) => INSTRUMENT_ITEMS.find((i) => i.code === code)!.options.map((o) => o.code);
    expect(codes('A.1')).toEqual(['none', 'informal', 'mou', 'moa', 'legislation', 'joint_committee']);
    expect(codes('A.5.1')).toEqual([
      'narcotics',
      'counterfeits',
      'endangered_species',
      'currency',
      'weapons',
      'tobacco_alcohol',
      'cultural_goods',
      'hazardous_waste',
    ]);
    expect(codes('A.17')).toEqual([
      'overlapping_mandates',
      'no_information_exchange',
      'legal_barriers',
      'lack_of_trust',
      'resource_constraints',
      'separate_ministries',
      'other',
    ]);
  });

  it('gives texts in one language with lang, and in every locale without', () => {
    const fr = instrumentView('v1', 'fr');
    const every = instrumentView('v1');
    expect(fr.items[0]!.options[2]!.label).toBe('Protocole d’entente (PE)');
    expect(instrumentView('v1', 'es').items[0]!.options[2]!.label).toBe('Memorando de entendimiento (MdE)');
    expect(every.items[0]!.options[2]!.label).toEqual({
      en: 'Memorandum of understanding (MoU)',
      fr: 'Protocole d’entente (PE)',
      es: 'Memorando de entendimiento (MdE)',
      ar: 'مذكرة تفاهم (PE)',
    });
    expect(fr.methodologyVersion).toBe('v1');
  });
});
