import { describe, expect, it } from 'vitest';
import { readSpreadsheet } from '../src/common/spreadsheet-reader.js';

/** A CSV upload of `rows` data rows under a three-column header. */
function csvUpload(rows: number) {
  const text = ['code,country,count', ...Array.from({ length: rows }, (_, i) => `OP-${i},SEN,${i}`)].join('\r\n');
  const buffer = Buffer.from(text);
  return { originalname: 'large.csv', mimetype: 'text/csv', size: buffer.length, buffer };
}

describe('reading a large CSV', () => {
  it('lets other work of the process run before the file is read to its end', async () => {
    let read = false;
    let readWhenOtherWorkRan: boolean | undefined;
    setImmediate(() => (readWhenOtherWorkRan = read));
    const table = await readSpreadsheet(csvUpload(10_000), 20_000);
    read = true;
    expect(readWhenOtherWorkRan).toBe(false);
    expect(table.rows).toHaveLength(10_000);
    expect(table.rows[9_999]).toEqual({ row: 10_001, cells: ['OP-9999', 'SEN', '9999'] });
  });

  it('reads a small file the same way', async () => {
    const table = await readSpreadsheet(csvUpload(3));
    expect(table.header).toEqual({ row: 1, cells: ['code', 'country', 'count'] });
    expect(table.rows.map((r) => r.cells[0])).toEqual(['OP-0', 'OP-1', 'OP-2']);
  });
});
