/** An import file with errors: nothing is written, and each error names its row, column, code and params. */
import { importHeader } from '@cpc/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WORKED_EXAMPLE, cellsOf, clientFor, csvOf, type Client } from './assessment-fixtures.js';
import { startTestApp, type TestApp } from './test-app.js';

let t: TestApp;
let analyst: Client;
const HEADER = importHeader();

beforeAll(async () => {
  t = await startTestApp();
  analyst = await clientFor(t, { role: 'analyst' });
});
afterAll(() => t.close());

function upload(file: Buffer, name: string) {
  return analyst.post('/api/assessments/import').attach('file', file, name);
}

async function assessmentCount(): Promise<number> {
  const { rows } = await t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM assessments');
  return rows[0]!.n;
}

const row = (country: string, year: number, status: string, answers: Record<string, unknown>, extra = {}) => ({
  country,
  year: String(year),
  status,
  ...cellsOf(answers as Parameters<typeof cellsOf>[0]),
  ...extra,
});

describe('a file with errors on several rows', () => {
  it('writes nothing and reports every error with its row and column', async () => {
    const file = csvOf(HEADER, [
      row('FRA', 2022, 'submitted', WORKED_EXAMPLE), // row 2: fine
      row('DEU', 2022, 'submitted', { ...WORKED_EXAMPLE, 'A.2.2': 'weekly' }), // row 3
      row('ITA', 2022, 'draft', WORKED_EXAMPLE, { 'A.13': '' }), // row 4: two errors
      row('QQQ', 1989, 'submitted', WORKED_EXAMPLE), // row 5: two errors
      row('FRA', 2022, 'validated', WORKED_EXAMPLE), // row 6: the same country-year as row 2
      row('ESP', 2022, 'submitted', { ...WORKED_EXAMPLE, 'A.18': 'high' }), // row 7
    ]);
    const res = await upload(file, 'errors.csv').expect(422);
    expect(res.body.message).toBe('Nothing was imported: 7 errors on 5 rows');
    // Each error keeps its English message for API clients, and carries a code and params to translate it.
    expect(res.body.errors).toEqual([
      {
        row: 3,
        column: 'A.2.2',
        message: expect.stringMatching(/^A\.2\.2: unknown option "weekly"/),
        code: 'unknown_option',
        params: expect.objectContaining({ value: 'weekly' }),
      },
      {
        row: 4,
        column: 'status',
        message: 'status: expected submitted or validated, got "draft"',
        code: 'invalid_value',
        params: { values: ['submitted', 'validated'], value: 'draft' },
      },
      { row: 4, column: 'A.13', message: 'A.13: required, but the cell is empty', code: 'required' },
      {
        row: 5,
        column: 'year',
        message: 'year must be between 1990 and next year',
        code: 'too_small',
        params: { minimum: 1990, origin: 'number' },
      },
      {
        row: 5,
        column: 'country',
        message: 'country: unknown country "QQQ"',
        code: 'unknown_country',
        params: { value: 'QQQ' },
      },
      {
        row: 6,
        column: 'country',
        message: 'FRA 2022 is already on row 2',
        code: 'duplicate_row',
        params: { row: 2, fields: ['country', 'year'] },
      },
      // Reported once: an unreadable A.18 is not reported again as missing.
      {
        row: 7,
        column: 'A.18',
        message: 'A.18: expected an integer level from 1 to 5',
        code: 'expected_level',
        params: { minimum: 1, maximum: 5 },
      },
    ]);
    expect(await assessmentCount()).toBe(0);
  });

  it('names an unknown column in the header (row 1)', async () => {
    const file = csvOf([...HEADER, 'A.99', 'colour'], [row('FRA', 2022, 'submitted', WORKED_EXAMPLE)]);
    const res = await upload(file, 'columns.csv').expect(422);
    expect(res.body.errors.map((e: { row: number; column: string }) => [e.row, e.column])).toEqual([
      [1, 'A.99'],
      [1, 'colour'],
    ]);
    expect(await assessmentCount()).toBe(0);
  });
});
