import { describe, expect, it } from 'vitest';
import {
  importExampleRow,
  importHeader,
  parseImportHeader,
  parseImportRow,
  parseImportTable,
  type ImportTable,
} from '../src/index.js';
import { WORKED_EXAMPLE } from './fixtures.js';

const KNOWN = { knownCountries: new Set(['FRA', 'KEN', 'BRA']) };
const HEADER = importHeader();

/** A row of the template header filled from a record column → cell. */
function rowOf(cells: Record<string, string>): string[] {
  return HEADER.map((column) => cells[column] ?? '');
}

/** The worked example as spreadsheet cells, written by hand. */
const WORKED_CELLS: Record<string, string> = {
  'A.1': 'mou;joint_committee',
  'A.2.1': 'yes',
  'A.2.2': 'regular',
  'A.3.1': 'no',
  'A.4.1': 'partial',
  'A.4.2': 'informal',
  'A.5.1': 'narcotics; currency; weapons',
  'A.5.2': 'Les armes relèvent exclusivement de la police.',
  'A.6': 'yes',
  'A.7.1': 'customs_offences',
  'A.8': 'partial',
  'A.9': 'yes',
  'A.10': 'other_agency',
  'A.11': 'no',
  'A.12': 'own',
  'A.13': 'no',
  'A.14.1': 'one_way',
  'A.15.1': 'yes',
  'A.16.1': 'no',
  'A.17': 'lack_of_trust;separate_ministries',
  'A.18': '3',
  'A.19': 'partial',
};

function table(...rows: Record<string, string>[]): ImportTable {
  return { header: { row: 1, cells: HEADER }, rows: rows.map((r, i) => ({ row: i + 2, cells: rowOf(r) })) };
}

describe('the header', () => {
  it('is country, year, status, the 27 item codes in order, then a comment column per item', () => {
    expect(HEADER.slice(0, 5)).toEqual(['country', 'year', 'status', 'A.1', 'A.2.1']);
    expect(HEADER).toHaveLength(3 + 27 + 27);
    expect(HEADER[3 + 26]).toBe('A.19');
    expect(HEADER[3 + 27]).toBe('comment:A.1');
    expect(parseImportHeader(HEADER).errors).toEqual([]);
  });

  it('matches names regardless of case and surrounding spaces', () => {
    const { columns, errors } = parseImportHeader([' Country', 'YEAR', 'status', 'a.2.1', 'Comment: a.1']);
    expect(errors).toEqual([]);
    expect(columns.map((c) => c.name)).toEqual(['country', 'year', 'status', 'A.2.1', 'comment:A.1']);
  });

  it('names an unknown column, a repeated one and a missing key column', () => {
    const { errors } = parseImportHeader(['country', 'status', 'A.2.1', 'A.99', 'comment:B.1', 'A.2.1']);
    expect(errors.map((e) => e.column)).toEqual(['A.99', 'comment:B.1', 'A.2.1', 'year']);
    expect(errors[0]!.message).toMatch(/^unknown column "A.99"/);
    expect(errors[2]!.message).toBe('the column appears twice (columns 3 and 6)');
    expect(errors[3]!.message).toBe('missing column "year"');
  });
});

describe('the score columns of a raw export', () => {
  it('are skipped whatever they hold, so that an export re-imports as it is', () => {
    const header = [...HEADER, 'score:overall', 'Score:governance', 'score:anything'];
    const { columns, errors } = parseImportHeader(header);
    expect(errors).toEqual([]);
    expect(columns.slice(-3).map((c) => c.kind)).toEqual(['ignored', 'ignored', 'ignored']);
    const cells = [...rowOf({ country: 'FRA', year: '2024', status: 'submitted', ...WORKED_CELLS }), 'x', '=1+1', ''];
    const result = parseImportTable({ header: { row: 1, cells: header }, rows: [{ row: 2, cells }] }, KNOWN);
    expect(result.errors).toEqual([]);
    expect(result.rows[0]!.answers).toEqual(WORKED_EXAMPLE);
  });

  it('may repeat: only the import columns must be unique', () => {
    expect(parseImportHeader([...HEADER, 'score:overall', 'score:overall']).errors).toEqual([]);
  });
});

describe('reading one row', () => {
  const { columns } = parseImportHeader(HEADER);

  it('reads the worked example into the same answer set as the methodology document', () => {
    const row = parseImportRow(columns, rowOf({ country: 'fra', year: '2024', status: 'Submitted', ...WORKED_CELLS }));
    expect(row.errors).toEqual([]);
    expect(row).toMatchObject({ country: 'FRA', year: 2024, status: 'submitted' });
    expect(row.answers).toEqual(WORKED_EXAMPLE);
  });

  it('takes an empty multi cell as the empty list, and any other empty cell as no answer', () => {
    const row = parseImportRow(columns, rowOf({ 'A.17': '', 'A.2.1': '', 'A.5.2': '' }));
    expect(row.answers).toEqual({ 'A.1': [], 'A.5.1': [], 'A.17': [] });
  });

  it('lower-cases option codes and keeps texts and comments as written', () => {
    const row = parseImportRow(
      columns,
      rowOf({ 'A.2.1': ' YES ', 'A.7.2': 'Douane ET police', 'comment:A.2.1': 'Voir la loi n° 12' }),
    );
    expect(row.answers['A.2.1']).toBe('yes');
    expect(row.answers['A.7.2']).toBe('Douane ET police');
    expect(row.comments).toEqual({ 'A.2.1': 'Voir la loi n° 12' });
  });

  it('names the cell of a malformed key, level or stray value', () => {
    const row = parseImportRow(columns, [
      ...rowOf({ country: 'France', year: '24', status: 'draft', 'A.18': 'three' }),
      '',
      'oops',
    ]);
    expect(row.errors).toEqual([
      {
        column: 'country',
        message: 'country: expected an ISO 3166-1 alpha-3 code, got "France"',
        code: 'not_iso3',
        params: { value: 'France' },
      },
      {
        column: 'year',
        message: 'year must be between 1990 and next year',
        code: 'too_small',
        params: { minimum: 1990, origin: 'number' },
      },
      {
        column: 'status',
        message: 'status: expected submitted or validated, got "draft"',
        code: 'invalid_value',
        params: { values: ['submitted', 'validated'], value: 'draft' },
      },
      {
        column: 'A.18',
        message: 'A.18: expected an integer level from 1 to 5',
        code: 'expected_level',
        params: { minimum: 1, maximum: 5 },
      },
      {
        column: `column ${HEADER.length + 2}`,
        message: 'a value to the right of the last column',
        code: 'no_column_header',
      },
    ]);
  });
});

describe('reading a whole table', () => {
  it('accepts complete rows, skipping blank and # rows, with their spreadsheet row numbers', () => {
    const t = table(
      { country: 'FRA', year: '2024', status: 'submitted', ...WORKED_CELLS },
      {},
      { country: '# a note', year: 'whatever' },
      { country: 'KEN', year: '2023', status: 'validated', ...WORKED_CELLS, 'comment:A.13': 'Budget cuts' },
    );
    const { rows, errors } = parseImportTable(t, KNOWN);
    expect(errors).toEqual([]);
    expect(rows.map((r) => [r.row, r.country, r.year, r.status])).toEqual([
      [2, 'FRA', 2024, 'submitted'],
      [5, 'KEN', 2023, 'validated'],
    ]);
    expect(rows[1]!.comments).toEqual({ 'A.13': 'Budget cuts' });
  });

  it('reports every error of every row, with row and column', () => {
    const t = table(
      { country: 'FRA', year: '2024', status: 'submitted', ...WORKED_CELLS, 'A.2.2': 'weekly' },
      { country: 'XYZ', year: '2024', status: 'submitted', ...WORKED_CELLS, 'A.13': '' },
      { country: 'KEN', year: '2023', status: 'submitted', ...WORKED_CELLS, 'A.3.2': 'mou', 'A.1': 'none;mou' },
      { country: 'FRA', year: '2024', status: 'validated', ...WORKED_CELLS },
    );
    const { rows, errors } = parseImportTable(t, KNOWN);
    expect(rows.map((r) => r.row)).toEqual([]);
    expect(errors.map((e) => [e.row, e.column])).toEqual([
      [2, 'A.2.2'],
      [3, 'country'],
      [3, 'A.13'],
      [4, 'A.1'],
      [5, 'country'],
    ]);
    expect(errors[0]!.message).toMatch(/^A\.2\.2: unknown option "weekly"/);
    expect(errors[1]!.message).toBe('country: unknown country "XYZ"');
    expect(errors[2]!.message).toBe('A.13: required, but the cell is empty');
    // Shape errors come first; the applicability of A.3.2 is checked once A.1 is fixed.
    expect(errors[3]!.message).toBe('A.1: "none" cannot be combined with another option');
    expect(errors[4]!.message).toBe('FRA 2024 is already on row 2');
  });

  it('reports an answer to an item that does not apply', () => {
    const t = table({ country: 'BRA', year: '2020', status: 'submitted', ...WORKED_CELLS, 'A.3.2': 'mou' });
    expect(parseImportTable(t, KNOWN).errors).toEqual([
      {
        row: 2,
        column: 'A.3.2',
        message: 'A.3.2: does not apply (only when A.3.1 is not no)',
        code: 'applies_only_if_not',
        params: { item: 'A.3.1', value: 'no' },
      },
    ]);
  });

  it('stops at the header when it is wrong', () => {
    const t: ImportTable = {
      header: { row: 1, cells: ['country', 'year', 'A.2.1', 'colour'] },
      rows: [{ row: 2, cells: ['FRA', '2024', 'maybe', 'red'] }],
    };
    expect(parseImportTable(t, KNOWN).errors.map((e) => [e.row, e.column])).toEqual([
      [1, 'colour'],
      [1, 'status'],
    ]);
  });

  it('names a required item whose column the file lacks', () => {
    const header = HEADER.filter((c) => c !== 'A.13');
    const cells = rowOf({ country: 'FRA', year: '2024', status: 'submitted', ...WORKED_CELLS });
    const t: ImportTable = {
      header: { row: 1, cells: header },
      rows: [{ row: 2, cells: cells.filter((_, i) => HEADER[i] !== 'A.13') }],
    };
    expect(parseImportTable(t, KNOWN).errors).toEqual([
      {
        row: 2,
        column: 'A.13',
        message: 'A.13: required, but the file has no A.13 column',
        code: 'missing_column',
        params: { column: 'A.13' },
      },
    ]);
  });

  it('says so when there is no data row', () => {
    const t: ImportTable = { header: { row: 1, cells: HEADER }, rows: [{ row: 2, cells: importExampleRow() }] };
    expect(parseImportTable(t, KNOWN).errors).toEqual([
      { row: 2, column: 'country', message: 'no data rows under the header', code: 'no_data_rows' },
    ]);
  });
});

describe('the template example row', () => {
  it('is skipped as it is, and imports cleanly once its first cell is a country', () => {
    const example = importExampleRow();
    expect(example[0]).toMatch(/^#/);
    const filled = ['FRA', ...example.slice(1)];
    const { rows, errors } = parseImportTable(
      { header: { row: 1, cells: HEADER }, rows: [{ row: 2, cells: filled }] },
      KNOWN,
    );
    expect(errors).toEqual([]);
    expect(rows[0]!.answers).toEqual({ ...WORKED_EXAMPLE, 'A.5.2': 'Weapons are a police matter only.' });
  });
});
