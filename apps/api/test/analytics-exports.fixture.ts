import request from 'supertest';
import { insertAssessment } from './factories.js';
import { startTestApp, type TestApp } from './test-app.js';

/*
 * The fixture of the analytics exports tests (analytics-exports.test.ts, analytics-exports-metadata.test.ts):
 * every analytics endpoint as CSV and XLSX, against its own JSON, through the real API. Each test file calls
 * `setUp` in its own beforeAll (its own app and database) and closes `t` in its afterAll.
 *
 * Custom grouping: R1 "=HYPERLINK("x")" = FRA DEU ITA ESP (a name a spreadsheet would run as a formula),
 * R2 'Côte, "ouest"' + a line break = SEN GHA NGA (a name CSV must quote). Assessments and one operation
 * in 2024, with decimals, so that the files carry every kind of cell: text, integers, decimals, yes/no,
 * empty (null). Which figures the JSON holds is tested elsewhere; here each file must say the same.
 *
 * National users may use the published groupings only: their files are read on "wco" (`published`), where
 * FRA DEU ITA are in EUR and SEN alone in WCA, so that their files have suppressed rows.
 */

export const FORMULA_NAME = '=HYPERLINK("x")';
export const QUOTED_NAME = 'Côte, "ouest"\nsud';

export const ASSESSMENTS = [
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
export const RESULTS = [
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

export let t: TestApp;
export let analyst: string;
export let viewer: string;
export let admin: string;
export let grouping: string;

export const server = () => t.app.getHttpServer();
export const get = (path: string, token: string) => request(server()).get(path).set('Authorization', `Bearer ${token}`);

/** The response body as bytes, whatever its type. */
export async function file(path: string, token: string) {
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

/** The file of a request with the JSON's field names (`headers=fields`): the machine variant, cell for cell the JSON. */
export const withFormat = (path: string, format: string) =>
  `${path}${path.includes('?') ? '&' : '?'}format=${format}&headers=fields`;
/** The same request on the WCO regions, which national users may use. */
export const published = (path: string) => path.replace(`grouping=${grouping}`, 'grouping=wco');

export interface Endpoint {
  name: string;
  path: () => string;
  list: string;
}

export const ENDPOINTS: Endpoint[] = [
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

/** Starts this test file's app and stores the grouping, the assessments and the operation above. */
export async function setUp(): Promise<void> {
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
}
