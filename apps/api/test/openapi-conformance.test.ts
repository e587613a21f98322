import SwaggerParser from '@apidevtools/swagger-parser';
import openapiTS, { astToString } from 'openapi-typescript';
import request, { type Response } from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listRoutePolicies } from '../src/openapi/route-policies.js';
import { buildOpenApiDocument } from '../src/openapi/openapi-document.js';
import { WORKED_EXAMPLE } from './assessment-fixtures.js';
import {
  concretePath,
  withQuery,
  ResponseChecker,
  type LiveResponse,
  type OpenApiDocument,
  type PathIds,
} from './openapi-conformance.js';
import { startTestApp, type TestApp } from './test-app.js';

let t: TestApp;
let doc: OpenApiDocument;
let checker: ResponseChecker;
const tokens: Record<'admin' | 'analyst' | 'coordinator' | 'viewer', string> = {
  admin: '',
  analyst: '',
  coordinator: '',
  viewer: '',
};

beforeAll(async () => {
  // The demo data: every member country's assessments over the years, and joint operations with results.
  t = await startTestApp({ demoData: true });
  tokens.admin = await t.tokenFor('admin');
  tokens.analyst = await t.tokenFor('analyst');
  tokens.coordinator = await t.tokenFor('coordinator', 'FRA');
  tokens.viewer = await t.tokenFor('viewer', 'FRA');
  doc = (await request(t.app.getHttpServer()).get('/api/docs-json').expect(200)).body as OpenApiDocument;
  checker = new ResponseChecker(doc);
}, 180_000);
afterAll(() => t.close());

type Role = keyof typeof tokens;

function call(role: Role, method: 'get' | 'post' | 'patch' | 'put' | 'delete', url: string) {
  return request(t.app.getHttpServer())[method](url).set('Authorization', `Bearer ${tokens[role]}`);
}

/** Fails with every response that does not match the document. */
function expectConforming(checks: { method: string; path: string; res: Response }[]): void {
  const problems = checks.flatMap(({ method, path, res }) => checker.problem(method, path, res) ?? []);
  expect(problems).toEqual([]);
}

async function realIds(): Promise<PathIds> {
  const assessments = await call('admin', 'get', '/api/assessments?country=FRA').expect(200);
  const operations = await call('admin', 'get', '/api/operations?country=FRA').expect(200);
  const operation = operations.body.operations[0].id as string;
  const results = await call('admin', 'get', `/api/operations/${operation}/results`).expect(200);
  const users = await call('admin', 'get', '/api/users').expect(200);
  const action = await call('admin', 'post', '/api/countries/FRA/actions')
    .send({ text: 'A plan', items: ['A.1'], lead: 'joint', owner: 'DG', start: '2025-01-01', target: '2025-12-31' })
    .expect(201);
  return {
    assessment: assessments.body.assessments[0].id,
    operation,
    // France's own result, which France's viewer may read too.
    result: (results.body.results as { id: string; country: string }[]).find((r) => r.country === 'FRA')!.id,
    user: users.body.users[0].id,
    action: action.body.id,
    instrument: (await call('admin', 'get', '/api/instruments?country=FRA').expect(200)).body.instruments[0].id,
  };
}

describe('the OpenAPI document', () => {
  it('documents every route Nest registered, and nothing else', () => {
    const { undocumented } = buildOpenApiDocument(t.app);
    expect(undocumented).toEqual([]);
    const documented = Object.entries(doc.paths).flatMap(([path, item]) =>
      Object.keys(item).map((method) => `${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`),
    );
    const registered = listRoutePolicies(t.app).map((r) => `${r.method} ${r.path}`);
    expect([...documented].sort()).toEqual([...registered].sort());
  });

  it('asks for a token on every route but the public ones', () => {
    const policies = new Map(listRoutePolicies(t.app).map((r) => [`${r.method} ${r.path}`, r.policy]));
    for (const [path, item] of Object.entries(doc.paths))
      for (const [method, operation] of Object.entries(item)) {
        const policy = policies.get(`${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`);
        expect(operation.security, `${method} ${path}`).toEqual(policy === 'public' ? undefined : [{ bearer: [] }]);
      }
  });

  it('is a valid OpenAPI 3.1 document for a third-party parser, and openapi-typescript makes types of it', async () => {
    const parsed = await SwaggerParser.validate(structuredClone(doc) as never);
    expect(parsed.info.title).toBe('CPC Observatory API');
    const types = astToString(await openapiTS(structuredClone(doc) as never));
    expect(types).toContain('"/api/analytics/difficulties"');
    expect(types).toMatch(/grouping\?: string/);
  });

  it('types query parameters from the zod schemas: integers and enums, not bare strings', () => {
    const parameters = (path: string) =>
      (doc.paths[path]?.get as unknown as { parameters: { name: string; schema: Record<string, unknown> }[] })
        .parameters;
    const byName = (path: string, name: string) => parameters(path).find((p) => p.name === name)?.schema;
    expect(byName('/api/analytics/maturity', 'from')).toMatchObject({ type: 'integer', minimum: 1990 });
    expect(byName('/api/analytics/maturity', 'dimension')?.enum).toContain('governance');
    expect(byName('/api/analytics/levels', 'kind')).toMatchObject({ enum: ['computed', 'self'] });
    expect(byName('/api/operations', 'limit')).toMatchObject({ type: 'integer' });
    expect(byName('/api/audit', 'action')?.enum).toEqual(expect.arrayContaining(['write', 'export']));
  });
});

describe('the response checker', () => {
  it('refuses a body that does not match, a status or a media type that is not documented', async () => {
    const res = await call('analyst', 'get', '/api/analytics/maturity').expect(200);
    const maturity = res.body as Record<string, unknown>;
    const answer = (over: Partial<LiveResponse>): LiveResponse => ({
      status: 200,
      headers: { 'content-type': 'application/json; charset=utf-8' },
      body: maturity,
      ...over,
    });
    const problem = (live: LiveResponse) => checker.problem('GET', '/api/analytics/maturity', live);
    expect(problem(answer({}))).toBeNull();
    expect(problem(answer({ body: { ...maturity, series: undefined } }))).toMatch(/series/);
    expect(problem(answer({ body: { ...maturity, from: '2016' } }))).toMatch(/from/);
    expect(problem(answer({ body: { ...maturity, surplus: 1 } }))).toMatch(/additional/);
    expect(problem(answer({ status: 418 }))).toMatch(/418/);
    expect(problem(answer({ headers: { 'content-type': 'text/html' } }))).toMatch(/text\/html/);
    expect(checker.problem('GET', '/api/nowhere', res)).toMatch(/not documented/);
  });
});

describe('every documented GET route', () => {
  it('answers an admin and a national viewer as the document says', async () => {
    const ids = await realIds();
    const checks: { method: string; path: string; res: Response }[] = [];
    for (const [path, item] of Object.entries(doc.paths)) {
      if (!item.get) continue;
      for (const role of ['admin', 'viewer'] as const) {
        const res = await call(role, 'get', concretePath(path, ids));
        checks.push({ method: 'GET', path, res });
      }
    }
    expectConforming(checks);
    // Every GET route worked for the admin: no route was checked against an error schema alone.
    const admin = checks.filter((_, i) => i % 2 === 0);
    expect(admin.filter((c) => c.res.status !== 200).map((c) => `${c.path} ${c.res.status}`)).toEqual([]);
    expect(checks.filter((c) => c.res.status === 200).length).toBeGreaterThan(admin.length);
  });

  it('gives files with the documented media types on every route that documents files', async () => {
    const ids = await realIds();
    const fileRoutes = Object.entries(doc.paths).flatMap(([path, item]) =>
      item.get && 'text/csv' in (item.get.responses['200']?.content ?? {}) ? [path] : [],
    );
    // Every analytics view, the profile, both import templates and both raw exports.
    expect(fileRoutes.length).toBeGreaterThanOrEqual(13);
    const checks = [];
    for (const path of fileRoutes)
      for (const format of ['csv', 'xlsx']) {
        const res = await call('admin', 'get', withQuery(concretePath(path, ids), `format=${format}`)).expect(200);
        checks.push({ method: 'GET', path, res });
      }
    expectConforming(checks);
  });

  it('answers bad input and unknown ids with the documented error body', async () => {
    const badYear = await call('analyst', 'get', '/api/analytics/maturity?from=abc').expect(400);
    expect(badYear.body.errors[0].field).toBe('from');
    const missing = await call('admin', 'get', '/api/assessments/00000000-0000-4000-8000-000000000000').expect(404);
    const refused = await call('viewer', 'get', '/api/analytics/gaps?grouping=un').expect(403);
    const anonymous = await request(t.app.getHttpServer()).get('/api/countries').expect(401);
    expectConforming([
      { method: 'GET', path: '/api/analytics/maturity', res: badYear },
      { method: 'GET', path: '/api/assessments/{id}', res: missing },
      { method: 'GET', path: '/api/analytics/gaps', res: refused },
      { method: 'GET', path: '/api/countries', res: anonymous },
    ]);
  });
});

describe('the main write routes', () => {
  it('answer an assessment’s life as documented: create, save, submit, validate, history', async () => {
    const created = await call('coordinator', 'post', '/api/assessments')
      .send({ country: 'FRA', year: new Date().getUTCFullYear() + 1, answers: {} })
      .expect(201);
    const id = created.body.id as string;
    const saved = await call('coordinator', 'patch', `/api/assessments/${id}`)
      .send({ answers: WORKED_EXAMPLE, version: 1 })
      .expect(200);
    const submitted = await call('coordinator', 'post', `/api/assessments/${id}/submit`)
      .send({ version: 2 })
      .expect(200);
    const validated = await call('analyst', 'post', `/api/assessments/${id}/validate`).send({ version: 3 }).expect(200);
    const stale = await call('analyst', 'post', `/api/assessments/${id}/return`)
      .send({ comment: 'Too late', version: 1 })
      .expect(409);
    const history = await call('coordinator', 'get', `/api/assessments/${id}/history`).expect(200);
    expect(history.body.revisions.length).toBeGreaterThan(2);
    expectConforming([
      { method: 'POST', path: '/api/assessments', res: created },
      { method: 'PATCH', path: '/api/assessments/{id}', res: saved },
      { method: 'POST', path: '/api/assessments/{id}/submit', res: submitted },
      { method: 'POST', path: '/api/assessments/{id}/validate', res: validated },
      { method: 'POST', path: '/api/assessments/{id}/return', res: stale },
      { method: 'GET', path: '/api/assessments/{id}/history', res: history },
    ]);
  });

  it('answer operations, results, groupings, disclosure and sign-in as documented', async () => {
    const operation = await call('analyst', 'post', '/api/operations')
      .send({
        code: 'CONFORMANCE-1',
        name: 'Conformance',
        programme: 'aircop',
        lead: 'unodc',
        activities: ['interception'],
        startDate: '2024-03-01',
        endDate: '2024-03-31',
        countries: ['FRA', 'DEU'],
      })
      .expect(201);
    const opId = operation.body.id as string;
    const result = await call('coordinator', 'post', `/api/operations/${opId}/results`)
      .send({
        country: 'FRA',
        unitType: 'airport_task_force',
        arrests: 2,
        investigationsOpened: 1,
        controlledDeliveries: 0,
        personsChecked: 500,
        databaseChecks: [{ database: 'sltd', queries: 500, hits: 4 }],
        seizures: [{ commodity: 'cocaine', cases: 1, quantity: 2.5, unit: 'kg' }],
      })
      .expect(201);
    const resultPath = `/api/operations/${opId}/results/${result.body.id as string}`;
    const changed = await call('coordinator', 'patch', resultPath).send({ arrests: 3 }).expect(200);
    const deleted = await call('coordinator', 'delete', resultPath).expect(204);
    const grouping = await call('analyst', 'post', '/api/groupings')
      .send({ name: 'Conformance grouping', regions: [{ code: 'R1', name: 'One', members: ['FRA'] }] })
      .expect(201);
    const disclosure = await call('coordinator', 'put', '/api/countries/FRA/disclosure')
      .send({ level: 'members' })
      .expect(200);
    const login = await request(t.app.getHttpServer())
      .post('/api/auth/login')
      .send({ email: 'nobody@test.example.org', password: 'wrong password' })
      .expect(401);
    expectConforming([
      { method: 'POST', path: '/api/operations', res: operation },
      { method: 'POST', path: '/api/operations/{id}/results', res: result },
      { method: 'PATCH', path: '/api/operations/{id}/results/{resultId}', res: changed },
      { method: 'DELETE', path: '/api/operations/{id}/results/{resultId}', res: deleted },
      { method: 'POST', path: '/api/groupings', res: grouping },
      { method: 'PUT', path: '/api/countries/{iso3}/disclosure', res: disclosure },
      { method: 'POST', path: '/api/auth/login', res: login },
    ]);
  });
});
