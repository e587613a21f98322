import { describe, expect, it } from 'vitest';
import {
  OPERATIONS_IMPORT_COLUMNS,
  RawAssessmentsExportQuerySchema,
  RawOperationResultsExportQuerySchema,
  computeScores,
  importHeader,
  parseImportTable,
  parseOperationsImportTable,
  csvGroupRecords,
  csvRecord,
  quantityCell,
  rawAssessmentCells,
  rawAssessmentStatuses,
  rawAssessmentsHeader,
  rawOperationResultRows,
  rawOperationsHeader,
  rawResultRow,
  rawResultsHeader,
  rawSeizureRow,
  rawSeizuresHeader,
  singleRow,
  workbookGroupRows,
  type ExportCell,
  type RawAssessment,
  type RawOperationResult,
  type RawSeizureLine,
} from '../src/index.js';
import { WORKED_EXAMPLE } from './fixtures.js';

/** A cell as a spreadsheet reader gives it back: text, empty for nothing. */
const text = (cells: ExportCell[]) => cells.map((c) => (c === null ? '' : String(c)));

describe('the raw assessments export', () => {
  const scores = computeScores(WORKED_EXAMPLE)!;
  const submitted: RawAssessment = {
    country: 'FRA',
    year: 2024,
    status: 'submitted',
    answers: WORKED_EXAMPLE,
    comments: { 'A.2.1': 'Weekly meetings; minutes kept.' },
    methodologyVersion: scores.methodologyVersion,
    overall: scores.overall,
    level: scores.level,
    selfLevel: scores.selfLevel,
    dimensions: scores.dimensions,
  };

  it('is the import header followed by the score columns', () => {
    const header = rawAssessmentsHeader();
    expect(header.slice(0, importHeader().length)).toEqual(importHeader());
    expect(header.slice(importHeader().length)).toEqual([
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
    ]);
  });

  it('writes a row that the import reads back to the same answers and comments', () => {
    const cells = rawAssessmentCells(submitted);
    expect(cells).toHaveLength(rawAssessmentsHeader().length);
    const parsed = parseImportTable(
      { header: { row: 1, cells: rawAssessmentsHeader() }, rows: [{ row: 2, cells: text(cells) }] },
      { knownCountries: new Set(['FRA']) },
    );
    expect(parsed.errors).toEqual([]);
    expect(parsed.rows[0]).toMatchObject({ country: 'FRA', year: 2024, status: 'submitted' });
    expect(parsed.rows[0]!.answers).toEqual(WORKED_EXAMPLE);
    expect(parsed.rows[0]!.comments).toEqual(submitted.comments);
  });

  it('joins a multi item with ";", keeps a level a number and ends with the stored scores', () => {
    const header = rawAssessmentsHeader();
    const cells = rawAssessmentCells(submitted);
    const cell = (column: string) => cells[header.indexOf(column)];
    expect(cell('A.1')).toBe('mou;joint_committee');
    expect(cell('A.18')).toBe(3);
    expect(cell('A.3.2')).toBeNull(); // does not apply
    expect(cell('comment:A.1')).toBeNull();
    expect(cell('score:overall')).toBe(45.7407);
    expect(cell('score:level')).toBe(3);
    expect(cell('score:governance')).toBe(62.5);
  });

  it('leaves the scores of a draft empty', () => {
    const draft: RawAssessment = {
      ...submitted,
      status: 'draft',
      answers: { 'A.1': [] },
      comments: {},
      methodologyVersion: null,
      overall: null,
      level: null,
      selfLevel: null,
      dimensions: {},
    };
    const cells = rawAssessmentCells(draft);
    expect(cells.slice(0, 4)).toEqual(['FRA', 2024, 'draft', null]);
    expect(cells.slice(importHeader().length).every((c) => c === null)).toBe(true);
  });

  it('exports what the import accepts by default, every status with status=all', () => {
    expect(rawAssessmentStatuses('counted')).toEqual(['submitted', 'validated']);
    expect(rawAssessmentStatuses('all')).toEqual(['draft', 'submitted', 'validated', 'returned']);
  });
});

const operation = {
  operationCode: 'AIRCOP-2024-01',
  operationName: 'Operation Harmattan',
  programme: 'aircop',
  lead: 'wco',
  activities: ['interception', 'risk_targeting'],
  startDate: '2024-03-01',
  endDate: '2024-03-15',
};
const noChecks = {
  sltdQueries: null,
  sltdHits: null,
  smvQueries: null,
  smvHits: null,
  nominalQueries: null,
  nominalHits: null,
  noticesQueries: null,
  noticesHits: null,
};
const sen: RawOperationResult = {
  ...operation,
  ...noChecks,
  country: 'SEN',
  unitType: 'airport_task_force',
  unitName: 'CAAT Dakar',
  unitSite: 'DSS',
  arrests: 4,
  investigationsOpened: 2,
  controlledDeliveries: 0,
  personsChecked: 1250,
  sltdQueries: 1250,
  sltdHits: 3,
  seizures: [
    { commodity: 'cocaine', cases: 3, quantity: '12.500', unit: 'kg' },
    { commodity: 'currency', cases: 1, quantity: '48000.000', unit: 'usd' },
  ],
};
const tgo: RawOperationResult = {
  ...operation,
  ...noChecks,
  country: 'TGO',
  unitType: 'customs',
  unitName: null,
  unitSite: null,
  arrests: 0,
  investigationsOpened: 0,
  controlledDeliveries: 0,
  personsChecked: 40,
  seizures: [],
};

describe('the raw operation results export', () => {
  const rows = [sen, tgo].flatMap((r) => workbookGroupRows(rawOperationResultRows(r)));

  it('is exactly the operations import layout with unit_site, a row per seizure, one for a result without', () => {
    const unitName = OPERATIONS_IMPORT_COLUMNS.indexOf('unit_name');
    expect(rawOperationsHeader()).toEqual([
      ...OPERATIONS_IMPORT_COLUMNS.slice(0, unitName + 1),
      'unit_site',
      ...OPERATIONS_IMPORT_COLUMNS.slice(unitName + 1),
    ]);
    expect(rows).toHaveLength(3);
    for (const row of rows) expect(row).toHaveLength(OPERATIONS_IMPORT_COLUMNS.length + 1);
    expect(rows.map((r) => r[unitName + 1])).toEqual(['DSS', 'DSS', null]);
    expect(rows.map((r) => r.slice(-4))).toEqual([
      ['cocaine', 3, 12.5, 'kg'],
      ['currency', 1, 48000, 'usd'],
      [null, null, null, null],
    ]);
  });

  it('writes rows that the import reads back to the same operation, results and seizures', () => {
    const parsed = parseOperationsImportTable(
      { header: { row: 1, cells: rawOperationsHeader() }, rows: rows.map((r, i) => ({ row: i + 2, cells: text(r) })) },
      { knownCountries: new Set(['SEN', 'TGO']) },
    );
    expect(parsed.errors).toEqual([]);
    expect(parsed.operations).toMatchObject([
      { code: 'AIRCOP-2024-01', activities: ['risk_targeting', 'interception'] },
    ]);
    expect(parsed.results.map((r) => [r.country, r.unitName, r.unitSite, r.databaseChecks, r.seizures])).toEqual([
      [
        'SEN',
        'CAAT Dakar',
        'DSS',
        [{ database: 'sltd', queries: 1250, hits: 3 }],
        [
          { commodity: 'cocaine', cases: 3, quantity: 12.5, unit: 'kg' },
          { commodity: 'currency', cases: 1, quantity: 48000, unit: 'usd' },
        ],
      ],
      ['TGO', null, undefined, [], []],
    ]);
  });

  it('splits into a results table (each result once) and a seizures table keyed by operation and country', () => {
    const results = [sen, tgo].flatMap((r) => workbookGroupRows(rawResultRow(r)));
    const header = rawResultsHeader();
    expect(header).toEqual(rawOperationsHeader().slice(0, -4));
    expect(results.map((r) => r[header.indexOf('arrests')])).toEqual([4, 0]);
    expect(results.map((r) => r[header.indexOf('sltd_queries')])).toEqual([1250, null]);
    const lines: RawSeizureLine[] = sen.seizures.map((s) => ({
      ...s,
      operationCode: 'AIRCOP-2024-01',
      country: 'SEN',
    }));
    expect(rawSeizuresHeader()).toEqual(['operation_code', 'country', 'commodity', 'cases', 'quantity', 'unit']);
    expect(lines.flatMap((l) => workbookGroupRows(rawSeizureRow(l)))).toEqual([
      ['AIRCOP-2024-01', 'SEN', 'cocaine', 3, 12.5, 'kg'],
      ['AIRCOP-2024-01', 'SEN', 'currency', 1, 48000, 'usd'],
    ]);
  });

  it('prints a quantity with a dot and without trailing zeros, as text beyond what a double holds', () => {
    expect(quantityCell('12.500')).toBe(12.5);
    expect(quantityCell('48000.000')).toBe(48000);
    expect(quantityCell('0.000')).toBe(0);
    expect(quantityCell('0.001')).toBe(0.001);
    expect(quantityCell('150.250')).toBe(150.25);
    expect(quantityCell('999999999999999.999')).toBe('999999999999999.999');
  });
});

describe('rows that share their leading cells', () => {
  const group = { lead: ['OP-1', '=cmd', 'a, "b"'], tails: [['cocaine', 1.5], [null, 0], []] };

  it('are the CSV records of the whole rows, the shared cells encoded once', () => {
    const text = csvGroupRecords(group);
    expect(text).toBe(group.tails.map((tail) => csvRecord([...group.lead, ...tail])).join(''));
    expect(text).toBe(
      `OP-1,'=cmd,"a, ""b""",cocaine,1.5\r\n` + `OP-1,'=cmd,"a, ""b""",,0\r\n` + `OP-1,'=cmd,"a, ""b"""\r\n`,
    );
  });

  it('are whole rows for a workbook, text neutralised, numbers kept', () => {
    expect(workbookGroupRows(group)).toEqual([
      ['OP-1', "'=cmd", 'a, "b"', 'cocaine', 1.5],
      ['OP-1', "'=cmd", 'a, "b"', null, 0],
      ['OP-1', "'=cmd", 'a, "b"'],
    ]);
    expect(workbookGroupRows(singleRow(['x', 2]))).toEqual([['x', 2]]);
  });
});

describe('the raw export queries', () => {
  it('default to CSV without a byte-order mark, and counted assessments', () => {
    expect(RawAssessmentsExportQuerySchema.parse({})).toEqual({ format: 'csv', status: 'counted', bom: false });
    expect(RawOperationResultsExportQuerySchema.parse({ format: 'xlsx', bom: 'true' })).toEqual({
      format: 'xlsx',
      bom: true,
    });
  });

  it('refuse an unknown format, status or parameter', () => {
    expect(RawAssessmentsExportQuerySchema.safeParse({ format: 'pdf' }).success).toBe(false);
    expect(RawAssessmentsExportQuerySchema.safeParse({ status: 'draft' }).success).toBe(false);
    expect(RawOperationResultsExportQuerySchema.safeParse({ status: 'all' }).success).toBe(false);
    expect(RawOperationResultsExportQuerySchema.safeParse({ bom: 'yes' }).success).toBe(false);
    expect(RawOperationResultsExportQuerySchema.safeParse({ part: 'all' }).success).toBe(false);
    expect(RawOperationResultsExportQuerySchema.parse({ part: 'seizures' })).toMatchObject({ part: 'seizures' });
  });
});
