import { describe, expect, it } from 'vitest';
import { foldText, matchCountries, type SearchableCountry } from '../src/search/matchCountries';

const FRENCH: SearchableCountry[] = [
  { iso3: 'CIV', name: 'Côte d’Ivoire' },
  { iso3: 'DZA', name: 'Algérie' },
  { iso3: 'ALB', name: 'Albanie' },
  { iso3: 'DEU', name: 'Allemagne' },
  { iso3: 'FRA', name: 'France' },
  { iso3: 'ZAF', name: 'Afrique du Sud' },
  { iso3: 'CAF', name: 'République centrafricaine' },
  { iso3: 'ALG', name: 'Pays fictif au code ALG' },
];
const ARABIC: SearchableCountry[] = [
  { iso3: 'DZA', name: 'الجزائر' },
  { iso3: 'EGY', name: 'مصر' },
  { iso3: 'ARE', name: 'الإمارات العربية المتحدة' },
];
const codes = (matches: { iso3: string }[]) => matches.map((m) => m.iso3);

describe('foldText', () => {
  it('drops accents and case, and makes typographic apostrophes plain', () => {
    expect(foldText('  Côte d’Ivoire ')).toBe("cote d'ivoire");
    expect(foldText('ALGÉRIE')).toBe('algerie');
  });

  it('drops Arabic vowel marks and merges the alef with hamza into the bare alef', () => {
    expect(foldText('الإِمارات')).toBe('الامارات');
  });
});

describe('matchCountries', () => {
  it('finds "Côte d’Ivoire" from "cote", without accent or capital', () => {
    expect(codes(matchCountries(FRENCH, 'cote', 'fr'))).toEqual(['CIV']);
  });

  it('ranks the exact code first, then names that start with the text, then words, codes and the rest', () => {
    // ALG: the code typed in full; "Algérie" starts with it.
    expect(codes(matchCountries(FRENCH, 'ALG', 'fr'))).toEqual(['ALG', 'DZA']);
    // "al": names Albanie, Algérie, Allemagne (alphabetical), then ALB and ALG again are already there.
    expect(codes(matchCountries(FRENCH, 'al', 'fr'))).toEqual(['ALB', 'DZA', 'DEU', 'ALG']);
    // "sud": a word of "Afrique du Sud"; "afri": the start of one name, the inside of another.
    expect(codes(matchCountries(FRENCH, 'sud', 'fr'))).toEqual(['ZAF']);
    expect(matchCountries(FRENCH, 'afri', 'fr').map((m) => `${m.iso3}:${m.rank}`)).toEqual([
      'ZAF:namePrefix',
      'CAF:substring',
    ]);
  });

  it('finds a code from its first letters after the names', () => {
    // "Afrique du Sud" and "République centrafricaine" hold "fr" inside a word.
    expect(matchCountries(FRENCH, 'fr', 'fr').map((m) => `${m.iso3}:${m.rank}`)).toEqual([
      'FRA:namePrefix',
      'ZAF:substring',
      'CAF:substring',
    ]);
    expect(matchCountries(FRENCH, 'ci', 'fr').map((m) => `${m.iso3}:${m.rank}`)).toEqual(['CIV:codePrefix']);
  });

  it('matches Arabic names typed without hamza, and a word after the article', () => {
    expect(codes(matchCountries(ARABIC, 'الامارات', 'ar'))).toEqual(['ARE']);
    expect(codes(matchCountries(ARABIC, 'العربية', 'ar'))).toEqual(['ARE']);
    expect(codes(matchCountries(ARABIC, 'dza', 'ar'))).toEqual(['DZA']);
  });

  it('gives nothing for blank text, and at most `limit` countries', () => {
    expect(matchCountries(FRENCH, '   ', 'fr')).toEqual([]);
    expect(matchCountries(FRENCH, 'a', 'fr', 3)).toHaveLength(3);
  });
});
