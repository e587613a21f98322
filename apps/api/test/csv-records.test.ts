import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { runAtOnce } from '@cpc/domain';
import { parseCsvRecordsInSlices } from '../src/common/csv-records.js';

const parseCsvRecords = (text: string, delimiter: string) => runAtOnce(parseCsvRecordsInSlices(text, delimiter));

/** csv-parse, a mature RFC 4180 parser, is the reference the fast reader must agree with. */
function reference(text: string, delimiter: string): string[][] {
  return parse(text, { bom: true, delimiter, relax_column_count: true, skip_empty_lines: false });
}

const CASES: [name: string, text: string, delimiter: string][] = [
  ['CRLF line ends', 'a,b\r\nc,d\r\n', ','],
  ['LF line ends, no final newline', 'a,b\nc,d', ','],
  ['quoted delimiter, doubled quotes and a line break in a field', 'a,"b,""x""\nz",c\n', ','],
  ['a BOM, semicolons, a trailing empty field and a blank line', '\ufeffx;y;\n1;2;3\n\n4', ';'],
  ['tabs', 'a\tb\n"c\td"\te\n', '\t'],
  ['empty fields everywhere', ',,\n,\n', ','],
  ['accents and non-Latin text', 'Côte d’Ivoire,São Tomé,"Ελλάδα, 中国"\n', ','],
  ['a lone comma', ',', ','],
  ['nothing', '', ','],
];

describe('the fast CSV reader', () => {
  it.each(CASES)('reads %s as csv-parse does', (_name, text, delimiter) => {
    expect(parseCsvRecords(text, delimiter)).toEqual(reference(text, delimiter));
  });

  it('reads a generated file of mixed quoted and plain fields as csv-parse does', () => {
    const lines: string[] = [];
    for (let i = 0; i < 500; i++)
      lines.push(
        [`op-${i}`, i % 3 === 0 ? `"name, ""${i}"""` : `name ${i}`, i % 7 === 0 ? '"two\nlines"' : '', String(i)].join(
          ',',
        ),
      );
    const text = lines.join('\r\n') + '\r\n';
    expect(parseCsvRecords(text, ',')).toEqual(reference(text, ','));
  });

  it('refuses a quote left open, naming the line where it opened', () => {
    expect(() => parseCsvRecords('a,b\nc,"d\ne', ',')).toThrow('a quoted field opened on line 2 is never closed');
  });
});
