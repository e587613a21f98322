import { describe, expect, it } from 'vitest';
import { createNumberFormatters } from '../src/i18n/numberFormatters';

const LRI = '\u2066';
const PDI = '\u2069';

describe('number formatters by language', () => {
  it('write Arabic figures in Western digits, signed ones isolated left to right', () => {
    const ar = createNumberFormatters('ar');
    expect(ar.index(54.25)).toMatch(/^54[.,٫]3$/);
    expect(ar.count(148)).toBe('148');
    expect(ar.signedInteger(-13)).toMatch(new RegExp(`^${LRI}[-−‎؜]*13${PDI}$`));
    expect(ar.signedIndex(1.2).startsWith(LRI)).toBe(true);
    expect(ar.signedIndex(1.2).endsWith(PDI)).toBe(true);
    expect(ar.index(54.25)).not.toMatch(/[٠-٩]/);
  });

  it('use each language’s separators and leave left-to-right signs alone', () => {
    expect(createNumberFormatters('en').quantity(1250.5)).toBe('1,250.5');
    expect(createNumberFormatters('es').index(54.25)).toBe('54,3');
    expect(createNumberFormatters('fr').signedInteger(4)).toBe('+4');
    expect(createNumberFormatters('en').signedInteger(-2)).toBe('-2');
  });
});
