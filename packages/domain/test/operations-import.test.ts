import { describe, expect, it } from 'vitest';
import type { ImportTable } from '../src/index.js';
import {
  ABIDJAN,
  DAKAR,
  DAKAR_PORT,
  HARMATTAN,
  HEADER,
  LAGUNE,
  LOME,
  cocaine,
  parse,
  rowOf,
  table,
  where,
} from './operations-import.fixture.js';

/** Six rows: two operations, four results. */
const parsed = parse(
  table(
    { ...HARMATTAN, ...DAKAR, ...cocaine('3', '12.5') },
    { ...HARMATTAN, ...DAKAR, commodity: 'currency', cases: '1', quantity: '25000', unit: 'USD' },
    { ...HARMATTAN, ...DAKAR, commodity: 'currency', cases: '2', quantity: '14000.50', unit: 'eur' },
    { ...HARMATTAN, ...LOME },
    { ...LAGUNE, ...ABIDJAN, commodity: 'tobacco', cases: '4', quantity: '120000', unit: 'pieces' },
    { ...LAGUNE, ...DAKAR_PORT, commodity: 'Cannabis', cases: '2', quantity: '340.25', unit: 'kg' },
  ),
);

describe('a valid file with two operations', () => {
  it('has no errors and counts its rows and seizure rows', () => {
    expect(parsed.errors).toEqual([]);
    expect(parsed.rows).toBe(6);
    expect(parsed.seizures).toBe(5);
  });

  it('gives each operation once, with the first row that names it', () => {
    expect(parsed.operations).toEqual([
      {
        row: 2,
        code: 'AIRCOP-2024-01',
        name: 'Operation Harmattan',
        programme: 'aircop',
        lead: 'wco',
        activities: ['risk_targeting', 'interception'],
        startDate: '2024-03-01',
        endDate: '2024-03-15',
      },
      {
        row: 6,
        code: 'CCP-2024-07',
        name: 'Operation Lagune',
        programme: 'ccp',
        lead: 'unodc',
        activities: ['controlled_delivery'],
        startDate: '2024-12-20',
        endDate: '2025-01-05',
      },
    ]);
  });
});

describe('a valid file with two operations: its results', () => {
  it('gives one result per operation and country, its seizures gathered, currency kept apart by unit', () => {
    // endYear is the year of the operation's end date: Lagune runs from December 2024 into 2025.
    expect(parsed.results).toEqual([
      {
        operationCode: 'AIRCOP-2024-01',
        endYear: 2024,
        row: 2,
        country: 'SEN',
        unitType: 'airport_task_force',
        unitName: 'CAAT Dakar',
        arrests: 5,
        investigationsOpened: 3,
        controlledDeliveries: 1,
        personsChecked: 1200,
        databaseChecks: [
          { database: 'sltd', queries: 800, hits: 4 },
          { database: 'nominal', queries: 650, hits: 2 },
        ],
        seizures: [
          { commodity: 'cocaine', cases: 3, quantity: 12.5, unit: 'kg' },
          { commodity: 'currency', cases: 1, quantity: 25000, unit: 'usd' },
          { commodity: 'currency', cases: 2, quantity: 14000.5, unit: 'eur' },
        ],
      },
      {
        operationCode: 'AIRCOP-2024-01',
        endYear: 2024,
        row: 5,
        country: 'TGO',
        unitType: 'customs',
        unitName: null,
        arrests: 0,
        investigationsOpened: 0,
        controlledDeliveries: 0,
        personsChecked: 300,
        databaseChecks: [],
        seizures: [],
      },
      {
        operationCode: 'CCP-2024-07',
        endYear: 2025,
        row: 6,
        country: 'CIV',
        unitType: 'port_control_unit',
        unitName: 'UCP Abidjan',
        arrests: 2,
        investigationsOpened: 1,
        controlledDeliveries: 1,
        personsChecked: 0,
        databaseChecks: [{ database: 'notices', queries: 15, hits: 0 }],
        seizures: [{ commodity: 'tobacco', cases: 4, quantity: 120000, unit: 'pieces' }],
      },
      {
        operationCode: 'CCP-2024-07',
        endYear: 2025,
        row: 7,
        country: 'SEN',
        unitType: 'port_control_unit',
        unitName: null,
        arrests: 1,
        investigationsOpened: 0,
        controlledDeliveries: 0,
        personsChecked: 0,
        databaseChecks: [],
        seizures: [{ commodity: 'cannabis', cases: 2, quantity: 340.25, unit: 'kg' }],
      },
    ]);
  });
});

describe('the header', () => {
  it('matches names regardless of case and surrounding spaces, in any order', () => {
    const header = [...HEADER].reverse().map((c, i) => (i % 2 === 0 ? ` ${c.toUpperCase()} ` : c));
    const t: ImportTable = {
      header: { row: 1, cells: header },
      rows: [{ row: 2, cells: rowOf({ ...HARMATTAN, ...LOME }, [...HEADER].reverse()) }],
    };
    const parsed = parse(t);
    expect(parsed.errors).toEqual([]);
    expect(parsed.results.map((r) => [r.operationCode, r.country])).toEqual([['AIRCOP-2024-01', 'TGO']]);
  });

  it('names each missing column, on the header row', () => {
    const t: ImportTable = {
      header: { row: 1, cells: HEADER.filter((c) => c !== 'lead' && c !== 'unit') },
      rows: [{ row: 2, cells: [] }],
    };
    expect(parse(t).errors).toEqual([
      { row: 1, column: 'lead', message: 'missing column "lead"', code: 'missing_column', params: { column: 'lead' } },
      { row: 1, column: 'unit', message: 'missing column "unit"', code: 'missing_column', params: { column: 'unit' } },
    ]);
  });

  it('names an unknown column and a repeated one, and reads no rows', () => {
    // country is the 8th column; its repeat comes after the 26 columns and the unknown one, as the 28th.
    const t: ImportTable = {
      header: { row: 1, cells: [...HEADER, 'Remarks', 'country'] },
      rows: [{ row: 2, cells: rowOf({ ...HARMATTAN, ...LOME }) }],
    };
    const parsed = parse(t);
    expect(parsed.errors.map((e) => [e.row, e.column])).toEqual([
      [1, 'Remarks'],
      [1, 'country'],
    ]);
    expect(parsed.errors[0]!.message).toMatch(/^unknown column "Remarks"/);
    expect(parsed.errors[1]!.message).toBe('the column appears twice (columns 8 and 28)');
    expect(parsed.operations).toEqual([]);
    expect(parsed.results).toEqual([]);
  });
});

describe('skipped rows', () => {
  it('skips comment rows starting with # and blank rows, keeping spreadsheet row numbers', () => {
    const t = table(
      { operation_code: '# example: AIRCOP-2023-99', country: 'XYZ', arrests: 'many' },
      {},
      { operation_code: '  ', country: ' ' },
      { ...HARMATTAN, ...LOME },
    );
    const parsed = parse(t);
    expect(parsed.errors).toEqual([]);
    expect(parsed.rows).toBe(1);
    expect(parsed.results.map((r) => [r.row, r.country])).toEqual([[5, 'TGO']]);
  });

  it('reports a file with no data rows', () => {
    const parsed = parse(table({ operation_code: '# nothing yet' }, {}));
    expect(parsed.errors.map((e) => [e.row, e.column])).toEqual([[2, 'operation_code']]);
    expect(parsed.errors[0]!.message).toMatch(/no data rows/);
  });
});

describe('activities', () => {
  it('are read in any order and case, and kept in the vocabulary order', () => {
    const t = table(
      { ...HARMATTAN, activities: 'Interception; RISK_TARGETING', ...LOME },
      {
        ...LAGUNE,
        activities: 'controlled_delivery;Investigation;operational',
        ...ABIDJAN,
      },
    );
    const parsed = parse(t);
    expect(parsed.errors).toEqual([]);
    expect(parsed.operations.map((o) => o.activities)).toEqual([
      ['risk_targeting', 'interception'],
      ['investigation', 'operational', 'controlled_delivery'],
    ]);
  });

  it('agree across the rows of one operation when they name the same set in another order', () => {
    const t = table(
      { ...HARMATTAN, activities: 'interception;risk_targeting', ...LOME },
      { ...HARMATTAN, activities: 'risk_targeting ; INTERCEPTION', ...DAKAR, ...cocaine('1', '2') },
    );
    expect(parse(t).errors).toEqual([]);
  });

  it('must be known, listed once, and at least one', () => {
    const t = table(
      { ...HARMATTAN, activities: 'interception;surveillance', ...LOME },
      { ...LAGUNE, activities: 'interception;Interception', ...ABIDJAN },
      { ...HARMATTAN, operation_code: 'AIRCOP-2024-02', activities: ' ; ', ...LOME },
    );
    expect(where(t)).toEqual([
      [2, 'activities'],
      [3, 'activities'],
      [4, 'activities'],
    ]);
  });
});
