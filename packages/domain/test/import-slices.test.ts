import { describe, expect, it } from 'vitest';
import {
  parseImportTable,
  parseImportTableInSlices,
  parseOperationsImportTable,
  parseOperationsImportTableInSlices,
  ROWS_PER_SLICE,
  SCORED_ROWS_PER_SLICE,
  computeScoresUnderEveryVersion,
  scoreImportRowsInSlices,
  type ImportRow,
  type ImportTable,
  type Sliced,
} from '../src/index.js';
import { BEST_PRACTICE, WORKED_EXAMPLE } from './fixtures.js';
import { cocaine, DAKAR, HARMATTAN, KNOWN, table } from './operations-import.fixture.js';

/** Runs `work` to its end, counting the times it stopped between slices. */
function drain<T>(work: Sliced<T>): { value: T; pauses: number } {
  let pauses = 0;
  for (;;) {
    const step = work.next();
    if (step.done) return { value: step.value, pauses };
    pauses++;
  }
}

describe('the import parsers in slices', () => {
  it('stop once per 2,000 rows read and give what the parser run at once gives', () => {
    expect(ROWS_PER_SLICE).toBe(2_000);
    // 1,125 operations × 4 countries: 4,500 rows, so two full slices of 2,000 and a last one of 500.
    const rows = Array.from({ length: 1_125 }, (_, k) =>
      ['SEN', 'TGO', 'CIV', 'GHA'].map((country) => ({
        ...HARMATTAN,
        operation_code: `OP-${k}`,
        ...DAKAR,
        country,
        ...cocaine('1', '2'),
      })),
    ).flat();
    const t = table(...rows);
    const sliced = drain(parseOperationsImportTableInSlices(t, KNOWN));
    expect(sliced.pauses).toBe(2);
    expect(sliced.value.errors).toEqual([]);
    expect(sliced.value.operations).toHaveLength(1_125);
    expect(sliced.value.results).toHaveLength(4_500);
    expect(sliced.value).toEqual(parseOperationsImportTable(t, KNOWN));
  });

  it('count the assessment rows the same way, refused rows included', () => {
    const header = ['country', 'year', 'status'];
    const t: ImportTable = {
      header: { row: 1, cells: header },
      rows: Array.from({ length: 4_001 }, (_, i) => ({ row: i + 2, cells: ['ZZZ', String(2000 + (i % 20)), 'draft'] })),
    };
    const sliced = drain(parseImportTableInSlices(t, KNOWN));
    expect(sliced.pauses).toBe(2);
    expect(sliced.value.rows).toEqual([]);
    expect(sliced.value).toEqual(parseImportTable(t, KNOWN));
  });
});

describe('scoring import rows in slices', () => {
  const row = (n: number, answers: ImportRow['answers']): ImportRow => ({
    row: n,
    country: 'SEN',
    year: 2000 + n,
    status: 'submitted',
    answers,
    comments: {},
  });

  it('stops once per 250 rows and pairs each row with its own scores', () => {
    expect(SCORED_ROWS_PER_SLICE).toBe(250);
    // 601 rows: two full slices of 250 and a last one of 101.
    const rows = Array.from({ length: 601 }, (_, i) => row(i + 2, i % 2 === 0 ? WORKED_EXAMPLE : BEST_PRACTICE));
    const { value, pauses } = drain(scoreImportRowsInSlices(rows));
    expect(pauses).toBe(2);
    expect(value).toHaveLength(601);
    expect(value[0]).toEqual({ row: rows[0], scores: computeScoresUnderEveryVersion(WORKED_EXAMPLE) });
    expect(value[600]).toEqual({ row: rows[600], scores: computeScoresUnderEveryVersion(WORKED_EXAMPLE) });
    expect(value[599]).toEqual({ row: rows[599], scores: computeScoresUnderEveryVersion(BEST_PRACTICE) });
  });

  it('throws, naming the row, for an answer set the checks should have refused', () => {
    expect(() => drain(scoreImportRowsInSlices([row(7, {})]))).toThrow(/^row 7: /);
  });
});
