import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientFor, type Client } from './assessment-fixtures.js';
import { startTestApp, type TestApp } from './test-app.js';

/**
 * Every refusal the web shows carries a machine-readable code (docs/api.md, "Error codes"): a 400 names each
 * field's problem with a code and the params its text needs; a refusal of the domain has a top-level code.
 */
let t: TestApp;
let coordinator: Client;
let analyst: Client;

beforeAll(async () => {
  t = await startTestApp();
  coordinator = await clientFor(t, { role: 'coordinator', country: 'FRA' });
  analyst = await clientFor(t, { role: 'analyst' });
});
afterAll(() => t.close());

describe('a bad request: 400 with each field’s code', () => {
  it('a missing field is required', async () => {
    const res = await coordinator.post('/api/assessments').send({ country: 'FRA', answers: {} }).expect(400);
    expect(res.body.code).toBe('invalid_fields');
    expect(res.body.errors).toEqual([{ field: 'year', message: 'year must be an integer', code: 'required' }]);
  });

  it('an unknown option names the value and the options allowed (validateAnswers)', async () => {
    const body = { country: 'FRA', year: 2020, answers: { 'A.2.1': 'maybe' } };
    const res = await coordinator.post('/api/assessments').send(body).expect(400);
    expect(res.body.errors).toEqual([
      {
        field: 'answers.A.2.1',
        message: 'answers.A.2.1: unknown option "maybe" (expected yes, partial, no)',
        code: 'unknown_option',
        params: { value: 'maybe', options: ['yes', 'partial', 'no'] },
      },
    ]);
  });

  it('a value outside an enumeration lists the values allowed', async () => {
    const res = await request(t.app.getHttpServer()).get('/api/instrument?lang=de').expect(400);
    expect(res.body.code).toBe('invalid_fields');
    expect(res.body.errors).toEqual([
      {
        field: 'lang',
        message: 'lang must be one of en, fr, es, ar',
        code: 'invalid_value',
        params: { values: ['en', 'fr', 'es', 'ar'] },
      },
    ]);
  });

  it('an unknown field is named, and so is a text over its bound', async () => {
    const extra = await coordinator
      .post('/api/assessments')
      .send({ country: 'FRA', year: 2020, answers: {}, note: 'x' })
      .expect(400);
    expect(extra.body.errors).toEqual([
      { field: 'note', message: 'unknown field "note"', code: 'unknown_fields', params: { keys: ['note'] } },
    ]);
    const id = '00000000-0000-4000-8000-000000000000';
    const long = await analyst
      .post(`/api/assessments/${id}/return`)
      .send({ comment: 'x'.repeat(4001), version: 1 })
      .expect(400);
    expect(long.body.errors).toEqual([
      expect.objectContaining({ field: 'comment', code: 'too_big', params: { maximum: 4000, origin: 'string' } }),
    ]);
  });

  it('an id that is not a UUID has the format it must have', async () => {
    const res = await coordinator.get('/api/assessments/42').expect(400);
    expect(res.body.code).toBe('invalid_fields');
    expect(res.body.errors).toEqual([
      { field: 'id', message: 'must be a UUID', code: 'invalid_format', params: { format: 'uuid' } },
    ]);
  });
});

describe('a refusal of the domain: its top-level code', () => {
  it('a year that already has an assessment → 409 assessment_exists, with the country and year', async () => {
    await coordinator.post('/api/assessments').send({ country: 'FRA', year: 2019, answers: {} }).expect(201);
    const res = await coordinator
      .post('/api/assessments')
      .send({ country: 'FRA', year: 2019, answers: {} })
      .expect(409);
    expect(res.body).toMatchObject({
      statusCode: 409,
      code: 'assessment_exists',
      params: { country: 'FRA', year: 2019 },
      message: 'FRA already has an assessment for 2019: open it instead',
    });
  });

  it('another country’s assessment → 403 edit_forbidden; no session → 401 sign_in_required', async () => {
    const res = await coordinator
      .post('/api/assessments')
      .send({ country: 'DEU', year: 2019, answers: {} })
      .expect(403);
    expect(res.body).toMatchObject({ code: 'edit_forbidden', params: { country: 'DEU' } });
    const anonymous = await request(t.app.getHttpServer()).get('/api/assessments').expect(401);
    expect(anonymous.body.code).toBe('sign_in_required');
  });

  it('a stale version → 409 version_conflict, with the versions', async () => {
    const created = await coordinator
      .post('/api/assessments')
      .send({ country: 'FRA', year: 2018, answers: {} })
      .expect(201);
    const path = `/api/assessments/${created.body.id}`;
    await coordinator
      .patch(path)
      .send({ answers: { 'A.2.1': 'yes' }, version: 1 })
      .expect(200);
    const stale = await coordinator
      .patch(path)
      .send({ answers: { 'A.2.1': 'no' }, version: 1 })
      .expect(409);
    expect(stale.body).toMatchObject({ code: 'version_conflict', params: { currentVersion: 2, expected: 1 } });
  });
});
