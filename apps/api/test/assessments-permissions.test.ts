import { importHeader } from '@cpc/domain';
import type request from 'supertest';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  WORKED_EXAMPLE,
  cellsOf,
  clientFor,
  csvOf,
  insertRawAssessment,
  type Client,
  type Who,
} from './assessment-fixtures.js';
import { startTestApp, type TestApp } from './test-app.js';

/** Coordinators and viewers below belong to FRA: "own" targets FRA, "other" targets DEU. */
const OWN = 'FRA';
const OTHER = 'DEU';
const YEAR = 2024;

const CALLERS = {
  anonymous: 'anonymous',
  viewer: { role: 'viewer', country: OWN },
  coordinator: { role: 'coordinator', country: OWN },
  analyst: { role: 'analyst' },
  admin: { role: 'admin' },
} satisfies Record<string, Who>;
type Caller = keyof typeof CALLERS;

interface Endpoint {
  name: string;
  /** The assessment the call targets, inserted before each call; none for create, list, import and template. */
  fixture?: 'draft' | 'complete draft' | 'submitted';
  call(client: Client, country: string, id: string): request.Test;
  /** Expected status for each caller: [own country, other country]. */
  expected: Record<Caller, [number, number]>;
}

const readers = {
  anonymous: [401, 401],
  viewer: [200, 403],
  coordinator: [200, 403],
  analyst: [200, 200],
  admin: [200, 200],
} satisfies Endpoint['expected'];
const editors = {
  anonymous: [401, 401],
  viewer: [403, 403],
  coordinator: [200, 403],
  analyst: [403, 403],
  admin: [403, 403],
} satisfies Endpoint['expected'];
const reviewers = {
  anonymous: [401, 401],
  viewer: [403, 403],
  coordinator: [403, 403],
  analyst: [200, 200],
  admin: [200, 200],
} satisfies Endpoint['expected'];

function importFile(country: string): Buffer {
  return csvOf(importHeader(), [{ country, year: String(YEAR), status: 'submitted', ...cellsOf(WORKED_EXAMPLE) }]);
}

const ENDPOINTS: Endpoint[] = [
  {
    name: 'POST /assessments',
    call: (c, country) => c.post('/api/assessments').send({ country, year: YEAR, answers: {} }),
    expected: { ...editors, coordinator: [201, 403] },
  },
  {
    name: 'GET /assessments?country=',
    call: (c, country) => c.get(`/api/assessments?country=${country}`),
    expected: readers,
  },
  {
    name: 'GET /assessments/:id',
    fixture: 'draft',
    call: (c, _, id) => c.get(`/api/assessments/${id}`),
    expected: readers,
  },
  {
    name: 'PATCH /assessments/:id',
    fixture: 'draft',
    call: (c, _, id) => c.patch(`/api/assessments/${id}`).send({ answers: { 'A.2.1': 'yes' }, version: 1 }),
    expected: editors,
  },
  {
    name: 'POST /assessments/:id/submit',
    fixture: 'complete draft',
    call: (c, _, id) => c.post(`/api/assessments/${id}/submit`).send({ version: 1 }),
    expected: editors,
  },
  {
    name: 'POST /assessments/:id/validate',
    fixture: 'submitted',
    call: (c, _, id) => c.post(`/api/assessments/${id}/validate`).send({ version: 1 }),
    expected: reviewers,
  },
  {
    name: 'POST /assessments/:id/return',
    fixture: 'submitted',
    call: (c, _, id) => c.post(`/api/assessments/${id}/return`).send({ comment: 'Please check A.13', version: 1 }),
    expected: reviewers,
  },
  {
    name: 'GET /assessments/:id/history',
    fixture: 'draft',
    call: (c, _, id) => c.get(`/api/assessments/${id}/history`),
    expected: readers,
  },
  {
    name: 'POST /assessments/import',
    call: (c, country) =>
      c.post('/api/assessments/import?dryRun=true').attach('file', importFile(country), 'assessments.csv'),
    expected: reviewers,
  },
  {
    name: 'GET /assessments/import/template',
    call: (c) => c.get('/api/assessments/import/template'),
    expected: reviewers,
  },
];

let t: TestApp;
const clients = {} as Record<Caller, Client>;

beforeAll(async () => {
  t = await startTestApp();
  for (const caller of Object.keys(CALLERS) as Caller[]) clients[caller] = await clientFor(t, CALLERS[caller]);
});
afterAll(() => t.close());
beforeEach(async () => {
  await t.db.query('TRUNCATE assessments CASCADE');
});

const cases = ENDPOINTS.flatMap((endpoint) =>
  (Object.keys(CALLERS) as Caller[]).flatMap((caller) =>
    (['own', 'other'] as const).map((whose, i) => ({
      endpoint,
      caller,
      whose,
      label: `${endpoint.name} as ${caller}, ${whose} country`,
      expected: endpoint.expected[caller][i]!,
    })),
  ),
);

describe('who may call which assessments endpoint', () => {
  it('covers every endpoint × caller × own/other country', () => {
    expect(cases).toHaveLength(ENDPOINTS.length * 5 * 2);
  });

  it.each(cases)('$label → $expected', async ({ endpoint, caller, whose, expected }) => {
    const country = whose === 'own' ? OWN : OTHER;
    const id = endpoint.fixture
      ? await insertRawAssessment(t.db, {
          country,
          year: YEAR,
          status: endpoint.fixture === 'submitted' ? 'submitted' : 'draft',
          answers: endpoint.fixture === 'draft' ? { 'A.2.1': 'no' } : WORKED_EXAMPLE,
        })
      : '';
    const res = await endpoint.call(clients[caller], country, id);
    expect(res.status, JSON.stringify(res.body)).toBe(expected);
  });
});

describe('lists without a country', () => {
  beforeEach(async () => {
    for (const country of [OWN, OTHER]) await insertRawAssessment(t.db, { country, year: YEAR, status: 'draft' });
  });

  it.each([
    ['viewer', [OWN]],
    ['coordinator', [OWN]],
    ['analyst', [OTHER, OWN]],
    ['admin', [OTHER, OWN]],
  ] as const)('%s sees %j', async (caller, countries) => {
    const res = await clients[caller].get('/api/assessments').expect(200);
    expect(res.body.assessments.map((a: { country: string }) => a.country)).toEqual(countries);
  });
});
