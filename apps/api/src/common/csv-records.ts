/**
 * RFC 4180 records from CSV text: fields split on `delimiter`, quoted fields may hold delimiters, doubled
 * quotes and line breaks; CRLF, LF or CR end a record. Written for speed on large imports (a slice per
 * unquoted field, no per-character string building). Throws on a quote left open.
 */
export function parseCsvRecords(text: string, delimiter: string): string[][] {
  const records: string[][] = [];
  const length = text.length;
  const delim = delimiter.charCodeAt(0);
  let record: string[] = [];
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  while (i <= length) {
    if (i === length) {
      if (record.length > 0) records.push(record);
      break;
    }
    let field: string;
    if (text.charCodeAt(i) === 34) {
      const start = line;
      let value = '';
      let from = i + 1;
      for (;;) {
        const quote = text.indexOf('"', from);
        if (quote < 0) throw new Error(`a quoted field opened on line ${start} is never closed`);
        value += text.slice(from, quote);
        if (text.charCodeAt(quote + 1) === 34) {
          value += '"';
          from = quote + 2;
        } else {
          i = quote + 1;
          break;
        }
      }
      for (const ch of value) if (ch === '\n') line++;
      field = value;
      // Anything between the closing quote and the next delimiter is kept, as spreadsheets do.
      let end = i;
      while (end < length && !isEnd(text.charCodeAt(end), delim)) end++;
      field += text.slice(i, end);
      i = end;
    } else {
      let end = i;
      while (end < length && !isEnd(text.charCodeAt(end), delim)) end++;
      field = text.slice(i, end);
      i = end;
    }
    record.push(field);
    const c = text.charCodeAt(i);
    if (c === delim) {
      i++;
      if (i === length) record.push('');
      continue;
    }
    records.push(record);
    record = [];
    if (c === 13 && text.charCodeAt(i + 1) === 10) i += 2;
    else i++;
    line++;
    if (i >= length) break;
  }
  return records;
}

function isEnd(c: number, delim: number): boolean {
  return c === delim || c === 10 || c === 13;
}
