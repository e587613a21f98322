import { describe, expect, it } from 'vitest';
import {
  addCompared,
  parseComparedCodes,
  removeCompared,
  withComparedCodes,
} from '../src/compareCountries/comparedCodes';

describe('the countries compared, in the address', () => {
  it('reads ISO3 codes in their order, in any case, each once', () => {
    expect(parseComparedCodes('?c=FRA,deu,%20esp%20&lang=fr')).toEqual(['FRA', 'DEU', 'ESP']);
    expect(parseComparedCodes('?c=FRA%2CDEU')).toEqual(['FRA', 'DEU']);
    expect(parseComparedCodes('?c=FRA,FRA,DEU')).toEqual(['FRA', 'DEU']);
  });

  it('drops what is not a code on its own, and keeps six at most', () => {
    expect(parseComparedCodes('?c=FR,DEU,,1234,ITA')).toEqual(['DEU', 'ITA']);
    expect(parseComparedCodes('?c=AAA,BBB,CCC,DDD,EEE,FFF,GGG')).toEqual(['AAA', 'BBB', 'CCC', 'DDD', 'EEE', 'FFF']);
    expect(parseComparedCodes('?lang=en')).toEqual([]);
  });

  it('writes the codes, keeping the other parameters, and leaves the parameter out when there are none', () => {
    const written = withComparedCodes('?grouping=wco&lang=ar', ['FRA', 'DEU']);
    expect(new URLSearchParams(written).get('c')).toBe('FRA,DEU');
    expect(new URLSearchParams(written).get('lang')).toBe('ar');
    expect(parseComparedCodes(written)).toEqual(['FRA', 'DEU']);
    expect(withComparedCodes('?c=FRA&lang=en', [])).toBe('?lang=en');
  });

  it('adds a country at the end once, never a seventh, and removes one', () => {
    expect(addCompared(['FRA'], 'DEU')).toEqual(['FRA', 'DEU']);
    expect(addCompared(['FRA', 'DEU'], 'FRA')).toEqual(['FRA', 'DEU']);
    expect(addCompared(['A', 'B', 'C', 'D', 'E', 'F'], 'G')).toHaveLength(6);
    expect(removeCompared(['FRA', 'DEU', 'ESP'], 'DEU')).toEqual(['FRA', 'ESP']);
  });
});
