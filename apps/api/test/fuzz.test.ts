import fc from 'fast-check';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './test-app.js';

/**
 * Property-based hostile input against every write endpoint and the analytics query strings: random and
 * mutated payloads, deep nesting (down to 100,000 levels), long strings and arrays, prototype-pollution keys,
 * SQL metacharacters, NUL and unpaired surrogates, bad JSON, invalid UTF-8 and absurd offsets. Each must get a
 * 4xx (or, for a mutation that happens to stay valid, a 2xx), never a 5xx; a rejected write writes nothing; and
 * the app stays healthy.
 */

// A fixed seed keeps CI reproducible; FUZZ_SEED=<number> explores other inputs.
fc.configureGlobal({ seed: Number(process.env.FUZZ_SEED ?? 20261127) });

const NASTY_STRINGS = [
  "' OR 1=1; --",
  "'; DROP TABLE assessments; --",
  '%_\\',
  '__proto__',
  'constructor',
  '\u0000',
  // Unpaired UTF-16 surrogates: JSON.stringify writes them as \ud800 escapes, which jsonb refuses.
  '\ud800',
  'a\udfffb',
  '\udc00\ud800',
  '=HYPERLINK("http://x")',
  'é'.repeat(3000),
];
const nastyString = fc.oneof(fc.constantFrom(...NASTY_STRINGS), fc.string({ maxLength: 200 }));
const nastyKey = fc.oneof(
  fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString'),
  fc.string({ maxLength: 20 }),
);
const leaf = fc.oneof(
  nastyString,
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(-1, 2 ** 53, -(2 ** 31), 1e308, 0.1),
  fc.boolean(),
  fc.constant(null),
);
const value: fc.Arbitrary<unknown> = fc.letrec<{ node: unknown }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    fc.array(tie('node'), { maxLength: 8 }),
    fc.dictionary(nastyKey, tie('node'), { maxKeys: 8 }),
  ),
})).node;

const VALID_OPERATION = {
  code: 'FUZZ-VALID',
  name: 'Fuzz',
  programme: 'wco',
  lead: 'wco',
  activities: ['interception'],
  startDate: '2024-01-01',
  endDate: '2024-01-31',
  countries: ['FRA', 'DEU'],
};
const VALID_RESULT = {
  country: 'FRA',
  unitType: 'customs',
  arrests: 1,
  investigationsOpened: 0,
  controlledDeliveries: 0,
  personsChecked: 10,
  databaseChecks: [{ database: 'sltd', queries: 10, hits: 1 }],
  seizures: [{ commodity: 'cocaine', cases: 1, quantity: 2.5, unit: 'kg' }],
};

/** A valid request with one field replaced by anything, or a field added. */
function mutated(valid: Record<string, unknown>): fc.Arbitrary<unknown> {
  return fc.oneof(
    fc.tuple(fc.constantFrom(...Object.keys(valid)), value).map(([k, v]) => ({ ...valid, [k]: v })),
    fc.tuple(nastyKey, value).map(([k, v]) => ({ ...valid, [k]: v })),
  );
}

const RAW_BODIES = [
  '{"a": NaN}',
  '{"a": Infinity}',
  '{"__proto__": {"role": "admin"}}',
  '[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]',
  `{"name": "${'a'.repeat(900_000)}"}`,
  '{"a": 1',
];

// One app for both describes below: the base operation and draft are made once, in this file's beforeAll.
let t: TestApp;
const tokens: Record<string, string> = {};
let operationId = '';
let draftId = '';

beforeAll(async () => {
  t = await startTestApp();
  tokens.analyst = await t.tokenFor('analyst');
  tokens.admin = await t.tokenFor('admin');
  tokens.coordinator = await t.tokenFor('coordinator', 'FRA');
  const server = t.app.getHttpServer();
  operationId = (
    await request(server)
      .post('/api/operations')
      .set('Authorization', `Bearer ${tokens.analyst}`)
      .send({ ...VALID_OPERATION, code: 'FUZZ-BASE' })
      .expect(201)
  ).body.id;
  draftId = (
    await request(server)
      .post('/api/assessments')
      .set('Authorization', `Bearer ${tokens.coordinator}`)
      .send({ country: 'FRA', year: 2024, answers: {} })
      .expect(201)
  ).body.id;
});
afterAll(() => t.close());

async function snapshot(): Promise<string> {
  const { rows } = await t.db.query(
    `SELECT (SELECT count(*) FROM operations) AS o, (SELECT count(*) FROM operation_results) AS r,
            (SELECT count(*) FROM operation_seizures) AS s, (SELECT count(*) FROM groupings) AS g,
            (SELECT count(*) FROM users) AS u, (SELECT count(*) FROM assessments) AS a,
            (SELECT max(version) FROM assessments) AS v, (SELECT max(updated_at) FROM operations) AS ou`,
  );
  return JSON.stringify(rows[0]);
}

const ENDPOINTS: {
  name: string;
  method: 'post' | 'patch';
  path: () => string;
  as: string;
  body: fc.Arbitrary<unknown>;
}[] = [
  {
    name: 'POST /api/operations',
    method: 'post',
    path: () => '/api/operations',
    as: 'analyst',
    body: fc.oneof(value, mutated(VALID_OPERATION)),
  },
  {
    name: 'PATCH /api/operations/:id',
    method: 'patch',
    path: () => `/api/operations/${operationId}`,
    as: 'analyst',
    body: fc.oneof(value, mutated(VALID_OPERATION)),
  },
  {
    name: 'POST /api/operations/:id/results',
    method: 'post',
    path: () => `/api/operations/${operationId}/results`,
    as: 'analyst',
    body: fc.oneof(value, mutated(VALID_RESULT)),
  },
  {
    name: 'POST /api/assessments',
    method: 'post',
    path: () => '/api/assessments',
    as: 'coordinator',
    body: fc.oneof(value, mutated({ country: 'FRA', year: 2023, answers: {} })),
  },
  {
    name: 'PATCH /api/assessments/:id',
    method: 'patch',
    path: () => `/api/assessments/${draftId}`,
    as: 'coordinator',
    body: fc.oneof(value, mutated({ answers: { 'A.1': ['mou'] }, version: 1 })),
  },
  {
    name: 'POST /api/groupings',
    method: 'post',
    path: () => '/api/groupings',
    as: 'analyst',
    body: fc.oneof(value, mutated({ name: 'G', regions: [{ code: 'R', name: 'R', members: ['FRA'] }] })),
  },
  { name: 'POST /api/users', method: 'post', path: () => '/api/users', as: 'admin', body: value },
  { name: 'POST /api/auth/login', method: 'post', path: () => '/api/auth/login', as: '', body: value },
];

describe('hostile input never gets a 5xx, and writes nothing when refused: request bodies', () => {
  it.each(ENDPOINTS)('$name: random and mutated bodies', async (endpoint) => {
    await fc.assert(
      fc.asyncProperty(endpoint.body, async (body) => {
        const before = await snapshot();
        // Sent as JSON text, so that a bare number, string or null is a body too.
        const server = request(t.app.getHttpServer());
        const json = Buffer.from(body === undefined ? 'null' : JSON.stringify(body));
        let call = (endpoint.method === 'post' ? server.post(endpoint.path()) : server.patch(endpoint.path()))
          .set('Content-Type', 'application/json')
          .send(json);
        if (endpoint.as) call = call.set('Authorization', `Bearer ${tokens[endpoint.as]}`);
        const res = await call;
        expect(res.status, JSON.stringify(res.body).slice(0, 300)).toBeLessThan(500);
        if (res.status >= 400) expect(await snapshot()).toBe(before);
      }),
      { numRuns: 40 },
    );
  });

  it.each(RAW_BODIES.map((b) => [b.slice(0, 40), b]))('a raw body %s → 4xx', async (_label, body) => {
    const res = await request(t.app.getHttpServer())
      .post('/api/operations')
      .set('Authorization', `Bearer ${tokens.analyst}`)
      .set('Content-Type', 'application/json')
      .send(body);
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
  });

  // Raw JSON text, so that a `\ud800` escape reaches the server as written; each → 400 naming the field.
  const deepArrays = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
  it.each([
    ['100,000 nested arrays', deepArrays, 'body'],
    ['100,000 nested arrays in answers', `{"answers":{"A.1":${deepArrays}},"version":1}`, 'answers'],
    [
      '5,000 nested objects in comments',
      `{"comments":${'{"a":'.repeat(5_000)}1${'}'.repeat(5_000)},"version":1}`,
      'comments',
    ],
    ['a lone surrogate in a comment', '{"comments":{"A.1":"x\\ud800"},"version":1}', 'comments.A.1'],
    ['a lone surrogate in a free-text answer', '{"answers":{"A.5.2":"\\udc00x"},"version":1}', 'answers.A.5.2'],
  ])('PATCH /api/assessments/:id with %s → 400 naming the field, nothing written', async (_label, body, field) => {
    const before = await snapshot();
    const res = await request(t.app.getHttpServer())
      .patch(`/api/assessments/${draftId}`)
      .set('Authorization', `Bearer ${tokens.coordinator}`)
      .set('Content-Type', 'application/json')
      .send(body);
    expect(res.status).toBe(400);
    expect(res.body.errors[0].field).toBe(field);
    expect(await snapshot()).toBe(before);
  });
});

describe('hostile input never gets a 5xx: offsets, invalid UTF-8 and query strings', () => {
  it.each([
    ['/api/operations', 'analyst'],
    ['/api/audit', 'admin'],
  ])('%s: any offset up to 2^53 − 1 is a page, anything larger a 400 naming offset', async (path, as) => {
    const offset = fc.oneof(
      fc.bigInt({ min: 0n, max: 2n ** 53n - 1n }),
      fc.bigInt({ min: 0n, max: 10n ** 30n }),
      fc.constantFrom(2n ** 53n - 1n, 2n ** 53n, 2n ** 63n - 1n, 2n ** 63n, 10n ** 400n),
    );
    await fc.assert(
      fc.asyncProperty(offset, async (n) => {
        const res = await request(t.app.getHttpServer())
          .get(`${path}?offset=${n}`)
          .set('Authorization', `Bearer ${tokens[as]}`);
        if (n <= BigInt(Number.MAX_SAFE_INTEGER)) expect(res.status, `offset=${n}`).toBe(200);
        else {
          expect(res.status, `offset=${n}`).toBe(400);
          expect(res.body.errors).toEqual([
            { field: 'offset', message: 'offset must be at most 9007199254740991', code: 'invalid' },
          ]);
        }
      }),
      { numRuns: 40 },
    );
  });

  it('invalid UTF-8 in a JSON body → 400', async () => {
    const res = await request(t.app.getHttpServer())
      .post('/api/groupings')
      .set('Authorization', `Bearer ${tokens.analyst}`)
      .set('Content-Type', 'application/json')
      .send(Buffer.from([0x7b, 0x22, 0x6e, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0x22, 0x7d]));
    expect(res.status).toBe(400);
  });

  it.each([
    '/api/analytics/maturity',
    '/api/analytics/operations',
    '/api/analytics/maturity-vs-outcomes',
    '/api/analytics/gaps',
    '/api/operations',
    '/api/assessments',
    '/api/countries/FRA/profile',
  ])('%s: random query strings', async (path) => {
    const param = fc.oneof(
      fc.constantFrom(
        'grouping',
        'from',
        'to',
        'year',
        'metric',
        'programme',
        'commodity',
        'format',
        'limit',
        'offset',
        'q',
        'status',
      ),
      nastyKey,
    );
    await fc.assert(
      fc.asyncProperty(fc.dictionary(param, nastyString, { maxKeys: 4 }), async (query) => {
        const res = await request(t.app.getHttpServer())
          .get(path)
          .query(query)
          .set('Authorization', `Bearer ${tokens.analyst}`);
        expect(res.status, `${path} ${JSON.stringify(query)}`).toBeLessThan(500);
      }),
      { numRuns: 40 },
    );
  });

  it('is still healthy afterwards', async () => {
    await request(t.app.getHttpServer()).get('/api/health').expect(200);
  });
});
