import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WORKED_EXAMPLE, clientFor, insertRawAssessment, type Client } from './assessment-fixtures.js';
import { startTestApp, type TestApp } from './test-app.js';

/**
 * Two analysts review the same submitted assessment at once. Validating and returning it need the version
 * each read, as every other write does: the second to act gets 409 instead of silently overriding the first.
 */
let t: TestApp;
let firstAnalyst: Client;
let secondAnalyst: Client;

beforeAll(async () => {
  t = await startTestApp();
  firstAnalyst = await clientFor(t, { role: 'analyst' });
  secondAnalyst = await clientFor(t, { role: 'analyst' });
});
afterAll(() => t.close());

/** A submitted assessment at version 1, as both analysts read it. */
const submitted = (year: number) =>
  insertRawAssessment(t.db, { country: 'FRA', year, status: 'submitted', answers: WORKED_EXAMPLE });

async function stored(id: string) {
  const { rows } = await t.db.query<{ status: string; version: number; return_comment: string | null }>(
    'SELECT status, version, return_comment FROM assessments WHERE id = $1',
    [id],
  );
  return rows[0];
}

describe('validating and returning without the version you read', () => {
  it.each(['validate', 'return'])('%s without a version → 400 naming version, nothing changed', async (action) => {
    const id = await submitted(action === 'validate' ? 2016 : 2017);
    const body = action === 'return' ? { comment: 'Please check A.13' } : {};
    const res = await firstAnalyst.post(`/api/assessments/${id}/${action}`).send(body).expect(400);
    expect(res.body.message).toBe('version is required');
    expect(res.body.errors).toEqual([{ field: 'version', message: 'version is required', code: 'required' }]);
    expect(await stored(id)).toEqual({ status: 'submitted', version: 1, return_comment: null });
  });

  it('a version that is not a positive integer → 400 naming version', async () => {
    const id = await submitted(2018);
    const res = await firstAnalyst.post(`/api/assessments/${id}/validate`).send({ version: '1' }).expect(400);
    expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual(['version']);
  });
});

describe('two analysts act on the same version', () => {
  it('the first returns it; the second, validating what it read, gets 409 and the return stands', async () => {
    const id = await submitted(2020);
    const returned = await firstAnalyst
      .post(`/api/assessments/${id}/return`)
      .send({ comment: 'A.13: which decree?', version: 1 })
      .expect(200);
    expect(returned.body).toMatchObject({ status: 'returned', version: 2, returnComment: 'A.13: which decree?' });
    const stale = await secondAnalyst.post(`/api/assessments/${id}/validate`).send({ version: 1 }).expect(409);
    expect(stale.body).toEqual({
      statusCode: 409,
      code: 'version_conflict',
      params: { currentVersion: 2, expected: 1 },
      message:
        'version: the assessment was changed meanwhile (version 2, not 1); reload it and apply your change again',
      currentVersion: 2,
    });
    expect(await stored(id)).toEqual({ status: 'returned', version: 2, return_comment: 'A.13: which decree?' });
  });

  it('the first validates it; the second, returning what it read, gets 409 and the validation stands', async () => {
    const id = await submitted(2021);
    const validated = await firstAnalyst.post(`/api/assessments/${id}/validate`).send({ version: 1 }).expect(200);
    expect(validated.body).toMatchObject({ status: 'validated', version: 2 });
    const stale = await secondAnalyst
      .post(`/api/assessments/${id}/return`)
      .send({ comment: 'A.5.1: only five areas?', version: 1 })
      .expect(409);
    expect(stale.body.currentVersion).toBe(2);
    expect(stale.body.message).toMatch(/^version: the assessment was changed meanwhile \(version 2, not 1\)/);
    expect(await stored(id)).toEqual({ status: 'validated', version: 2, return_comment: null });
  });

  it('the second, having reloaded, returns it at the current version: 200', async () => {
    const id = await submitted(2022);
    await firstAnalyst.post(`/api/assessments/${id}/validate`).send({ version: 1 }).expect(200);
    await secondAnalyst.post(`/api/assessments/${id}/return`).send({ comment: 'A.13?', version: 1 }).expect(409);
    const reread = await secondAnalyst.get(`/api/assessments/${id}`).expect(200);
    expect(reread.body).toMatchObject({ status: 'validated', version: 2 });
    const res = await secondAnalyst
      .post(`/api/assessments/${id}/return`)
      .send({ comment: 'A.13?', version: reread.body.version })
      .expect(200);
    expect(res.body).toMatchObject({ status: 'returned', version: 3, returnComment: 'A.13?' });
    expect(await stored(id)).toEqual({ status: 'returned', version: 3, return_comment: 'A.13?' });
  });
});
