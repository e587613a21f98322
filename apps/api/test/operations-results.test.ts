import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  UUID,
  analyst,
  createOperation,
  createResult,
  fieldsOf,
  newResult,
  readBack,
  t,
  setUp,
  type Operation,
} from './operations.fixture.js';

/**
 * Joint operations through the API: create, read, filter, page, update, delete; each participant's result;
 * bad input; and who may call which route. Every rejected write is followed by a read-back showing that
 * nothing changed.
 *
 * This file: each participant's result (the fixtures: operations.fixture.ts).
 */

beforeAll(setUp);
afterAll(() => t.close());

/** The operation the first two describes below report results in (the others make their own). */
let operation: Operation;

beforeAll(async () => {
  operation = await createOperation({ code: 'RESULTS-1', countries: ['FRA', 'DEU', 'BEL'] });
});

describe('results', () => {
  it('an analyst reports a participant’s result: 201, lists in their fixed order, quantities to 3 decimals', async () => {
    const res = await analyst
      .post(`/api/operations/${operation.id}/results`)
      .send({
        country: 'FRA',
        unitType: 'joint_team',
        unitName: '  Brigade mixte CDG ',
        arrests: 7,
        investigationsOpened: 3,
        controlledDeliveries: 1,
        personsChecked: 2400,
        databaseChecks: [
          { database: 'notices', queries: 600, hits: 2 },
          { database: 'sltd', queries: 2400, hits: 11 },
        ],
        seizures: [
          { commodity: 'currency', cases: 2, quantity: 150000, unit: 'eur' },
          { commodity: 'cocaine', cases: 4, quantity: 31.2346, unit: 'kg' },
        ],
      })
      .expect(201);
    expect(res.body).toEqual({
      id: expect.stringMatching(UUID),
      operationId: operation.id,
      country: 'FRA',
      unitType: 'joint_team',
      unitName: 'Brigade mixte CDG',
      arrests: 7,
      investigationsOpened: 3,
      controlledDeliveries: 1,
      personsChecked: 2400,
      databaseChecks: [
        { database: 'sltd', queries: 2400, hits: 11 },
        { database: 'notices', queries: 600, hits: 2 },
      ],
      seizures: [
        { commodity: 'cocaine', cases: 4, quantity: 31.235, unit: 'kg' },
        { commodity: 'currency', cases: 2, quantity: 150000, unit: 'eur' },
      ],
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
    });
    const read = await analyst.get(`/api/operations/${operation.id}/results/${res.body.id}`).expect(200);
    expect(read.body).toEqual(res.body);
    const list = await analyst.get(`/api/operations/${operation.id}/results`).expect(200);
    expect(list.body).toEqual({ operationId: operation.id, results: [res.body] });
    expect((await analyst.get(`/api/operations/${operation.id}`).expect(200)).body.reportedCountries).toEqual(['FRA']);
  });

  it('a second result for the same country is a 409, and the first stays as it was', async () => {
    const before = await readBack(operation.id);
    const res = await analyst
      .post(`/api/operations/${operation.id}/results`)
      .send(newResult('FRA', { arrests: 99 }))
      .expect(409);
    expect(res.body.message).toMatch(/^country: FRA /);
    expect(await readBack(operation.id)).toEqual(before);
  });

  it('a country that does not take part is a 400 naming country, nothing written', async () => {
    const before = await readBack(operation.id);
    const res = await analyst.post(`/api/operations/${operation.id}/results`).send(newResult('ITA')).expect(400);
    expect(fieldsOf(res.body)).toEqual(['country']);
    expect(await readBack(operation.id)).toEqual(before);
  });
});

describe('results: bad figures and empty lists', () => {
  it.each([
    ['hits above queries', { databaseChecks: [{ database: 'sltd', queries: 10, hits: 11 }] }, 'databaseChecks.0.hits'],
    [
      'a database listed twice',
      {
        databaseChecks: [
          { database: 'smv', queries: 10, hits: 1 },
          { database: 'smv', queries: 20, hits: 2 },
        ],
      },
      'databaseChecks.1.database',
    ],
    [
      'a commodity twice in the same unit',
      {
        seizures: [
          { commodity: 'heroin', cases: 1, quantity: 1, unit: 'kg' },
          { commodity: 'heroin', cases: 2, quantity: 3, unit: 'kg' },
        ],
      },
      'seizures.1.unit',
    ],
    ['negative arrests', { arrests: -1 }, 'arrests'],
    ['a fractional count', { personsChecked: 10.5 }, 'personsChecked'],
    [
      'a negative quantity',
      { seizures: [{ commodity: 'other', cases: 1, quantity: -2, unit: 'l' }] },
      'seizures.0.quantity',
    ],
    [
      'an unknown commodity',
      { seizures: [{ commodity: 'gold', cases: 1, quantity: 2, unit: 'kg' }] },
      'seizures.0.commodity',
    ],
    ['an unknown unit type', { unitType: 'army' }, 'unitType'],
    ['a malformed country', { country: 'be' }, 'country'],
    ['an unknown field', { hitRate: 0.5 }, 'hitRate'],
  ])('%s → 400 naming %s, nothing written', async (_, overrides, field) => {
    const before = await readBack(operation.id);
    const res = await analyst
      .post(`/api/operations/${operation.id}/results`)
      .send({ ...newResult('BEL'), ...overrides })
      .expect(400);
    expect(fieldsOf(res.body)).toEqual([field]);
    expect(await readBack(operation.id)).toEqual(before);
  });

  it('without checks and seizures, both are empty lists; an empty unit name is null', async () => {
    const { databaseChecks: _c, seizures: _s, ...bare } = newResult('DEU', { unitName: '' });
    const res = await analyst.post(`/api/operations/${operation.id}/results`).send(bare).expect(201);
    expect(res.body).toMatchObject({ unitName: null, databaseChecks: [], seizures: [] });
  });
});

describe('results: updating and deleting', () => {
  it('PATCH merges: the figures given change, the rest stays', async () => {
    const created = await createResult(
      (await createOperation({ countries: ['NLD'] })).id,
      newResult('NLD', { unitName: 'Rotterdam PCU', unitType: 'port_control_unit' }),
    );
    const path = `/api/operations/${created.operationId}/results/${created.id}`;
    const res = await analyst
      .patch(path)
      .send({ arrests: 5, seizures: [{ commodity: 'precursors', cases: 2, quantity: 40, unit: 'l' }] })
      .expect(200);
    expect(res.body).toEqual({
      ...created,
      arrests: 5,
      seizures: [{ commodity: 'precursors', cases: 2, quantity: 40, unit: 'l' }],
      updatedAt: expect.any(String),
    });
    expect(res.body.updatedAt).not.toBe(created.updatedAt);
    expect((await analyst.get(path).expect(200)).body).toEqual(res.body);

    const cleared = await analyst.patch(path).send({ unitName: null, seizures: [], databaseChecks: [] }).expect(200);
    expect(cleared.body).toMatchObject({
      unitName: null,
      unitType: 'port_control_unit',
      arrests: 5,
      databaseChecks: [],
      seizures: [],
    });
  });

  it('PATCH with bad figures → 400 naming the field, nothing changed', async () => {
    const op = await createOperation({ countries: ['LUX'] });
    const created = await createResult(op.id, newResult('LUX'));
    const before = await readBack(op.id);
    const res = await analyst
      .patch(`/api/operations/${op.id}/results/${created.id}`)
      .send({ databaseChecks: [{ database: 'nominal', queries: 1, hits: 2 }] })
      .expect(400);
    expect(fieldsOf(res.body)).toEqual(['databaseChecks.0.hits']);
    const country = await analyst
      .patch(`/api/operations/${op.id}/results/${created.id}`)
      .send({ country: 'FRA' })
      .expect(400);
    expect(fieldsOf(country.body)).toEqual(['country']);
    expect(await readBack(op.id)).toEqual(before);
  });

  it('DELETE removes the result: 204, no longer reported, and the participant may then leave', async () => {
    const op = await createOperation({ countries: ['AUT', 'CHE'] });
    const created = await createResult(op.id, newResult('AUT'));
    await analyst.delete(`/api/operations/${op.id}/results/${created.id}`).expect(204);
    await analyst.get(`/api/operations/${op.id}/results/${created.id}`).expect(404);
    await analyst.delete(`/api/operations/${op.id}/results/${created.id}`).expect(404);
    expect((await analyst.get(`/api/operations/${op.id}`).expect(200)).body.reportedCountries).toEqual([]);
    const res = await analyst
      .patch(`/api/operations/${op.id}`)
      .send({ countries: ['CHE'] })
      .expect(200);
    expect(res.body.countries).toEqual(['CHE']);
  });

  it('a result id of another operation is a 404 under this one', async () => {
    const a = await createOperation({ countries: ['DNK'] });
    const b = await createOperation({ countries: ['DNK'] });
    const inA = await createResult(a.id, newResult('DNK'));
    const before = await readBack(a.id);
    await analyst.get(`/api/operations/${b.id}/results/${inA.id}`).expect(404);
    await analyst.patch(`/api/operations/${b.id}/results/${inA.id}`).send({ arrests: 1 }).expect(404);
    await analyst.delete(`/api/operations/${b.id}/results/${inA.id}`).expect(404);
    expect(await readBack(a.id)).toEqual(before);
  });
});
