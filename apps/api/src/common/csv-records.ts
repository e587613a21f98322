import { SliceCounter, type Sliced } from '@cpc/domain';

/**
 * RFC 4180 records from CSV text, in slices of records (slices.ts in the domain): fields split on `delimiter`,
 * quoted fields may hold delimiters, doubled quotes and line breaks; CRLF, LF or CR end a record. Written for
 * speed on large imports (a slice of the text per unquoted field, no per-character string building). Throws
 * on a quote left open.
 */
export function* parseCsvRecordsInSlices(text: string, delimiter: string): Sliced<string[][]> {
  const records: string[][] = [];
  const length = text.length;
  const delim = delimiter.charCodeAt(0);
  const slices = new SliceCounter();
  let record: string[] = [];
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  while (i < length) {
    const field = text.charCodeAt(i) === 34 ? readQuotedField(text, i, delim, line) : readPlainField(text, i, delim);
    record.push(field.value);
    i = field.end;
    line += field.lineBreaks;
    const c = text.charCodeAt(i);
    if (c === delim) {
      i++;
      if (i === length) record.push('');
      continue;
    }
    records.push(record);
    record = [];
    if (slices.ended()) yield;
    i += c === 13 && text.charCodeAt(i + 1) === 10 ? 2 : 1;
    line++;
  }
  if (record.length > 0) records.push(record);
  return records;
}

/** A field's text, the index just after it (on its delimiter or line end) and the line breaks it holds. */
interface Field {
  value: string;
  end: number;
  lineBreaks: number;
}

function readPlainField(text: string, start: number, delim: number): Field {
  let end = start;
  while (end < text.length && !isEnd(text.charCodeAt(end), delim)) end++;
  return { value: text.slice(start, end), end, lineBreaks: 0 };
}

/** A quoted field: doubled quotes are one, and anything between the closing quote and the delimiter is kept. */
function readQuotedField(text: string, start: number, delim: number, line: number): Field {
  let value = '';
  let from = start + 1;
  for (;;) {
    const quote = text.indexOf('"', from);
    if (quote < 0) throw new Error(`a quoted field opened on line ${line} is never closed`);
    value += text.slice(from, quote);
    if (text.charCodeAt(quote + 1) !== 34) {
      from = quote + 1;
      break;
    }
    value += '"';
    from = quote + 2;
  }
  let lineBreaks = 0;
  for (const ch of value) if (ch === '\n') lineBreaks++;
  // Anything between the closing quote and the next delimiter is kept, as spreadsheets do.
  const rest = readPlainField(text, from, delim);
  return { value: value + rest.value, end: rest.end, lineBreaks };
}

function isEnd(c: number, delim: number): boolean {
  return c === delim || c === 10 || c === 13;
}
