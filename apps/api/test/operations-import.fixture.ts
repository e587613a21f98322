import ExcelJS from 'exceljs';
import { clientFor, csvOf, type Client } from './assessment-fixtures.js';
import { startTestApp, type TestApp } from './test-app.js';
import { GHA, NO_CHECKS, NO_SEIZURE, OPERATION_IMPORT_COLUMNS, TGO, type Row } from './operation-fixtures.js';

/**
 * Shared by the tests of the operations import (operations-import.test.ts, operations-import-files.test.ts):
 * the rows of two operations, four results and four seizures under a code prefix of the test's own, what they
 * must read back as, the files that carry them, and the reads that check them. Each test file calls `setUp` in
 * its own beforeAll (its own app and database) and closes `t` in its afterAll.
 */

export const COLUMNS = OPERATION_IMPORT_COLUMNS;
export const NUMBER_COLUMNS = new Set([...COLUMNS.slice(10, 22), 'cases', 'quantity']);
export const DATE_COLUMNS = new Set(['start_date', 'end_date']);

export let t: TestApp;
export let analyst: Client;

/** Starts this test file's app, with an analyst signed in. */
export async function setUp(): Promise<void> {
  t = await startTestApp();
  analyst = await clientFor(t, { role: 'analyst' });
}

// ---------------------------------------------------------------------------------------------------------
// Factories: the rows of two operations, four results and four seizures, under a code prefix of the test's own.

/** Operation A: West African airports. SEN seized in two commodities; GHA reported, without seizures. */
export function operationA(prefix: string): Row {
  return {
    operation_code: `${prefix}-A`,
    operation_name: 'Cocair test',
    programme: 'aircop',
    lead: 'unodc',
    activities: 'interception;risk_targeting',
    start_date: '2024-11-04',
    end_date: '2025-01-10',
  };
}

/** Operation B: Gulf of Guinea ports. */
export function operationB(prefix: string): Row {
  return {
    operation_code: `${prefix}-B`,
    operation_name: 'Harbour sweep',
    programme: 'ccp',
    lead: 'wco',
    activities: 'controlled_delivery;investigation',
    start_date: '2023-03-01',
    end_date: '2023-03-31',
  };
}

export const SEN: Row = {
  country: 'SEN',
  unit_type: 'airport_task_force',
  unit_name: 'CAAT Dakar',
  arrests: '4',
  investigations_opened: '2',
  controlled_deliveries: '0',
  persons_checked: '1250',
  ...NO_CHECKS,
  sltd_queries: '1250',
  sltd_hits: '3',
  nominal_queries: '800',
  nominal_hits: '5',
  notices_queries: '800',
  notices_hits: '1',
};
export const CIV: Row = {
  country: 'CIV',
  unit_type: 'customs',
  unit_name: '',
  arrests: '1',
  investigations_opened: '0',
  controlled_deliveries: '0',
  persons_checked: '15',
  ...NO_CHECKS,
};

/** Five rows: A×SEN×cocaine, A×SEN×currency, A×GHA (no seizure), B×TGO×cannabis, B×CIV×tobacco. */
export function dataset(prefix: string): Row[] {
  const a = operationA(prefix);
  const b = operationB(prefix);
  return [
    { ...a, ...SEN, commodity: 'cocaine', cases: '3', quantity: '12.5', unit: 'kg' },
    { ...a, ...SEN, commodity: 'currency', cases: '1', quantity: '48000', unit: 'usd' },
    { ...a, ...GHA, ...NO_SEIZURE },
    { ...b, ...TGO, commodity: 'cannabis', cases: '2', quantity: '150.25', unit: 'kg' },
    { ...b, ...CIV, commodity: 'tobacco', cases: '5', quantity: '1200', unit: 'pieces' },
  ];
}

/** What the dataset must read back as, worked out from the rows above (ids and timestamps aside). */
export function expectedState(prefix: string) {
  return {
    total: 2,
    operations: [
      {
        code: `${prefix}-A`,
        name: 'Cocair test',
        description: null,
        programme: 'aircop',
        lead: 'unodc',
        activities: ['risk_targeting', 'interception'],
        startDate: '2024-11-04',
        endDate: '2025-01-10',
        countries: ['GHA', 'SEN'],
        reportedCountries: ['GHA', 'SEN'],
        results: [
          {
            country: 'GHA',
            unitType: 'joint_team',
            unitName: null,
            arrests: 0,
            investigationsOpened: 0,
            controlledDeliveries: 0,
            personsChecked: 300,
            databaseChecks: [],
            seizures: [],
          },
          {
            country: 'SEN',
            unitType: 'airport_task_force',
            unitName: 'CAAT Dakar',
            arrests: 4,
            investigationsOpened: 2,
            controlledDeliveries: 0,
            personsChecked: 1250,
            databaseChecks: [
              { database: 'sltd', queries: 1250, hits: 3 },
              { database: 'nominal', queries: 800, hits: 5 },
              { database: 'notices', queries: 800, hits: 1 },
            ],
            seizures: [
              { commodity: 'cocaine', cases: 3, quantity: 12.5, unit: 'kg' },
              { commodity: 'currency', cases: 1, quantity: 48000, unit: 'usd' },
            ],
          },
        ],
      },
      {
        code: `${prefix}-B`,
        name: 'Harbour sweep',
        description: null,
        programme: 'ccp',
        lead: 'wco',
        activities: ['investigation', 'controlled_delivery'],
        startDate: '2023-03-01',
        endDate: '2023-03-31',
        countries: ['CIV', 'TGO'],
        reportedCountries: ['CIV', 'TGO'],
        results: [
          {
            country: 'CIV',
            unitType: 'customs',
            unitName: null,
            arrests: 1,
            investigationsOpened: 0,
            controlledDeliveries: 0,
            personsChecked: 15,
            databaseChecks: [],
            seizures: [{ commodity: 'tobacco', cases: 5, quantity: 1200, unit: 'pieces' }],
          },
          {
            country: 'TGO',
            unitType: 'port_control_unit',
            unitName: 'UCP Lomé',
            arrests: 2,
            investigationsOpened: 1,
            controlledDeliveries: 1,
            personsChecked: 40,
            databaseChecks: [{ database: 'smv', queries: 60, hits: 2 }],
            seizures: [{ commodity: 'cannabis', cases: 2, quantity: 150.25, unit: 'kg' }],
          },
        ],
      },
    ],
  };
}

export function csvFile(rows: Row[]): Buffer {
  return csvOf(COLUMNS, rows);
}

/** As a person fills a workbook: counts and quantities as numbers, dates as date cells. */
export async function xlsxFile(rows: Row[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('operations');
  sheet.addRow(COLUMNS);
  for (const r of rows)
    sheet.addRow(
      COLUMNS.map((column) => {
        const value = r[column] ?? '';
        if (value === '') return null;
        if (NUMBER_COLUMNS.has(column)) return Number(value);
        if (DATE_COLUMNS.has(column)) return new Date(`${value}T00:00:00Z`);
        return value;
      }),
    );
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export function upload(client: Client, file: Buffer, name: string, query = '') {
  return client.post(`/api/operations/import${query}`).attach('file', file, name);
}

export interface StoredOperation {
  id: string;
  code: string;
  results: {
    id: string;
    operationId: string;
    country: string;
    createdAt: string;
    updatedAt: string;
    [field: string]: unknown;
  }[];
  [field: string]: unknown;
}

/** Every operation whose code or name holds `q`, each with its results, as the API gives them. */
export async function readState(client: Client, q: string): Promise<{ total: number; operations: StoredOperation[] }> {
  const list = await client.get(`/api/operations?limit=500&q=${encodeURIComponent(q)}`).expect(200);
  const operations: StoredOperation[] = [];
  for (const operation of list.body.operations as StoredOperation[]) {
    const results = await client.get(`/api/operations/${operation.id}/results`).expect(200);
    operations.push({ ...operation, results: results.body.results });
  }
  return { total: list.body.total, operations };
}

/** The state without what differs between two databases: ids and timestamps. */
export function withoutIds(state: { total: number; operations: StoredOperation[] }) {
  return {
    total: state.total,
    operations: state.operations.map(({ id: _, createdAt: _c, updatedAt: _u, results, ...operation }) => ({
      ...operation,
      results: results.map(({ id: _i, operationId: _o, createdAt: _rc, updatedAt: _ru, ...result }) => result),
    })),
  };
}

export async function totalOperations(client: Client = analyst): Promise<number> {
  return (await client.get('/api/operations?limit=1').expect(200)).body.total as number;
}

export function summary(
  operations: [number, number, number],
  results: [number, number, number],
  extra: { rows?: number; seizures?: number; dryRun?: boolean } = {},
) {
  const counts = ([created, updated, unchanged]: [number, number, number]) => ({ created, updated, unchanged });
  return {
    dryRun: extra.dryRun ?? false,
    rows: extra.rows ?? 5,
    operations: counts(operations),
    results: counts(results),
    seizures: extra.seizures ?? 4,
  };
}
