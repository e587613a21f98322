import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXPORT_SOURCE, METHODOLOGY_VERSION, PROTECTED_FIGURES_NOTICE, SYNTHETIC_NOTICE } from '@cpc/domain';
import { insertAssessment } from './factories.js';
import { startTestApp, type TestApp } from './test-app.js';

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
 */

const FORMULA_NAME = '=HYPERLINK("x")';
const QUOTED_NAME = 'Côte, "ouest"\nsud';

const ASSESSMENTS = [
  ['FRA', 2022, 'validated', 35.25, 2, 3, { governance: 40, information_exchange: 30.5 }, { 'A.1': 0.25 }, []],
  [
    'FRA',
    2024,
    'validated',
    62.5,
    4,
    4,
    { governance: 80, information_exchange: 45.125 },
    { 'A.1': 1, 'A.2.1': 0.25 },
    ['lack_of_trust', 'legal_barriers'],
  ],
  [
    'DEU',
    2023,
    'submitted',
    40,
    3,
    2,
    { governance: 50, information_exchange: 0.1 },
    { 'A.1': 0, 'A.2.1': 0.5 },
    ['lack_of_trust'],
  ],
  ['ITA', 2024, 'validated', 20.125, 2, 2, { governance: 20 }, { 'A.1': 0.75, 'A.2.1': 0 }, []],
  ['SEN', 2024, 'submitted', 30, 2, 3, { governance: 30 }, { 'A.1': 0 }, ['resource_constraints']],
] as const;

/** Quantities in an order unlike the vocabulary's, to see the columns follow the vocabulary. */
const RESULTS = [
  {
    country: 'FRA',
    arrests: 3,
    personsChecked: 100,
    databaseChecks: [
      { database: 'nominal', queries: 20, hits: 1 },
      { database: 'sltd', queries: 50, hits: 5 },
    ],
    seizures: [
      { commodity: 'currency', unit: 'eur', cases: 1, quantity: 5000 },
      { commodity: 'cocaine', unit: 'kg', cases: 2, quantity: 12.5 },
    ],
  },
  {
    country: 'DEU',
    arrests: 1,
    personsChecked: 40,
    databaseChecks: [],
    seizures: [
      { commodity: 'currency', unit: 'usd', cases: 1, quantity: 1234567.5 },
      { commodity: 'cocaine', unit: 'kg', cases: 1, quantity: 0.1 },
    ],
  },
  {
    country: 'ITA',
    arrests: 0,
    personsChecked: 10,
    databaseChecks: [{ database: 'smv', queries: 3, hits: 1 }],
    seizures: [{ commodity: 'tobacco', unit: 'pieces', cases: 1, quantity: 20000 }],
  },
  {
    country: 'SEN',
    arrests: 2,
    personsChecked: 60,
    databaseChecks: [{ database: 'smv', queries: 10, hits: 0 }],
    seizures: [{ commodity: 'cannabis', unit: 'kg', cases: 3, quantity: 100 }],
  },
];

let t: TestApp;
let analyst: string;
let viewer: string;
let admin: string;
let grouping: string;

const server = () => t.app.getHttpServer();
const get = (path: string, token: string) => request(server()).get(path).set('Authorization', `Bearer ${token}`);

/** The response body as bytes, whatever its type. */
async function file(path: string, token: string) {
  return get(path, token)
    .buffer(true)
    .parse((res, done) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        done(null, Buffer.concat(chunks));
      });
    })
    .expect(200);
}

const withFormat = (path: string, format: string) => `${path}${path.includes('?') ? '&' : '?'}format=${format}`;
/** The same request on the WCO regions, which national users may use. */
const published = (path: string) => path.replace(`grouping=${grouping}`, 'grouping=wco');

// ---------------------------------------------------------------------------------------------------------
// The contract, written a second time: the JSON list flattened by a small reducer, and the cell texts.

/** Column → value, for one element of the JSON list: dots for objects, lists keyed by their natural key. */
function reduceRow(value: unknown, prefix = '', out = new Map<string, unknown>()): Map<string, unknown> {
  if (Array.isArray(value)) {
    for (const element of value as Record<string, string | number | null>[]) {
      const { database, commodity, unit, ...rest } = element;
      const key = `${prefix}.${database === undefined ? `${commodity}.${unit}` : database}`;
      for (const [field, v] of Object.entries(rest)) out.set(field === 'quantity' ? key : `${key}.${field}`, v);
    }
  } else if (value !== null && typeof value === 'object') {
    for (const [field, v] of Object.entries(value)) reduceRow(v, prefix === '' ? field : `${prefix}.${field}`, out);
  } else {
    out.set(prefix, value);
  }
  return out;
}

/** What a CSV cell must read: empty for null, text with a formula-like start behind an apostrophe. */
function csvText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  throw new Error(`not a cell: ${JSON.stringify(value)}`);
}

/** What an XLSX cell must hold: numbers and yes/no typed, text neutralised, null empty. */
function xlsxValue(value: unknown): unknown {
  if (value === undefined) return null;
  return typeof value === 'string' ? csvText(value) : value;
}

interface Table {
  header: string[];
  rows: unknown[][];
}

function parseCsv(bytes: Buffer): Table {
  const parsed = Papa.parse<string[]>(bytes.toString('utf8'), { skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  const [header = [], ...rows] = parsed.data;
  return { header, rows };
}

async function readXlsx(bytes: Buffer): Promise<{ data: Table; metadata: Map<string, unknown> }> {
  const workbook = new ExcelJS.Workbook();
  // exceljs types its Buffer apart from Node's.
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  expect(workbook.worksheets.map((s) => s.name)).toEqual(['data', 'metadata']);
  const sheet = workbook.getWorksheet('data')!;
  const width = sheet.getRow(1).cellCount;
  const cells = (n: number) => Array.from({ length: width }, (_, i) => sheet.getRow(n).getCell(i + 1).value);
  const rows = Array.from({ length: sheet.rowCount - 1 }, (_, i) => cells(i + 2));
  const metadata = new Map<string, unknown>();
  workbook.getWorksheet('metadata')!.eachRow((row) => metadata.set(row.getCell(1).text, row.getCell(2).value));
  return { data: { header: cells(1) as string[], rows }, metadata };
}

/** Cell by cell, the file holds the JSON list: no row, column or figure more or less. */
function expectSameTable(table: Table, list: unknown[], cell: (value: unknown) => unknown): void {
  const expected = list.map((element) => reduceRow(element));
  expect(new Set(table.header).size).toBe(table.header.length);
  expect(table.rows).toHaveLength(expected.length);
  expected.forEach((values, i) => {
    const row = table.rows[i]!;
    expect(row).toHaveLength(table.header.length);
    const actual = Object.fromEntries(table.header.map((column, j) => [column, row[j]]));
    const wanted = Object.fromEntries(table.header.map((column) => [column, cell(values.get(column) ?? null)]));
    expect(actual).toEqual(wanted);
    for (const [column, value] of values) if (value !== null) expect(table.header).toContain(column);
  });
}

// ---------------------------------------------------------------------------------------------------------

interface Endpoint {
  name: string;
  path: () => string;
  list: string;
}

const ENDPOINTS: Endpoint[] = [
  { name: 'maturity', path: () => `/api/analytics/maturity?grouping=${grouping}&from=2023&to=2024`, list: 'series' },
  { name: 'levels', path: () => `/api/analytics/levels?grouping=${grouping}&from=2023&to=2024`, list: 'series' },
  { name: 'gaps', path: () => `/api/analytics/gaps?grouping=${grouping}&year=2024`, list: 'items' },
  { name: 'difficulties', path: () => `/api/analytics/difficulties?grouping=${grouping}&year=2024`, list: 'items' },
  { name: 'countries', path: () => `/api/analytics/countries?grouping=${grouping}&year=2024`, list: 'items' },
  {
    name: 'operations',
    path: () => `/api/analytics/operations?grouping=${grouping}&from=2024&to=2024`,
    list: 'series',
  },
  {
    name: 'participation',
    path: () => `/api/analytics/operations/participation?grouping=${grouping}&from=2024&to=2024`,
    list: 'items',
  },
  {
    name: 'maturity-vs-outcomes',
    path: () => `/api/analytics/maturity-vs-outcomes?grouping=${grouping}&year=2024`,
    list: 'points',
  },
  { name: 'profile', path: () => `/api/countries/FRA/profile?grouping=${grouping}`, list: 'assessments' },
];

beforeAll(async () => {
  t = await startTestApp();
  analyst = await t.tokenFor('analyst');
  viewer = await t.tokenFor('viewer', 'FRA');
  admin = await t.tokenFor('admin');
  const created = await request(server())
    .post('/api/groupings')
    .set('Authorization', `Bearer ${analyst}`)
    .send({
      name: 'Exports fixture',
      regions: [
        { code: 'R1', name: FORMULA_NAME, members: ['FRA', 'DEU', 'ITA', 'ESP'] },
        { code: 'R2', name: { en: QUOTED_NAME, fr: 'Côte d’Ivoire' }, members: ['SEN', 'GHA', 'NGA'] },
      ],
    })
    .expect(201);
  grouping = created.body.id;
  for (const [country, year, status, overall, level, selfLevel, dimensions, items, difficulties] of ASSESSMENTS) {
    await insertAssessment(t.db, {
      country,
      year,
      status,
      overall,
      level,
      selfLevel,
      dimensions,
      items,
      answers: { 'A.17': difficulties },
    });
  }
  const operation = await request(server())
    .post('/api/operations')
    .set('Authorization', `Bearer ${analyst}`)
    .send({
      code: 'EXP-2024',
      name: 'Exports fixture',
      programme: 'aircop',
      lead: 'unodc',
      activities: ['interception'],
      startDate: '2024-03-01',
      endDate: '2024-03-10',
      countries: RESULTS.map((r) => r.country),
    })
    .expect(201);
  for (const r of RESULTS) {
    await request(server())
      .post(`/api/operations/${operation.body.id}/results`)
      .set('Authorization', `Bearer ${analyst}`)
      .send({ unitType: 'customs', investigationsOpened: 0, controlledDeliveries: 0, ...r })
      .expect(201);
  }
});
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

describe('a national user’s files', () => {
  it.each(['countries', 'maturity-vs-outcomes', 'participation'])(
    '%s: no country outside the user’s own',
    async (name) => {
      const path = published(ENDPOINTS.find((e) => e.name === name)!.path());
      const { header, rows } = parseCsv((await file(withFormat(path, 'csv'), viewer)).body as Buffer);
      expect(rows.map((r) => r[header.indexOf('country')])).toEqual(['FRA']);
      const { data } = await readXlsx((await file(withFormat(path, 'xlsx'), viewer)).body as Buffer);
      expect(data.rows.map((r) => r[data.header.indexOf('country')])).toEqual(['FRA']);
    },
  );

  it.each(['countries', 'maturity-vs-outcomes', 'participation'])(
    '%s: the countries that share their figures with members besides, at once',
    async (name) => {
      const path = withFormat(published(ENDPOINTS.find((e) => e.name === name)!.path()), 'csv');
      const countries = async () => {
        const { header, rows } = parseCsv((await file(path, viewer)).body as Buffer);
        return rows.map((r) => r[header.indexOf('country')]);
      };
      const setDeu = (level: string) =>
        request(server())
          .put('/api/countries/DEU/disclosure')
          .set('Authorization', `Bearer ${admin}`)
          .send({ level })
          .expect(200);
      await setDeu('members');
      try {
        expect(await countries()).toEqual(['DEU', 'FRA']);
      } finally {
        await setDeu('confidential');
      }
      expect(await countries()).toEqual(['FRA']);
    },
  );

  it.each([
    ['maturity', ['mean', 'median', 'levels.1', 'dimensions.governance']],
    ['levels', ['levels.1', 'levels.5']],
    ['gaps', ['withGap', 'share']],
    ['difficulties', ['count', 'share']],
    ['operations', ['arrests', 'quantities.cocaine.kg', 'databaseChecks.sltd.hits']],
  ])('%s: suppressed rows with empty figures', async (name, figures) => {
    const path = published(ENDPOINTS.find((e) => e.name === name)!.path());
    const { header, rows } = parseCsv((await file(withFormat(path, 'csv'), viewer)).body as Buffer);
    const suppressed = rows.filter((r) => r[header.indexOf('suppressed')] === 'true');
    expect(suppressed.length).toBeGreaterThan(0);
    for (const row of suppressed) for (const column of figures) expect(row[header.indexOf(column)]).toBe('');
    const { data } = await readXlsx((await file(withFormat(path, 'xlsx'), viewer)).body as Buffer);
    const withheld = data.rows.filter((r) => r[data.header.indexOf('suppressed')] === true);
    expect(withheld).toHaveLength(suppressed.length);
    for (const row of withheld) for (const column of figures) expect(row[data.header.indexOf(column)]).toBeNull();
  });

  it('is refused another country’s profile, in JSON, whatever the format', async () => {
    const res = await get('/api/countries/DEU/profile?grouping=wco&format=csv', viewer).expect(403);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(res.body.message).toMatch(/^iso3/);
  });

  it('is refused a custom grouping, in JSON, whatever the format', async () => {
    const res = await get(`/api/analytics/maturity?grouping=${grouping}&format=xlsx`, viewer).expect(403);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(res.body.message).toMatch(/^grouping/);
  });

  it('says in the XLSX metadata that its figures are protected', async () => {
    const path = withFormat(published(ENDPOINTS[0]!.path()), 'xlsx');
    const { metadata } = await readXlsx((await file(path, viewer)).body as Buffer);
    expect(metadata.get('protectedFigures')).toBe(PROTECTED_FIGURES_NOTICE);
    const analystFile = await readXlsx((await file(path, analyst)).body as Buffer);
    expect(analystFile.metadata.has('protectedFigures')).toBe(false);
  });
});

describe('text cells', () => {
  it('neutralise formula-like text behind an apostrophe, in CSV and XLSX', async () => {
    const csv = await file(withFormat(ENDPOINTS[0]!.path(), 'csv'), analyst);
    expect((csv.body as Buffer).toString('utf8')).toContain(`,false,"'=HYPERLINK(""x"")","'=HYPERLINK(""x"")"\r\n`);
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

describe('file names', () => {
  const today = () => new Date().toISOString().slice(0, 10);
  const year = new Date().getUTCFullYear();

  it.each([
    ['/api/analytics/maturity?format=csv', `maturity_wco_2016-${year}`, 'csv'],
    [
      '/api/analytics/maturity?grouping=un&from=2020&to=2024&dimension=governance&format=xlsx',
      'maturity_un_2020-2024_governance',
      'xlsx',
    ],
    ['/api/analytics/levels?grouping=wco&from=2020&to=2024&kind=self&format=csv', 'levels_wco_2020-2024_self', 'csv'],
    ['/api/analytics/gaps?year=2024&format=csv', 'gaps_wco_2024', 'csv'],
    ['/api/analytics/difficulties?year=2024&format=csv', 'difficulties_wco_2024', 'csv'],
    ['/api/analytics/countries?year=2024&format=csv', 'countries_wco_2024', 'csv'],
    ['/api/analytics/operations?from=2024&to=2024&format=csv', 'operations_wco_2024-2024', 'csv'],
    ['/api/analytics/operations/participation?from=2023&to=2024&format=csv', 'participation_wco_2023-2024', 'csv'],
    ['/api/analytics/maturity-vs-outcomes?year=2024&format=csv', 'maturity-vs-outcomes_wco_2024_seizurecases', 'csv'],
    ['/api/countries/FRA/profile?format=xlsx', 'profile_fra', 'xlsx'],
  ])('%s → %s_<date>.%s', async (path, stem, extension) => {
    const before = today();
    const res = await file(path, analyst);
    const dates = new Set([before, today()]);
    const disposition = res.headers['content-disposition'] as string;
    expect([...dates].map((d) => `attachment; filename="${stem}_${d}.${extension}"`)).toContain(disposition);
  });
});

describe('XLSX metadata sheet', () => {
  async function metadataOf(path: string, token = analyst) {
    return (await readXlsx((await file(withFormat(path, 'xlsx'), token)).body as Buffer)).metadata;
  }

  it('says what the file holds, when it was made and how to cite it', async () => {
    const started = Date.now();
    const metadata = await metadataOf(ENDPOINTS[0]!.path());
    expect([...metadata.keys()]).toEqual([
      'title',
      'filters',
      'methodologyVersion',
      'generatedAt',
      'source',
      'citation',
      'dataStatus',
    ]);
    expect(metadata.get('title')).toBe('Maturity index by region and year');
    expect(metadata.get('filters')).toBe(`grouping=${grouping}&from=2023&to=2024`);
    expect(metadata.get('methodologyVersion')).toBe(METHODOLOGY_VERSION);
    const generatedAt = metadata.get('generatedAt') as string;
    expect(generatedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    expect(Date.parse(generatedAt)).toBeGreaterThanOrEqual(started - 1000);
    expect(Date.parse(generatedAt)).toBeLessThanOrEqual(Date.now());
    expect(metadata.get('source')).toBe(EXPORT_SOURCE);
    expect(metadata.get('citation')).toBe(
      `CPC Observatory (${generatedAt.slice(0, 10)}). Maturity index by region and year. Methodology ${METHODOLOGY_VERSION}.`,
    );
    expect(metadata.get('dataStatus')).toBe('submitted and validated assessments');
  });

  it('names the applied query, defaults included, and the path’s country', async () => {
    const year = new Date().getUTCFullYear();
    expect((await metadataOf('/api/analytics/levels')).get('filters')).toBe(
      `grouping=wco&kind=computed&from=2016&to=${year}`,
    );
    expect((await metadataOf('/api/countries/FRA/profile?status=validated')).get('filters')).toBe(
      'iso3=FRA&grouping=wco&status=validated',
    );
  });

  it('counts validated assessments only with status=validated', async () => {
    for (const endpoint of ENDPOINTS.filter((e) => !['operations', 'participation'].includes(e.name))) {
      const metadata = await metadataOf(`${endpoint.path()}&status=validated`);
      expect(metadata.get('dataStatus')).toBe('validated assessments only');
    }
  });

  it('adds the correlations of maturity against outcomes, figures as numbers', async () => {
    const endpoint = ENDPOINTS.find((e) => e.name === 'maturity-vs-outcomes')!;
    const { body } = await get(endpoint.path(), analyst).expect(200);
    const metadata = await metadataOf(endpoint.path());
    expect([...metadata.keys()].slice(-4)).toEqual(['pearson', 'spearman', 'n', 'excluded']);
    expect(body.n).toBeGreaterThanOrEqual(3);
    for (const key of ['pearson', 'spearman', 'n', 'excluded']) expect(metadata.get(key)).toBe(body[key]);
  });

  it('says operational figures count reported results', async () => {
    for (const name of ['operations', 'participation']) {
      const metadata = await metadataOf(ENDPOINTS.find((e) => e.name === name)!.path());
      expect(metadata.get('dataStatus')).toBe('operation results as reported (no assessment status applies)');
    }
  });
});

describe('bad parameters', () => {
  it.each(ENDPOINTS)('$name: format=pdf and bom=yes are 400s naming the field', async (endpoint) => {
    const pdf = await get(withFormat(endpoint.path(), 'pdf'), analyst).expect(400);
    expect(pdf.body.errors).toEqual([{ field: 'format', message: 'format must be one of json, csv, xlsx' }]);
    const bom = await get(`${withFormat(endpoint.path(), 'csv')}&bom=yes`, analyst).expect(400);
    expect(bom.body.errors).toEqual([{ field: 'bom', message: 'bom must be true or false' }]);
  });
});

// Last: demo data changes what every later XLSX says.
describe('with demo data loaded', () => {
  it('the metadata carries the synthetic-data notice, as GET /api/meta says', async () => {
    expect((await get('/api/meta', analyst).expect(200)).body.demoData).toBe(false);
    expect(
      (await readXlsx((await file(withFormat(ENDPOINTS[0]!.path(), 'xlsx'), analyst)).body as Buffer)).metadata.has(
        'syntheticData',
      ),
    ).toBe(false);
    await t.db.query(
      `INSERT INTO assessments (country_iso3, year, status, methodology_version, overall_index, computed_level, self_level, submitted_at, source)
       VALUES ('BRA', 2010, 'validated', 'v1', 50, 3, 3, now(), 'demo')`,
    );
    expect((await get('/api/meta', analyst).expect(200)).body.demoData).toBe(true);
    const { metadata } = await readXlsx((await file(withFormat(ENDPOINTS[0]!.path(), 'xlsx'), analyst)).body as Buffer);
    expect(metadata.get('syntheticData')).toBe(SYNTHETIC_NOTICE);
  });
});
