import request from 'supertest';
import type { Client, Who } from './assessment-fixtures.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  analyst,
  clientFor,
  createOperation,
  createResult,
  newOperation,
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
 * This file: what national users learn about other participants, and who may call which route (the
 * fixtures: operations.fixture.ts).
 */

beforeAll(setUp);
afterAll(() => t.close());

describe('what national users learn about other participants', () => {
  let operation: Operation;

  beforeAll(async () => {
    operation = await createOperation({ code: 'SCOPE-1', countries: ['BEN', 'NER', 'TGO'] });
    await createResult(operation.id, newResult('BEN'));
    await createResult(operation.id, newResult('NER', { arrests: 9 }));
  });

  it.each([
    [{ role: 'analyst' }, ['BEN', 'NER'], ['BEN', 'NER']],
    [{ role: 'viewer', country: 'BEN' }, ['BEN'], ['BEN']],
    [{ role: 'coordinator', country: 'NER' }, ['NER'], ['NER']],
    // TGO takes part but has not reported: it sees the operation, no one's result.
    [{ role: 'viewer', country: 'TGO' }, [], []],
  ] as const)('%j: reportedCountries %j, results of %j', async (who, reported, results) => {
    const client = await clientFor(who);
    const read = await client.get(`/api/operations/${operation.id}`).expect(200);
    expect(read.body.countries).toEqual(['BEN', 'NER', 'TGO']);
    expect(read.body.reportedCountries).toEqual(reported);
    const listed = await client.get('/api/operations?q=SCOPE-1').expect(200);
    expect(listed.body.operations[0].reportedCountries).toEqual(reported);
    const list = await client.get(`/api/operations/${operation.id}/results`).expect(200);
    expect(list.body.results.map((r: Result) => r.country)).toEqual(results);
  });

  it("a national user cannot read another participant's result by its id (404)", async () => {
    const ner = (await analyst.get(`/api/operations/${operation.id}/results`).expect(200)).body.results[1] as Result;
    expect(ner.country).toBe('NER');
    const benViewer = await clientFor({ role: 'viewer', country: 'BEN' });
    await benViewer.get(`/api/operations/${operation.id}/results/${ner.id}`).expect(404);
  });

  it('a national user reads the result of a participant that shares its figures with members, only while it does', async () => {
    const ner = (await analyst.get(`/api/operations/${operation.id}/results`).expect(200)).body.results[1] as Result;
    const setNer = async (level: string) =>
      request(t.app.getHttpServer())
        .put('/api/countries/NER/disclosure')
        .set('Authorization', `Bearer ${await t.tokenFor('admin')}`)
        .send({ level })
        .expect(200);
    const benViewer = await clientFor({ role: 'viewer', country: 'BEN' });
    const tgoViewer = await clientFor({ role: 'viewer', country: 'TGO' });
    const countries = async (client: Client) =>
      (await client.get(`/api/operations/${operation.id}/results`).expect(200)).body.results.map(
        (r: Result) => r.country,
      );
    await setNer('members');
    try {
      expect(await countries(benViewer)).toEqual(['BEN', 'NER']);
      expect(await countries(tgoViewer)).toEqual(['NER']);
      const read = await benViewer.get(`/api/operations/${operation.id}/results/${ner.id}`).expect(200);
      expect(read.body).toMatchObject({ country: 'NER', arrests: 9 });
      // A country outside the operation still does not see it, nor its results.
      const outsider = await clientFor({ role: 'viewer', country: 'MLI' });
      await outsider.get(`/api/operations/${operation.id}/results`).expect(404);
      await outsider.get(`/api/operations/${operation.id}/results/${ner.id}`).expect(404);
    } finally {
      await setNer('confidential');
    }
    expect(await countries(benViewer)).toEqual(['BEN']);
    await benViewer.get(`/api/operations/${operation.id}/results/${ner.id}`).expect(404);
  });
});

// ---------------------------------------------------------------------------------------------------------
// Who may call which route. The fixture: an operation of DEU and FRA, where DEU has reported; the routes on
// a result target FRA's. "own" national users belong to FRA, "peer" ones to DEU (the other participant),
// "outsider" ones to ITA (not a participant).

const CALLERS = {
  anonymous: 'anonymous',
  admin: { role: 'admin' },
  analyst: { role: 'analyst' },
  'coordinator own': { role: 'coordinator', country: 'FRA' },
  'coordinator peer': { role: 'coordinator', country: 'DEU' },
  'coordinator outsider': { role: 'coordinator', country: 'ITA' },
  'viewer own': { role: 'viewer', country: 'FRA' },
  'viewer peer': { role: 'viewer', country: 'DEU' },
  'viewer outsider': { role: 'viewer', country: 'ITA' },
} satisfies Record<string, Who>;
type Caller = keyof typeof CALLERS;

interface Fixture {
  operationId: string;
  /** FRA's result, when the route needs one. */
  resultId: string;
}

interface Route {
  name: string;
  write: boolean;
  /** Whether FRA has reported before the call. */
  withFraResult: boolean;
  call(c: Client, f: Fixture): request.Test;
  expected: Record<Caller, number>;
}

/** Statuses in the order of CALLERS. */
function statuses(...codes: number[]): Record<Caller, number> {
  return Object.fromEntries((Object.keys(CALLERS) as Caller[]).map((caller, i) => [caller, codes[i]])) as Record<
    Caller,
    number
  >;
}

const ROUTES: Route[] = [
  {
    name: 'GET /operations',
    write: false,
    withFraResult: false,
    call: (c) => c.get('/api/operations'),
    expected: statuses(401, 200, 200, 200, 200, 200, 200, 200, 200),
  },
  {
    name: 'POST /operations',
    write: true,
    withFraResult: false,
    call: (c) => c.post('/api/operations').send(newOperation()),
    expected: statuses(401, 201, 201, 403, 403, 403, 403, 403, 403),
  },
  {
    name: 'GET /operations/:id',
    write: false,
    withFraResult: false,
    call: (c, f) => c.get(`/api/operations/${f.operationId}`),
    expected: statuses(401, 200, 200, 200, 200, 404, 200, 200, 404),
  },
  {
    name: 'PATCH /operations/:id',
    write: true,
    withFraResult: false,
    call: (c, f) => c.patch(`/api/operations/${f.operationId}`).send({ name: 'Renamed by the caller' }),
    expected: statuses(401, 200, 200, 403, 403, 403, 403, 403, 403),
  },
  {
    name: 'DELETE /operations/:id',
    write: true,
    withFraResult: true,
    call: (c, f) => c.delete(`/api/operations/${f.operationId}`),
    expected: statuses(401, 204, 204, 403, 403, 403, 403, 403, 403),
  },
  {
    name: 'GET /operations/:id/results',
    write: false,
    withFraResult: true,
    call: (c, f) => c.get(`/api/operations/${f.operationId}/results`),
    expected: statuses(401, 200, 200, 200, 200, 404, 200, 200, 404),
  },
  {
    name: 'POST /operations/:id/results (FRA)',
    write: true,
    withFraResult: false,
    call: (c, f) => c.post(`/api/operations/${f.operationId}/results`).send(newResult('FRA')),
    expected: statuses(401, 201, 201, 201, 403, 404, 403, 403, 403),
  },
  {
    name: "GET …/results/:resultId (FRA's)",
    write: false,
    withFraResult: true,
    call: (c, f) => c.get(`/api/operations/${f.operationId}/results/${f.resultId}`),
    expected: statuses(401, 200, 200, 200, 404, 404, 200, 404, 404),
  },
  {
    name: "PATCH …/results/:resultId (FRA's)",
    write: true,
    withFraResult: true,
    call: (c, f) => c.patch(`/api/operations/${f.operationId}/results/${f.resultId}`).send({ arrests: 11 }),
    expected: statuses(401, 200, 200, 200, 404, 404, 403, 403, 403),
  },
  {
    name: "DELETE …/results/:resultId (FRA's)",
    write: true,
    withFraResult: true,
    call: (c, f) => c.delete(`/api/operations/${f.operationId}/results/${f.resultId}`),
    expected: statuses(401, 204, 204, 204, 404, 404, 403, 403, 403),
  },
];

describe('who may call which operations route', () => {
  const clients = {} as Record<Caller, Client>;

  beforeAll(async () => {
    for (const caller of Object.keys(CALLERS) as Caller[]) clients[caller] = await clientFor(CALLERS[caller]);
  });

  const cases = ROUTES.flatMap((route) =>
    (Object.keys(CALLERS) as Caller[]).map((caller) => ({
      route,
      caller,
      label: `${route.name} as ${caller}`,
      expected: route.expected[caller],
    })),
  );

  it('covers every route × caller', () => {
    expect(cases).toHaveLength(10 * 9);
  });

  it.each(cases)('$label → $expected', async ({ route, caller, expected }) => {
    const operation = await createOperation({ countries: ['FRA', 'DEU'] });
    await createResult(operation.id, newResult('DEU'));
    const resultId = route.withFraResult ? (await createResult(operation.id, newResult('FRA'))).id : '';
    const before = { total: await totalOperations(), ...(await readBack(operation.id)) };

    const res = await route.call(clients[caller], { operationId: operation.id, resultId });

    expect(res.status, JSON.stringify(res.body)).toBe(expected);
    const after = { total: await totalOperations(), ...(await readBack(operation.id)) };
    if (!route.write || expected >= 400) expect(after).toEqual(before);
    else expect(after).not.toEqual(before);
  });
});
