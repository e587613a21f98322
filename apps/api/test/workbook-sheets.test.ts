import { describe, expect, it } from 'vitest';
import { entriesSheet, fittedWidths, plainSheet, tableSheet } from '@cpc/domain';

/** The sheet model every XLSX file is written from: what a sheet states, free of any spreadsheet library. */
describe('a table as a sheet', () => {
  const table = {
    columns: ['region', 'mean'],
    rows: [
      ['Europe', 61.25],
      ['=HYPERLINK("x")', null],
    ],
  };

  it('puts the column names in a bold header row, frozen, above one plain row per table row', () => {
    const sheet = tableSheet('data', table);
    expect(sheet.rows.map((r) => r.style)).toEqual(['header', 'plain', 'plain']);
    expect(sheet.rows[0]!.cells).toEqual(['region', 'mean']);
    expect(sheet.frozen).toEqual({ rows: 1, columns: 0 });
    expect(sheet.choices).toEqual([]);
  });

  it('fits each column to its longest cell as shown (an apostrophe before a formula), plus 2, from 8 to 50', () => {
    expect(fittedWidths(table)).toEqual([18, 8]);
    expect(fittedWidths({ columns: ['x'], rows: [['a'.repeat(80)]] })).toEqual([50]);
    expect(fittedWidths({ columns: ['two'], rows: [['short\nand a longer line']] })).toEqual([19]);
  });
});

describe('key/value entries as a sheet', () => {
  it('wraps each entry, with a bold key column 20 wide and values 100 wide', () => {
    const sheet = entriesSheet('metadata', [
      ['title', 'Maturity'],
      ['n', 3],
    ]);
    expect(sheet.rows).toEqual([
      { cells: ['title', 'Maturity'], style: 'entry' },
      { cells: ['n', 3], style: 'entry' },
    ]);
    expect(sheet.boldFirstColumn).toBe(true);
    expect(sheet.widths).toEqual([20, 100]);
  });
});

describe('a plain sheet', () => {
  it('states nothing but its rows', () => {
    expect(plainSheet('codes', [])).toEqual({
      name: 'codes',
      rows: [],
      widths: [],
      frozen: null,
      boldFirstColumn: false,
      choices: [],
      choiceRows: 0,
    });
  });
});
