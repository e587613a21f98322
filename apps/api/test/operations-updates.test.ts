import type request from 'supertest';
import type { Client } from './assessment-fixtures.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  UNKNOWN_ID,
  analyst,
  createOperation,
  createResult,
  fieldsOf,
  newResult,
  readBack,
  t,
  totalOperations,
  setUp,
  type Operation,
  type Result,
} from './operations.fixture.js';

/**
 * Joint operations through the API: create, read, filter, page, update, delete; each participant's result;
 * bad input; and who may call which route. Every rejected write is followed by a read-back showing that
 * nothing changed.
 *
 * This file: updating and deleting an operation, and unknown and malformed ids (the fixtures:
 * operations.fixture.ts).
 */

beforeAll(setUp);
afterAll(() => t.close());

describe('updating an operation', () => {
  it('merges the fields given and keeps the others', async () => {
    const created = await createOperation({ code: 'MERGE-1', description: 'Before' });
    const res = await analyst
      .patch(`/api/operations/${created.id}`)
      .send({ name: 'Renamed', description: null })
      .expect(200);
    expect(res.body).toEqual({
      ...created,
      name: 'Renamed',
      description: null,
      updatedAt: expect.any(String),
    });
    expect(res.body.updatedAt).not.toBe(created.updatedAt);
    expect((await analyst.get(`/api/operations/${created.id}`).expect(200)).body).toEqual(res.body);
  });

  it('an end date moved into the next year is what GET and the year filter then show, and its seizures move with it', async () => {
    const created = await createOperation({
      code: 'YEAR-MOVE',
      startDate: '2024-11-20',
      endDate: '2024-12-31',
      countries: ['MAR'],
    });
    await createResult(
      created.id,
      newResult('MAR', { seizures: [{ commodity: 'cannabis', cases: 3, quantity: 1200.5, unit: 'kg' }] }),
    );
    expect(await totalOperations('&q=YEAR-MOVE&year=2024')).toBe(1);

    await analyst.patch(`/api/operations/${created.id}`).send({ endDate: '2025-01-15' }).expect(200);

    const read = await analyst.get(`/api/operations/${created.id}`).expect(200);
    expect(read.body).toMatchObject({ startDate: '2024-11-20', endDate: '2025-01-15' });
    expect(await totalOperations('&q=YEAR-MOVE&year=2024')).toBe(0);
    expect(await totalOperations('&q=YEAR-MOVE&year=2025')).toBe(1);
    // MAR reports in this operation only: its seized cannabis now counts in 2025, no longer in 2024.
    const { rows } = await t.db.query(
      `SELECT year, commodity, unit, cases::int, quantity::float AS quantity
       FROM operation_seizure_rollup WHERE country_iso3 = 'MAR' ORDER BY year`,
    );
    expect(rows).toEqual([{ year: 2025, commodity: 'cannabis', unit: 'kg', cases: 3, quantity: 1200.5 }]);
  });

  it.each([
    // Only one date given: the other comes from the stored operation (2024-03-01 to 2024-03-31).
    ['a start after the stored end', { startDate: '2024-04-01' }, 'startDate'],
    ['an end before the stored start', { endDate: '2024-02-29' }, 'endDate'],
    ['both dates, the wrong way round', { startDate: '2024-06-02', endDate: '2024-06-01' }, 'endDate'],
    ['an unknown country', { countries: ['FRA', 'DEU', 'XYZ'] }, 'countries.2'],
    ['an unknown field', { status: 'closed' }, 'status'],
    ['no activity', { activities: [] }, 'activities'],
  ])('%s → 400 naming %s, nothing changed', async (_, body, field) => {
    const created = await createOperation();
    const before = await readBack(created.id);
    const res = await analyst.patch(`/api/operations/${created.id}`).send(body).expect(400);
    expect(fieldsOf(res.body)).toEqual([field]);
    expect(await readBack(created.id)).toEqual(before);
  });

  it("taking another operation's code is a 409, nothing changed", async () => {
    await createOperation({ code: 'TAKEN-1' });
    const created = await createOperation({ code: 'TAKEN-2' });
    const before = await readBack(created.id);
    await analyst.patch(`/api/operations/${created.id}`).send({ code: 'TAKEN-1', name: 'x' }).expect(409);
    expect(await readBack(created.id)).toEqual(before);
  });

  it('keeping its own code is fine', async () => {
    const created = await createOperation({ code: 'SAME-CODE' });
    const res = await analyst.patch(`/api/operations/${created.id}`).send({ code: 'SAME-CODE' }).expect(200);
    expect(res.body.code).toBe('SAME-CODE');
  });

  it('a participant that has reported cannot be removed (409, nothing changed); one that has not can', async () => {
    const created = await createOperation({ code: 'PARTICIPANTS', countries: ['FRA', 'DEU', 'ESP'] });
    await createResult(created.id, newResult('DEU'));
    const before = await readBack(created.id);

    const refused = await analyst
      .patch(`/api/operations/${created.id}`)
      .send({ name: 'Renamed', countries: ['FRA', 'ESP'] })
      .expect(409);
    expect(refused.body.message).toMatch(/^countries: DEU /);
    expect(await readBack(created.id)).toEqual(before);

    // ESP (no result) leaves, ITA joins, DEU (reported) stays.
    const res = await analyst
      .patch(`/api/operations/${created.id}`)
      .send({ countries: ['ITA', 'DEU', 'FRA'] })
      .expect(200);
    expect(res.body).toMatchObject({ countries: ['DEU', 'FRA', 'ITA'], reportedCountries: ['DEU'] });
    const results = await analyst.get(`/api/operations/${created.id}/results`).expect(200);
    expect(results.body.results.map((r: Result) => r.country)).toEqual(['DEU']);
  });
});

describe('deleting an operation', () => {
  it('204; the operation, its participants, results and seizures are gone', async () => {
    const created = await createOperation({ code: 'DELETE-ME', countries: ['PRT'] });
    const result = await createResult(created.id, newResult('PRT'));
    const total = await totalOperations();

    await analyst.delete(`/api/operations/${created.id}`).expect(204);

    await analyst.get(`/api/operations/${created.id}`).expect(404);
    await analyst.get(`/api/operations/${created.id}/results`).expect(404);
    await analyst.get(`/api/operations/${created.id}/results/${result.id}`).expect(404);
    expect(await totalOperations()).toBe(total - 1);
    const { rows } = await t.db.query(
      `SELECT (SELECT count(*)::int FROM operation_countries WHERE operation_id = $1) AS participants,
              (SELECT count(*)::int FROM operation_results WHERE operation_id = $1) AS results,
              (SELECT count(*)::int FROM operation_seizures WHERE result_id = $2) AS seizures,
              (SELECT count(*)::int FROM operation_seizure_rollup WHERE country_iso3 = 'PRT') AS rollup`,
      [created.id, result.id],
    );
    expect(rows[0]).toEqual({ participants: 0, results: 0, seizures: 0, rollup: 0 });
    // The code is free again.
    await createOperation({ code: 'DELETE-ME' });
  });

  it('deleting it again is a 404', async () => {
    const created = await createOperation();
    await analyst.delete(`/api/operations/${created.id}`).expect(204);
    await analyst.delete(`/api/operations/${created.id}`).expect(404);
  });
});

describe('unknown and malformed ids', () => {
  let operation: Operation;
  let result: Result;
  let before: Awaited<ReturnType<typeof readBack>>;

  beforeAll(async () => {
    operation = await createOperation({ countries: ['POL'] });
    result = await createResult(operation.id, newResult('POL'));
    before = await readBack(operation.id);
  });

  const routes: [string, (c: Client, operationId: string, resultId: string) => request.Test][] = [
    ['GET /operations/:id', (c, id) => c.get(`/api/operations/${id}`)],
    ['PATCH /operations/:id', (c, id) => c.patch(`/api/operations/${id}`).send({ name: 'x' })],
    ['DELETE /operations/:id', (c, id) => c.delete(`/api/operations/${id}`)],
    ['GET /operations/:id/results', (c, id) => c.get(`/api/operations/${id}/results`)],
    ['POST /operations/:id/results', (c, id) => c.post(`/api/operations/${id}/results`).send(newResult('POL'))],
    ['GET …/results/:resultId', (c, id, rid) => c.get(`/api/operations/${id}/results/${rid}`)],
    ['PATCH …/results/:resultId', (c, id, rid) => c.patch(`/api/operations/${id}/results/${rid}`).send({ arrests: 1 })],
    ['DELETE …/results/:resultId', (c, id, rid) => c.delete(`/api/operations/${id}/results/${rid}`)],
  ];

  it.each(routes)('%s with an unknown operation id → 404', async (_, call) => {
    await call(analyst, UNKNOWN_ID, result.id).expect(404);
  });

  it.each(routes)('%s with an id that is not a UUID → 400 naming id', async (_, call) => {
    const res = await call(analyst, 'not-a-uuid', result.id).expect(400);
    expect(fieldsOf(res.body)).toEqual(['id']);
  });

  it.each(routes.slice(5))('%s with an unknown result id → 404', async (_, call) => {
    await call(analyst, operation.id, UNKNOWN_ID).expect(404);
  });

  it.each(routes.slice(5))('%s with a result id that is not a UUID → 400', async (_, call) => {
    const res = await call(analyst, operation.id, '12345').expect(400);
    expect(fieldsOf(res.body)).toEqual(['id']);
  });

  it('none of these calls changed the operation or its result', async () => {
    expect(before.results.results).toEqual([result]);
    expect(await readBack(operation.id)).toEqual(before);
  });
});
