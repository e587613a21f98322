import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  INJECTION,
  RESULT_FILE_COLUMNS,
  SEIZURE_FILE_COLUMNS,
  analyst,
  asText,
  csvRecords,
  download,
  keyed,
  setUp,
  t,
  xlsxSheets,
} from './raw-exports.fixture.js';

/**
 * The operation results export without double counting (issue #18): the results, one row per result with its
 * arrests and checks once, and the seizures, one row per seizure line with its result's key (operation code
 * and country). CSV: one file per part (`part=results`, the default, or `part=seizures`); XLSX: both sheets.
 *
 * The stored results (raw-exports.fixture.ts), by hand:
 *   RAW-A GHA  arrests 0, persons checked 300, no seizure
 *   RAW-A SEN  arrests 4, persons checked 1250, seizures cocaine 3 cases (kg), cocaine 1 (l), currency 1 (usd)
 *   RAW-B TGO  arrests 2, persons checked 40, seizures cannabis 2 cases (kg)
 *   RAW-C NGA  arrests 7, persons checked 900, seizures medicines 4 cases (kg), weapons 2 (pieces)
 * True totals: 13 arrests, 2,490 persons checked, 13 seizure cases. Summed over the import layout's rows, the
 * arrests would be 0 + 3 × 4 + 2 + 2 × 7 = 28.
 */

beforeAll(setUp);
afterAll(() => t.close());

const sum = (rows: Record<string, string>[], column: string) => rows.reduce((s, r) => s + Number(r[column]), 0);

describe('the results file', () => {
  it('is the default CSV: one row per result, by operation code and country', async () => {
    const res = await download(analyst, '/api/exports/operation-results');
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toMatch(
      /^attachment; filename="operation-results_results_\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    const records = csvRecords(res.body);
    expect(records[0]).toEqual(RESULT_FILE_COLUMNS);
    const rows = keyed(records);
    expect(rows.map((r) => [r.operation_code, r.country, r.arrests])).toEqual([
      ['RAW-A', 'GHA', '0'],
      ['RAW-A', 'SEN', '4'],
      ['RAW-B', 'TGO', '2'],
      ['RAW-C', 'NGA', '7'],
    ]);
    const explicit = await download(analyst, '/api/exports/operation-results?part=results');
    expect(explicit.body).toEqual(res.body);
  });

  it('sums to the true totals, where the import layout double-counts', async () => {
    const results = keyed(csvRecords((await download(analyst, '/api/exports/operation-results')).body));
    expect(sum(results, 'arrests')).toBe(13);
    expect(sum(results, 'persons_checked')).toBe(2490);
    const layout = '/api/exports/operation-results?part=import';
    expect(sum(keyed(csvRecords((await download(analyst, layout)).body)), 'arrests')).toBe(28);
  });
});

describe('the seizures file', () => {
  it('has one row per seizure line with its result’s key, and sums to the true number of cases', async () => {
    const res = await download(analyst, '/api/exports/operation-results?part=seizures');
    expect(res.headers['content-disposition']).toMatch(/filename="operation-results_seizures_\d{4}-\d{2}-\d{2}\.csv"/);
    const records = csvRecords(res.body);
    expect(records).toEqual([
      SEIZURE_FILE_COLUMNS,
      ['RAW-A', 'SEN', 'cocaine', '3', '12.5', 'kg'],
      ['RAW-A', 'SEN', 'cocaine', '1', '0.125', 'l'],
      ['RAW-A', 'SEN', 'currency', '1', '48000', 'usd'],
      ['RAW-B', 'TGO', 'cannabis', '2', '150.25', 'kg'],
      ['RAW-C', 'NGA', 'medicines', '4', '1234.567', 'kg'],
      ['RAW-C', 'NGA', 'weapons', '2', '3', 'pieces'],
    ]);
    expect(sum(keyed(records), 'cases')).toBe(13);
  });

  it('names only results of the results file', async () => {
    const key = (r: Record<string, string>) => `${r.operation_code} ${r.country}`;
    const results = keyed(csvRecords((await download(analyst, '/api/exports/operation-results')).body)).map(key);
    const seizures = keyed(csvRecords((await download(analyst, '/api/exports/operation-results?part=seizures')).body));
    for (const line of seizures) expect(results).toContain(key(line));
  });
});

describe('the workbook', () => {
  it('holds the results and the seizures sheets, the same tables as the CSVs, figures as numbers', async () => {
    const res = await download(analyst, '/api/exports/operation-results?format=xlsx');
    expect(res.headers['content-disposition']).toMatch(/filename="operation-results_\d{4}-\d{2}-\d{2}\.xlsx"/);
    const sheets = await xlsxSheets(res.body);
    expect(sheets.map((s) => s.name)).toEqual(['results', 'seizures']);
    const [results, seizures] = sheets;
    const resultsCsv = csvRecords((await download(analyst, '/api/exports/operation-results')).body);
    const seizuresCsv = csvRecords((await download(analyst, '/api/exports/operation-results?part=seizures')).body);
    expect(results!.rows.map(asText)).toEqual(resultsCsv);
    expect(seizures!.rows.map(asText)).toEqual(seizuresCsv);
    expect(results!.rows[2]![RESULT_FILE_COLUMNS.indexOf('arrests')]).toBe(4);
    expect(seizures!.rows[2]![SEIZURE_FILE_COLUMNS.indexOf('quantity')]).toBe(0.125);
  });

  it('holds one sheet when a part is asked for', async () => {
    const res = await download(analyst, '/api/exports/operation-results?format=xlsx&part=seizures');
    expect((await xlsxSheets(res.body)).map((s) => s.name)).toEqual(['seizures']);
  });
});

describe('the parameter and the cells', () => {
  it('refuses an unknown part with a 400 naming it', async () => {
    const res = await analyst.get('/api/exports/operation-results?part=everything').expect(400);
    expect(JSON.stringify(res.body)).toContain('part');
  });

  it('neutralises a formula in the results file (CSV and XLSX); the seizures file holds codes and numbers only', async () => {
    const created = await analyst
      .post('/api/operations')
      .send({
        code: 'RAW-Z',
        name: INJECTION,
        programme: 'wco',
        lead: 'wco',
        activities: ['operational'],
        startDate: '2021-01-01',
        endDate: '2021-01-02',
        countries: ['FRA'],
      })
      .expect(201);
    await analyst
      .post(`/api/operations/${created.body.id}/results`)
      .send({
        country: 'FRA',
        unitType: 'customs',
        unitName: '+SUM(A1)',
        arrests: 1,
        investigationsOpened: 0,
        controlledDeliveries: 0,
        personsChecked: 0,
      })
      .expect(201);
    const rows = keyed(csvRecords((await download(analyst, '/api/exports/operation-results')).body));
    expect(rows.at(-1)).toMatchObject({ operation_name: `'${INJECTION}`, unit_name: "'+SUM(A1)" });
    const [results] = await xlsxSheets((await download(analyst, '/api/exports/operation-results?format=xlsx')).body);
    expect(results!.rows.at(-1)![RESULT_FILE_COLUMNS.indexOf('operation_name')]).toBe(`'${INJECTION}`);
  });
});
