import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientFor, type Client } from './assessment-fixtures.js';
import { startTestApp, type TestApp } from './test-app.js';

let t: TestApp;
let coordinator: Client;
let analyst: Client;
let token: string;
let draftId: string;

beforeAll(async () => {
  t = await startTestApp();
  coordinator = await clientFor(t, { role: 'coordinator', country: 'FRA' });
  analyst = await clientFor(t, { role: 'analyst' });
  token = await t.tokenFor('coordinator', 'FRA');
  draftId = (await coordinator.post('/api/assessments').send({ country: 'FRA', year: 2020, answers: {} }).expect(201))
    .body.id;
});
afterAll(() => t.close());

/** A raw body, as a client with a bug would send it. */
function rawPost(path: string, body: string) {
  return request(t.app.getHttpServer())
    .post(path)
    .set('Authorization', `Bearer ${token}`)
    .set('Content-Type', 'application/json')
    .send(body);
}

describe('request bodies the API cannot read', () => {
  it('malformed JSON → 400 saying so', async () => {
    const res = await rawPost('/api/assessments', '{"country": "FRA", "year": 2024,').expect(400);
    expect(res.body.statusCode).toBe(400);
    expect(res.body.message).toMatch(/^The request body is not valid JSON/);
  });

  it('a body over 1 MB → 413 naming the limit, not 500', async () => {
    const body = JSON.stringify({ country: 'FRA', year: 2024, answers: { 'A.5.2': 'x'.repeat(1024 * 1024) } });
    const res = await rawPost('/api/assessments', body).expect(413);
    expect(res.body).toEqual({
      statusCode: 413,
      error: 'Payload Too Large',
      code: 'body_too_large',
      message: 'The request body is larger than the 1 MB limit',
    });
  });
});

describe('bad fields → 400 naming the field or item code', () => {
  it.each([
    ['an unknown field', { country: 'FRA', year: 2021, answers: {}, colour: 'red' }, 'unknown field "colour"'],
    ['a year as a string', { country: 'FRA', year: '2021', answers: {} }, 'year must be an integer'],
    ['a year before 1990', { country: 'FRA', year: 1989, answers: {} }, 'year must be between 1990 and next year'],
    [
      'a year after next year',
      { country: 'FRA', year: new Date().getUTCFullYear() + 2, answers: {} },
      'year must be between 1990 and next year',
    ],
    [
      'a lower-case country',
      { country: 'fra', year: 2021, answers: {} },
      'country: must be an ISO 3166-1 alpha-3 code',
    ],
    ['answers as a list', { country: 'FRA', year: 2021, answers: [] }, 'answers: '],
    [
      'an unknown item code',
      { country: 'FRA', year: 2021, answers: { 'A.99': 'yes' } },
      'answers.A.99: unknown item code',
    ],
    [
      'a wrong answer type',
      { country: 'FRA', year: 2021, answers: { 'A.1': 'mou' } },
      'answers.A.1: expected a list of option codes',
    ],
    [
      'an unknown option',
      { country: 'FRA', year: 2021, answers: { 'A.2.2': 'weekly' } },
      'answers.A.2.2: unknown option "weekly"',
    ],
    [
      'a comment on an unknown item',
      { country: 'FRA', year: 2021, answers: {}, comments: { 'B.1': 'x' } },
      'comments.B.1: unknown item code',
    ],
  ])('%s', async (_, body, message) => {
    const res = await coordinator.post('/api/assessments').send(body).expect(400);
    expect(res.body.message).toContain(message);
  });

  it('an unknown country → 400', async () => {
    const res = await coordinator
      .post('/api/assessments')
      .send({ country: 'ZZZ', year: 2021, answers: {} })
      .expect(400);
    expect(res.body.message).toBe('country: unknown country ZZZ');
  });

  it('PATCH without a version → 400', async () => {
    const res = await coordinator.patch(`/api/assessments/${draftId}`).send({ answers: {} }).expect(400);
    expect(res.body.message).toBe('version is required');
  });

  it('PATCH with a stale version → 409 with the current version', async () => {
    const res = await coordinator.patch(`/api/assessments/${draftId}`).send({ answers: {}, version: 7 }).expect(409);
    expect(res.body).toMatchObject({ statusCode: 409, currentVersion: 1 });
  });

  it('a return without a comment → 400', async () => {
    const res = await analyst
      .post(`/api/assessments/${draftId}/return`)
      .send({ comment: '  ', version: 1 })
      .expect(400);
    expect(res.body.message).toBe('comment is required');
  });

  it('a list filter with an unknown status → 400', async () => {
    const res = await analyst.get('/api/assessments?status=lost').expect(400);
    expect(res.body.message).toMatch(/^status must be one of draft, submitted, validated, returned/);
  });
});

describe('ids', () => {
  it.each([
    ['get', '/api/assessments/42', {}],
    ['get', '/api/assessments/not-a-uuid/history', {}],
    ['post', '/api/assessments/42/validate', { version: 1 }],
  ] as const)('%s %s → 400', async (method, path, body) => {
    const res = await analyst[method](path).send(body).expect(400);
    expect(res.body.message).toBe('id: must be a UUID');
  });

  it('an unknown assessment → 404', async () => {
    await analyst.get('/api/assessments/6f1c2b9e-9d5e-4a39-8f7e-0d6f4b1f2a3c').expect(404);
  });
});
