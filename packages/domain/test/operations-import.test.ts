import { describe, expect, it } from 'vitest';
import { parseOperationsImportTable, type ImportTable } from '../src/index.js';

const KNOWN = { knownCountries: new Set(['SEN', 'TGO', 'CIV', 'GHA']) };

/** The layout of the operations import, written out by hand: one row per operation × country × commodity. */
const HEADER = [
  'operation_code',
  'operation_name',
  'programme',
  'lead',
  'activities',
  'start_date',
  'end_date',
  'country',
  'unit_type',
  'unit_name',
  'arrests',
  'investigations_opened',
  'controlled_deliveries',
  'persons_checked',
  'sltd_queries',
  'sltd_hits',
  'smv_queries',
  'smv_hits',
  'nominal_queries',
  'nominal_hits',
  'notices_queries',
  'notices_hits',
  'commodity',
  'cases',
  'quantity',
  'unit',
];

type Cells = Record<string, string>;

const HARMATTAN: Cells = {
  operation_code: 'AIRCOP-2024-01',
  operation_name: 'Operation Harmattan',
  programme: 'aircop',
  lead: 'wco',
  activities: 'interception;risk_targeting',
  start_date: '2024-03-01',
  end_date: '2024-03-15',
};

const LAGUNE: Cells = {
  operation_code: 'CCP-2024-07',
  operation_name: 'Operation Lagune',
  programme: 'CCP',
  lead: 'unodc',
  activities: 'controlled_delivery',
  start_date: '2024-12-20',
  end_date: '2025-01-05',
};

const NO_CHECKS: Cells = {
  persons_checked: '0',
  arrests: '0',
  investigations_opened: '0',
  controlled_deliveries: '0',
};

const DAKAR: Cells = {
  country: 'SEN',
  unit_type: 'airport_task_force',
  unit_name: 'CAAT Dakar',
  arrests: '5',
  investigations_opened: '3',
  controlled_deliveries: '1',
  persons_checked: '1200',
  sltd_queries: '800',
  sltd_hits: '4',
  nominal_queries: '650',
  nominal_hits: '2',
};

const LOME: Cells = { country: 'tgo', unit_type: 'Customs', ...NO_CHECKS, persons_checked: '300' };

const ABIDJAN: Cells = {
  country: 'CIV',
  unit_type: 'port_control_unit',
  unit_name: 'UCP Abidjan',
  arrests: '2',
  investigations_opened: '1',
  controlled_deliveries: '1',
  persons_checked: '0',
  notices_queries: '15',
  notices_hits: '0',
};

const DAKAR_PORT: Cells = { country: 'SEN', unit_type: 'port_control_unit', ...NO_CHECKS, arrests: '1' };

function cocaine(cases: string, quantity: string): Cells {
  return { commodity: 'cocaine', cases, quantity, unit: 'kg' };
}

function rowOf(cells: Cells, header: readonly string[] = HEADER): string[] {
  return header.map((column) => cells[column] ?? '');
}

/** Data rows from row 2, under the header on row 1. */
function table(...rows: Cells[]): ImportTable {
  return { header: { row: 1, cells: HEADER }, rows: rows.map((r, i) => ({ row: i + 2, cells: rowOf(r) })) };
}

function parse(t: ImportTable) {
  return parseOperationsImportTable(t, KNOWN);
}

/** [row, column] of each error. */
function where(t: ImportTable): [number, string][] {
  return parse(t).errors.map((e) => [e.row, e.column]);
}

describe('a valid file with two operations', () => {
  const t = table(
    { ...HARMATTAN, ...DAKAR, ...cocaine('3', '12.5') },
    { ...HARMATTAN, ...DAKAR, commodity: 'currency', cases: '1', quantity: '25000', unit: 'USD' },
    { ...HARMATTAN, ...DAKAR, commodity: 'currency', cases: '2', quantity: '14000.50', unit: 'eur' },
    { ...HARMATTAN, ...LOME },
    { ...LAGUNE, ...ABIDJAN, commodity: 'tobacco', cases: '4', quantity: '120000', unit: 'pieces' },
    { ...LAGUNE, ...DAKAR_PORT, commodity: 'Cannabis', cases: '2', quantity: '340.25', unit: 'kg' },
  );
  const parsed = parse(t);

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
      { row: 1, column: 'lead', message: 'missing column "lead"' },
      { row: 1, column: 'unit', message: 'missing column "unit"' },
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
