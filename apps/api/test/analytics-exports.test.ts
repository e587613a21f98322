import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ENDPOINTS,
  FORMULA_NAME,
  QUOTED_NAME,
  analyst,
  file,
  get,
  published,
  setUp,
  t,
  viewer,
  withFormat,
} from './analytics-exports.fixture.js';
import { csvText, expectSameTable, parseCsv, readXlsx, xlsxValue } from './analytics-exports.expected.js';

/*
 * Every analytics endpoint as CSV and XLSX, against its own JSON, through the real API.
 *
 * Custom grouping: R1 "=HYPERLINK("x")" = FRA DEU ITA ESP (a name a spreadsheet would run as a formula),
 * R2 'Côte, "ouest"' + a line break = SEN GHA NGA (a name CSV must quote). Assessments and one operation
 * in 2024, with decimals, so that the files carry every kind of cell: text, integers, decimals, yes/no,
 * empty (null). Which figures the JSON holds is tested elsewhere; here each file must say the same.
 *
 * National users may use the published groupings only: their files are read on "wco" (`published`), where
 * FRA DEU ITA are in EUR and SEN alone in WCA, so that their files have suppressed rows.
 *
 * This file: each endpoint's files against its JSON, the columns, text cells, the byte-order mark and bad
 * parameters. National users' files, file names and the metadata sheet: analytics-exports-metadata.test.ts.
 * The fixture: analytics-exports.fixture.ts; the contract written a second time: analytics-exports.expected.ts.
 */

beforeAll(setUp);
afterAll(() => t.close());

describe.each([
  ['an analyst', () => analyst, (path: string) => path],
  ['a viewer of FRA', () => viewer, published],
])('files as %s gets them', (_who, token, on) => {
  describe.each(ENDPOINTS)('$name', (endpoint) => {
    let list: unknown[];
    beforeAll(async () => {
      const { body } = await get(on(endpoint.path()), token()).expect(200);
      list = body[endpoint.list];
      expect(list.length).toBeGreaterThan(0);
    });

    it('CSV: the JSON list, cell by cell', async () => {
      const res = await file(withFormat(on(endpoint.path()), 'csv'), token());
      expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
      expectSameTable(parseCsv(res.body as Buffer), list, csvText);
    });

    it('XLSX: the JSON list, cell by cell, numbers as numbers', async () => {
      const res = await file(withFormat(on(endpoint.path()), 'xlsx'), token());
      expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      const { data } = await readXlsx(res.body as Buffer);
      expectSameTable(data, list, xlsxValue);
    });
  });
});

describe('JSON', () => {
  it.each(ENDPOINTS)('$name: format=json is byte for byte the response without format', async (endpoint) => {
    const plain = await get(endpoint.path(), analyst).expect(200);
    const json = await get(withFormat(endpoint.path(), 'json'), analyst).expect(200);
    expect(json.headers['content-type']).toBe(plain.headers['content-type']);
    expect(json.text).toBe(plain.text);
  });
});

describe('columns', () => {
  it('follow the JSON’s fields in the JSON’s order, objects flattened with dots', async () => {
    const { header } = parseCsv((await file(withFormat(ENDPOINTS[0]!.path(), 'csv'), analyst)).body as Buffer);
    expect(header).toEqual([
      'region',
      'year',
      'members',
      'assessed',
      'coverage',
      'mean',
      'median',
      'p25',
      'p75',
      'min',
      'max',
      ...['1', '2', '3', '4', '5'].map((level) => `levels.${level}`),
      ...['1', '2', '3', '4', '5'].map((level) => `selfLevels.${level}`),
      'dimensions.governance',
      'dimensions.information_exchange',
      'dimensions.risk_targeting',
      'dimensions.joint_controls',
      'dimensions.enforcement_powers',
      'dimensions.investigations',
      'dimensions.resource_sharing',
      'dimensions.liaison',
      'dimensions.training',
      'suppressed',
      // The service adds the region's name last.
      'regionName.en',
      'regionName.fr',
    ]);
  });

  it('spread lists by commodity × unit and by database, in vocabulary order, for the keys present', async () => {
    const { header } = parseCsv((await file(withFormat(ENDPOINTS[5]!.path(), 'csv'), analyst)).body as Buffer);
    expect(header).toEqual([
      'region',
      'year',
      'countries',
      'operations',
      'arrests',
      'investigationsOpened',
      'controlledDeliveries',
      'personsChecked',
      'seizureCases',
      'quantities.cocaine.kg',
      'quantities.cocaine.kg.cases',
      'quantities.cannabis.kg',
      'quantities.cannabis.kg.cases',
      'quantities.tobacco.pieces',
      'quantities.tobacco.pieces.cases',
      'quantities.currency.usd',
      'quantities.currency.usd.cases',
      'quantities.currency.eur',
      'quantities.currency.eur.cases',
      'queries',
      'hits',
      'hitRate',
      'databaseChecks.sltd.queries',
      'databaseChecks.sltd.hits',
      'databaseChecks.sltd.hitRate',
      'databaseChecks.smv.queries',
      'databaseChecks.smv.hits',
      'databaseChecks.smv.hitRate',
      'databaseChecks.nominal.queries',
      'databaseChecks.nominal.hits',
      'databaseChecks.nominal.hitRate',
      'databaseChecks.notices.queries',
      'databaseChecks.notices.hits',
      'databaseChecks.notices.hitRate',
      'suppressed',
      'regionName.en',
      'regionName.fr',
    ]);
  });

  it('print decimals with a dot, without thousands separators or exponents', async () => {
    const { header, rows } = parseCsv((await file(withFormat(ENDPOINTS[5]!.path(), 'csv'), analyst)).body as Buffer);
    const r1 = rows.find((r) => r[header.indexOf('region')] === 'R1')!;
    expect(r1[header.indexOf('quantities.cocaine.kg')]).toBe('12.6');
    expect(r1[header.indexOf('quantities.currency.usd')]).toBe('1234567.5');
  });
});

describe('XLSX data sheet', () => {
  it('freezes its header row and sizes its columns to their content', async () => {
    const workbook = new ExcelJS.Workbook();
    const res = await file(withFormat(ENDPOINTS[0]!.path(), 'xlsx'), analyst);
    await workbook.xlsx.load(res.body as ArrayBuffer);
    const sheet = workbook.getWorksheet('data')!;
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.getRow(1).font).toMatchObject({ bold: true });
    expect(sheet.getColumn(1).width).toBe(8);
    expect(sheet.getColumn(2).width).toBe(8);
    // regionName.en is wider than its header: '=HYPERLINK("x") with the apostrophe, 16 characters, plus 2.
    expect(sheet.getColumn(sheet.getRow(1).cellCount - 1).width).toBe(18);
  });
});

describe('text cells', () => {
  it('neutralise formula-like text behind an apostrophe, in CSV and XLSX', async () => {
    const csv = await file(withFormat(ENDPOINTS[0]!.path(), 'csv'), analyst);
    expect((csv.body as Buffer).toString('utf8')).toContain(`,FALSE,"'=HYPERLINK(""x"")","'=HYPERLINK(""x"")"\r\n`);
    const { header, rows } = parseCsv(csv.body as Buffer);
    expect(rows[0]![header.indexOf('regionName.en')]).toBe(`'${FORMULA_NAME}`);
    const { data } = await readXlsx((await file(withFormat(ENDPOINTS[0]!.path(), 'xlsx'), analyst)).body as Buffer);
    expect(data.rows[0]![data.header.indexOf('regionName.en')]).toBe(`'${FORMULA_NAME}`);
  });

  it('keep commas, quotes, line breaks and accents (RFC 4180, UTF-8)', async () => {
    const { header, rows } = parseCsv((await file(withFormat(ENDPOINTS[0]!.path(), 'csv'), analyst)).body as Buffer);
    const r2 = rows.find((r) => r[header.indexOf('region')] === 'R2')!;
    expect(r2[header.indexOf('regionName.en')]).toBe(QUOTED_NAME);
    expect(r2[header.indexOf('regionName.fr')]).toBe('Côte d’Ivoire');
  });
});

describe('CSV byte-order mark', () => {
  const BOM = [0xef, 0xbb, 0xbf];
  it.each([
    ['', false],
    ['&bom=false', false],
    ['&bom=true', true],
  ])('format=csv%s: BOM %s', async (bom, present) => {
    const res = await file(`${withFormat(ENDPOINTS[0]!.path(), 'csv')}${bom}`, analyst);
    expect([...(res.body as Buffer).subarray(0, 3)].every((b, i) => b === BOM[i])).toBe(present);
    expect(parseCsv(res.body as Buffer).header[0]).toBe('region');
  });
});

describe('bad parameters', () => {
  it.each(ENDPOINTS)('$name: format=pdf and bom=yes are 400s naming the field', async (endpoint) => {
    const pdf = await get(withFormat(endpoint.path(), 'pdf'), analyst).expect(400);
    expect(pdf.body.errors).toEqual([
      {
        field: 'format',
        message: 'format must be one of json, csv, xlsx, zip',
        code: 'invalid_value',
        params: { values: ['json', 'csv', 'xlsx', 'zip'] },
      },
    ]);
    const bom = await get(`${withFormat(endpoint.path(), 'csv')}&bom=yes`, analyst).expect(400);
    expect(bom.body.errors).toEqual([
      {
        field: 'bom',
        message: 'bom must be true or false',
        code: 'invalid_value',
        params: { values: ['true', 'false'] },
      },
    ]);
  });
});
