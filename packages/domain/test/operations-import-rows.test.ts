import { describe, expect, it } from 'vitest';
import {
  ABIDJAN,
  DAKAR,
  DAKAR_PORT,
  HARMATTAN,
  LAGUNE,
  LOME,
  cocaine,
  parse,
  table,
  where,
} from './operations-import.fixture.js';

describe('rows of the same operation or result must agree', () => {
  it('names end_date and the row when a second row of the operation has another end date', () => {
    const t = table(
      { ...HARMATTAN, ...DAKAR, ...cocaine('3', '12.5') },
      { ...HARMATTAN, end_date: '2024-03-16', ...LOME },
    );
    const { errors } = parse(t);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ row: 3, column: 'end_date' });
    expect(errors[0]!.message).toContain('row 2');
    expect(errors[0]!.message).toContain('2024-03-15');
  });

  it('names arrests when a second row of the same operation and country has other arrests', () => {
    const t = table(
      { ...HARMATTAN, ...DAKAR, ...cocaine('3', '12.5') },
      { ...HARMATTAN, ...DAKAR, arrests: '6', commodity: 'heroin', cases: '1', quantity: '0.8', unit: 'kg' },
    );
    const { errors } = parse(t);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ row: 3, column: 'arrests' });
    expect(errors[0]!.message).toContain('row 2');
  });

  it('lets the same country report different figures in different operations', () => {
    const t = table({ ...HARMATTAN, ...DAKAR, ...cocaine('3', '12.5') }, { ...LAGUNE, ...DAKAR_PORT });
    expect(parse(t).errors).toEqual([]);
  });
});

describe('database checks', () => {
  it('rejects more hits than queries, on the hits column', () => {
    const t = table({ ...HARMATTAN, ...LOME, sltd_queries: '10', sltd_hits: '12' });
    expect(where(t)).toEqual([[2, 'sltd_hits']]);
    expect(parse(t).results).toEqual([]);
  });

  it('accepts as many hits as queries', () => {
    const t = table({ ...HARMATTAN, ...LOME, sltd_queries: '10', sltd_hits: '10' });
    expect(parse(t).results[0]!.databaseChecks).toEqual([{ database: 'sltd', queries: 10, hits: 10 }]);
  });

  it('names the empty cell when only one of queries and hits is given', () => {
    const t = table(
      { ...HARMATTAN, ...LOME, smv_queries: '5' },
      { ...LAGUNE, ...ABIDJAN, notices_queries: '', notices_hits: '3' },
    );
    expect(where(t)).toEqual([
      [2, 'smv_hits'],
      [3, 'notices_queries'],
    ]);
  });
});

describe('seizures', () => {
  it('rejects cases given with an empty commodity', () => {
    const t = table({ ...HARMATTAN, ...LOME, cases: '2' });
    expect(where(t)).toEqual([[2, 'cases']]);
  });

  it('rejects the same commodity in the same unit twice in one result', () => {
    const t = table(
      { ...HARMATTAN, ...DAKAR, ...cocaine('3', '12.5') },
      { ...HARMATTAN, ...DAKAR, ...cocaine('1', '4') },
    );
    expect(where(t)).toEqual([[3, 'commodity']]);
  });

  it('accepts the same commodity in two units, and in two results', () => {
    const t = table(
      { ...HARMATTAN, ...DAKAR, commodity: 'alcohol', cases: '1', quantity: '40', unit: 'l' },
      { ...HARMATTAN, ...DAKAR, commodity: 'alcohol', cases: '1', quantity: '24', unit: 'pieces' },
      { ...LAGUNE, ...DAKAR_PORT, commodity: 'alcohol', cases: '1', quantity: '40', unit: 'l' },
    );
    const parsed = parse(t);
    expect(parsed.errors).toEqual([]);
    expect(parsed.results.map((r) => r.seizures.length)).toEqual([2, 1]);
  });

  it('rejects an empty-commodity row after a seizure row of the same result', () => {
    const t = table({ ...HARMATTAN, ...DAKAR, ...cocaine('3', '12.5') }, { ...HARMATTAN, ...DAKAR });
    expect(where(t)).toEqual([[3, 'commodity']]);
  });

  it('rejects a seizure row after the empty-commodity row of the same result, naming that row', () => {
    const t = table({ ...HARMATTAN, ...DAKAR }, { ...HARMATTAN, ...DAKAR, ...cocaine('3', '12.5') });
    const { errors } = parse(t);
    expect(errors.map((e) => [e.row, e.column])).toEqual([[3, 'commodity']]);
    expect(errors[0]!.message).toContain('row 2');
  });

  it('rejects a quantity written with a decimal comma', () => {
    const t = table({ ...HARMATTAN, ...DAKAR, ...cocaine('3', '12,5') });
    expect(where(t)).toEqual([[2, 'quantity']]);
  });
});

describe('cells', () => {
  it('rejects an unknown country, and accepts a known one in lower case', () => {
    const t = table({ ...HARMATTAN, ...LOME, country: 'XYZ' }, { ...HARMATTAN, ...LOME, country: 'gha' });
    const parsed = parse(t);
    expect(parsed.errors.map((e) => [e.row, e.column])).toEqual([[2, 'country']]);
    expect(parsed.errors[0]!.message).toContain('XYZ');
  });

  it('rejects a date that is not a real YYYY-MM-DD date', () => {
    const t = table(
      { ...HARMATTAN, start_date: '2024-13-01', ...LOME },
      { ...LAGUNE, end_date: '20/06/2024', ...ABIDJAN },
      { ...HARMATTAN, operation_code: 'AIRCOP-2023-02', start_date: '2023-02-29', end_date: '2023-03-10', ...LOME },
    );
    expect(where(t)).toEqual([
      [2, 'start_date'],
      [3, 'end_date'],
      [4, 'start_date'],
    ]);
  });

  it('rejects an end date before the start date, and accepts a one-day operation', () => {
    const t = table(
      { ...HARMATTAN, start_date: '2024-03-15', end_date: '2024-03-14', ...LOME },
      { ...LAGUNE, start_date: '2024-06-10', end_date: '2024-06-10', ...ABIDJAN },
    );
    const parsed = parse(t);
    expect(parsed.errors.map((e) => [e.row, e.column])).toEqual([[2, 'end_date']]);
    expect(parsed.operations.map((o) => o.code)).toEqual(['CCP-2024-07']);
  });

  it('rejects negative and decimal counts', () => {
    const t = table(
      { ...HARMATTAN, ...LOME, arrests: '-1' },
      { ...LAGUNE, ...ABIDJAN, persons_checked: '2.5' },
      { ...HARMATTAN, ...DAKAR, ...cocaine('1.5', '3') },
    );
    expect(where(t)).toEqual([
      [2, 'arrests'],
      [3, 'persons_checked'],
      [4, 'cases'],
    ]);
  });

  it('requires the counts, and 0 is a count', () => {
    const t = table({ ...HARMATTAN, ...LOME, controlled_deliveries: '' });
    expect(where(t)).toEqual([[2, 'controlled_deliveries']]);
  });
});

describe('a file with several faulty rows', () => {
  it('reports every error of every row, in row order, and keeps the good rows apart', () => {
    const t = table(
      { ...HARMATTAN, ...LOME, country: 'XYZ' },
      { ...HARMATTAN, ...DAKAR, ...cocaine('3', '12.5') },
      { ...LAGUNE, ...ABIDJAN, arrests: '-2', commodity: 'tobacco', cases: '4', quantity: '1 200', unit: 'pieces' },
      { ...LAGUNE, programme: 'europol', ...DAKAR_PORT, sltd_queries: '3', sltd_hits: '4' },
    );
    expect(where(t)).toEqual([
      [2, 'country'],
      [4, 'arrests'],
      [4, 'quantity'],
      [5, 'programme'],
      [5, 'sltd_hits'],
    ]);
  });
});
