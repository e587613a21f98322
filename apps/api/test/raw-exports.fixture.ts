import { importHeader } from '@cpc/domain';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { expect } from 'vitest';
import {
  WORKED_EXAMPLE,
  SECOND_EXAMPLE,
  cellsOf,
  clientFor,
  csvOf,
  insertRawAssessment,
  type Client,
} from './assessment-fixtures.js';
import { startTestApp, type TestApp } from './test-app.js';
import { GHA, NO_CHECKS, NO_SEIZURE, OPERATION_IMPORT_COLUMNS, TGO, type Row } from './operation-fixtures.js';

/**
 * Shared by the tests of the raw exports (raw-exports.test.ts, raw-exports-operations.test.ts,
 * raw-exports-streaming.test.ts): the stored data the exports are compared with, seeded by `setUp` into the
 * test file's own app, and the readers of the files (papaparse for CSV, exceljs for XLSX).
 */

export const OPERATION_COLUMNS = OPERATION_IMPORT_COLUMNS;
/** The layout the export writes: the import columns with the optional unit_site after unit_name. */
export const EXPORT_COLUMNS = OPERATION_IMPORT_COLUMNS.flatMap((c) => (c === 'unit_name' ? [c, 'unit_site'] : [c]));
/** The results file: the export's columns up to notices_hits, each result once. */
export const RESULT_FILE_COLUMNS = EXPORT_COLUMNS.slice(0, EXPORT_COLUMNS.indexOf('commodity'));
export const SEIZURE_FILE_COLUMNS = ['operation_code', 'country', 'commodity', 'cases', 'quantity', 'unit'];
export const SCORE_COLUMNS = [
  'score:methodologyVersion',
  'score:overall',
  'score:level',
  'score:selfLevel',
  'score:governance',
  'score:information_exchange',
  'score:risk_targeting',
  'score:joint_controls',
  'score:enforcement_powers',
  'score:investigations',
  'score:resource_sharing',
  'score:liaison',
  'score:training',
];
export const ASSESSMENT_COLUMNS = [...importHeader(), ...SCORE_COLUMNS];
export const INJECTION = '=HYPERLINK("http://x","y")';

export let t: TestApp;
export let analyst: Client;
export let admin: Client;

/** Starts this test file's app, with an analyst and an admin, and stores the assessments and operations below. */
export async function setUp(): Promise<void> {
  t = await startTestApp();
  analyst = await clientFor(t, { role: 'analyst' });
  admin = await clientFor(t, { role: 'admin' });
  await seedAssessments();
  await seedOperations();
}

// ---------------------------------------------------------------------------------------------------------
// Fixtures

/** Imported: FRA 2023 and 2024, BRA 2022. Entered through the API: SEN 2024 with a formula as a comment. */
export async function seedAssessments(): Promise<void> {
  const row = (country: string, year: number, status: string, answers: typeof WORKED_EXAMPLE, comments: Row = {}) => ({
    country,
    year: String(year),
    status,
    ...cellsOf(answers),
    ...Object.fromEntries(Object.entries(comments).map(([code, text]) => [`comment:${code}`, text])),
  });
  const file = csvOf(importHeader(), [
    row('FRA', 2024, 'validated', SECOND_EXAMPLE, { 'A.13': 'Shared, "mostly"; and\nsometimes not.' }),
    row('BRA', 2022, 'submitted', SECOND_EXAMPLE),
    row('FRA', 2023, 'submitted', WORKED_EXAMPLE, { 'A.2.1': 'Réunions hebdomadaires, São Tomé' }),
  ]);
  await analyst.post('/api/assessments/import').attach('file', file, 'seed.csv').expect(200);

  const coordinator = await clientFor(t, { role: 'coordinator', country: 'SEN' });
  const created = await coordinator
    .post('/api/assessments')
    .send({ country: 'SEN', year: 2024, answers: WORKED_EXAMPLE, comments: { 'A.2.1': INJECTION } })
    .expect(201);
  await coordinator
    .post(`/api/assessments/${created.body.id}/submit`)
    .send({ version: created.body.version })
    .expect(200);

  await insertRawAssessment(t.db, { country: 'KEN', year: 2024, status: 'draft', answers: { 'A.1': ['mou'] } });
  await insertRawAssessment(t.db, { country: 'GHA', year: 2023, status: 'returned', answers: WORKED_EXAMPLE });
}

export const HARBOUR: Row = {
  operation_code: 'RAW-B',
  operation_name: 'Harbour "sweep", phase 2',
  programme: 'ccp',
  lead: 'wco',
  activities: 'investigation;controlled_delivery',
  start_date: '2023-03-01',
  end_date: '2023-03-31',
};
export const COCAIR: Row = {
  operation_code: 'RAW-A',
  operation_name: 'Cocair test',
  programme: 'aircop',
  lead: 'unodc',
  activities: 'risk_targeting;interception',
  start_date: '2024-11-04',
  end_date: '2025-01-10',
};
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
};

/**
 * Imported: RAW-A (SEN with three seizures, GHA without) and RAW-B (TGO). Entered through the API: RAW-C, with
 * a description, activities out of the vocabulary's order and a participant (CIV) that has not reported.
 */
export async function seedOperations(): Promise<void> {
  const rows = [
    { ...HARBOUR, ...TGO, commodity: 'cannabis', cases: '2', quantity: '150.25', unit: 'kg' },
    { ...COCAIR, ...SEN, commodity: 'currency', cases: '1', quantity: '48000', unit: 'usd' },
    { ...COCAIR, ...SEN, commodity: 'cocaine', cases: '3', quantity: '12.5', unit: 'kg' },
    { ...COCAIR, ...GHA, ...NO_SEIZURE },
    { ...COCAIR, ...SEN, commodity: 'cocaine', cases: '1', quantity: '0.125', unit: 'l' },
  ];
  await analyst
    .post('/api/operations/import')
    .attach('file', csvOf(OPERATION_COLUMNS, rows), 'operations.csv')
    .expect(200);
  const created = await analyst
    .post('/api/operations')
    .send({
      code: 'RAW-C',
      name: 'Entered by hand',
      description: 'Only in this database: the import layout has no description column.',
      programme: 'wco',
      lead: 'interpol',
      activities: ['operational', 'risk_targeting'],
      startDate: '2022-05-01',
      endDate: '2022-05-03',
      countries: ['NGA', 'CIV'],
    })
    .expect(201);
  await analyst
    .post(`/api/operations/${created.body.id}/results`)
    .send({
      country: 'NGA',
      unitType: 'customs',
      unitName: 'Tin Can Island',
      arrests: 7,
      investigationsOpened: 1,
      controlledDeliveries: 0,
      personsChecked: 900,
      databaseChecks: [{ database: 'notices', queries: 900, hits: 2 }],
      seizures: [
        { commodity: 'weapons', cases: 2, quantity: 3, unit: 'pieces' },
        { commodity: 'medicines', cases: 4, quantity: 1234.567, unit: 'kg' },
      ],
    })
    .expect(201);
}

// ---------------------------------------------------------------------------------------------------------
// Reading the files

export interface Download {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

export async function download(client: Client, path: string): Promise<Download> {
  const res = await client
    .get(path)
    .buffer(true)
    .parse((stream, done) => {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => {
        chunks.push(chunk);
      });
      stream.on('end', () => {
        done(null, Buffer.concat(chunks));
      });
    });
  return { status: res.status, headers: res.headers, body: res.body as Buffer };
}

/** The CSV's records, header first, as papaparse reads them. */
export function csvRecords(body: Buffer): string[][] {
  const parsed = Papa.parse<string[]>(body.toString('utf8'), { skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

/** Records as objects keyed by the header. */
export function keyed(records: string[][]): Row[] {
  const [header, ...rows] = records;
  return rows.map((cells) => Object.fromEntries(header!.map((name, i) => [name, cells[i] ?? ''])));
}

/** The first sheet's rows, each cell's value as exceljs reads it (null when empty). */
export async function xlsxRows(body: Buffer): Promise<ExcelJS.CellValue[][]> {
  return (await xlsxSheets(body))[0]!.rows;
}

/** Every sheet, in order, with its name and rows. */
export async function xlsxSheets(body: Buffer): Promise<{ name: string; rows: ExcelJS.CellValue[][] }[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(body as unknown as ArrayBuffer);
  return workbook.worksheets.map((sheet) => {
    const width = sheet.getRow(1).cellCount;
    const rows: ExcelJS.CellValue[][] = [];
    sheet.eachRow((row) => rows.push(Array.from({ length: width }, (_, i) => row.getCell(i + 1).value ?? null)));
    return { name: sheet.name, rows };
  });
}

/** An XLSX row as CSV text: numbers printed as the CSV prints them, empty for nothing. */
export const asText = (cells: ExcelJS.CellValue[]) =>
  cells.map((c) => {
    if (c === null) return '';
    if (typeof c === 'string' || typeof c === 'number') return String(c);
    throw new Error(`an unexpected cell: ${JSON.stringify(c)}`);
  });

export interface StoredOperation {
  code: string;
  description: string | null;
  activities: string[];
  countries: string[];
  [field: string]: unknown;
}

/** Every operation with its results, as the API gives them, without ids and timestamps. */
export async function readOperations(client: Client): Promise<StoredOperation[]> {
  const list = await client.get('/api/operations?limit=500').expect(200);
  const out: StoredOperation[] = [];
  for (const { id, createdAt: _c, updatedAt: _u, ...operation } of list.body.operations) {
    const results = (await client.get(`/api/operations/${id}/results`).expect(200)).body.results as Row[];
    out.push({
      ...operation,
      results: results.map(({ id: _i, operationId: _o, createdAt: _rc, updatedAt: _ru, ...r }) => r),
    });
  }
  return out.sort((a, b) => a.code.localeCompare(b.code));
}
