import { describe, expect, it } from 'vitest';
import { csvDocument, csvField, csvRecord, flattenRows, formatNumberCell, neutralizeFormula } from '../src/index.js';

describe('a number in a CSV cell', () => {
  it.each([
    [0.1, '0.1'],
    [1234567.5, '1234567.5'],
    [1e-7, '0.0000001'],
    [-3, '-3'],
    [0, '0'],
    [36.6667, '36.6667'],
    [123456789012, '123456789012'],
    [1.5e-7, '0.00000015'],
  ])('%d is written %s: dot decimals, no thousands separator, no exponent', (value, text) => {
    expect(formatNumberCell(value)).toBe(text);
    expect(csvField(value)).toBe(text);
  });

  it('is empty when it is not a finite number', () => {
    expect(csvField(Number.NaN)).toBe('');
  });

  it('is never taken for a formula, even negative', () => {
    expect(csvField(-3)).toBe('-3');
  });
});

describe('a text in a CSV cell (RFC 4180)', () => {
  it.each([
    ['plain', 'plain'],
    ['a, b', '"a, b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['two\r\nlines', '"two\r\nlines"'],
    ['Côte d’Ivoire', 'Côte d’Ivoire'],
    ['São Tomé; Príncipe', 'São Tomé; Príncipe'],
  ])('%j is written %j', (text, field) => {
    expect(csvField(text)).toBe(field);
  });

  it.each([
    ['=HYPERLINK("x")', `"'=HYPERLINK(""x"")"`],
    ['+33 1 23', "'+33 1 23"],
    ['-3', "'-3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tindent', "'\tindent"],
  ])('%j starts like a formula: an apostrophe in front (OWASP)', (text, field) => {
    expect(csvField(text)).toBe(field);
  });

  it('leaves a formula character inside a text alone', () => {
    expect(neutralizeFormula('a=b')).toBe('a=b');
  });
});

describe('other CSV cells', () => {
  it('writes null as empty and yes/no as TRUE/FALSE, which R, pandas and Excel read as logical', () => {
    expect(csvRecord([null, true, false, 'x'])).toBe(',TRUE,FALSE,x\r\n');
  });
});

describe('a CSV document', () => {
  const table = flattenRows([
    { region: 'R1', regionName: { en: '=A1', fr: 'Région, un' }, mean: 0.1, suppressed: false },
    { region: 'R2', regionName: { en: 'Two\nlines', fr: 'Deux' }, mean: null, suppressed: true },
  ]);

  it('is the header, then one CRLF-terminated record per row', () => {
    expect(csvDocument(table, false)).toBe(
      'region,regionName.en,regionName.fr,mean,suppressed\r\n' +
        `R1,'=A1,"Région, un",0.1,FALSE\r\n` +
        'R2,"Two\nlines",Deux,,TRUE\r\n',
    );
  });

  it('starts with a UTF-8 byte-order mark only when asked', () => {
    expect(csvDocument(table, true).startsWith('\uFEFFregion,')).toBe(true);
    expect(csvDocument(table, false).startsWith('region,')).toBe(true);
  });

  it('is a header alone for no rows with columns, and empty without columns', () => {
    expect(csvDocument({ columns: ['a', 'b'], rows: [] }, false)).toBe('a,b\r\n');
    expect(csvDocument(flattenRows([]), false)).toBe('');
  });
});
