import type { AuditListResponse } from '@cpc/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientFor, type Client, type Who } from './assessment-fixtures.js';
import { startTestApp, type TestApp } from './test-app.js';

let t: TestApp;
const clients = new Map<string, Client>();
const WHO: Record<string, Who> = {
  admin: { role: 'admin' },
  analyst: { role: 'analyst' },
  coordinatorFRA: { role: 'coordinator', country: 'FRA' },
  viewerFRA: { role: 'viewer', country: 'FRA' },
  coordinatorDEU: { role: 'coordinator', country: 'DEU' },
  viewerDEU: { role: 'viewer', country: 'DEU' },
  anonymous: 'anonymous',
};
const as = (name: string): Client => clients.get(name)!;

const ACTION = {
  text: 'Set up a joint targeting centre',
  items: ['A.3.1'],
  lead: 'customs',
  owner: 'Risk analysis unit',
  start: '2025-01-01',
  target: '2026-06-30',
};

beforeAll(async () => {
  t = await startTestApp();
  for (const [name, who] of Object.entries(WHO)) clients.set(name, await clientFor(t, who));
});
afterAll(() => t.close());

/** A fresh FRA action at version 1. */
async function freshAction(): Promise<string> {
  return (await as('coordinatorFRA').post('/api/countries/FRA/actions').send(ACTION).expect(201)).body.id;
}

describe('who may read and change a country’s plan', () => {
  it.each([
    ['admin', 200],
    ['analyst', 200],
    ['coordinatorFRA', 200],
    ['viewerFRA', 200],
    ['coordinatorDEU', 403],
    ['viewerDEU', 403],
    ['anonymous', 401],
  ])('GET the plan and an action’s history: %s → %i', async (name, status) => {
    const id = await freshAction();
    await as(name).get('/api/countries/FRA/actions').expect(status);
    await as(name).get(`/api/countries/FRA/actions/${id}/history`).expect(status);
  });

  it.each([
    ['admin', 201],
    ['coordinatorFRA', 201],
    ['analyst', 403],
    ['viewerFRA', 403],
    ['coordinatorDEU', 403],
    ['anonymous', 401],
  ])('POST an action: %s → %i', async (name, status) => {
    await as(name).post('/api/countries/FRA/actions').send(ACTION).expect(status);
  });

  it.each([
    ['admin', 200, 204],
    ['coordinatorFRA', 200, 204],
    ['analyst', 403, 403],
    ['viewerFRA', 403, 403],
    ['coordinatorDEU', 403, 403],
  ])('PATCH the plan’s fields and DELETE: %s → %i, %i', async (name, patched, deleted) => {
    const id = await freshAction();
    const path = `/api/countries/FRA/actions/${id}`;
    await as(name).patch(path).send({ status: 'in_progress', version: 1 }).expect(patched);
    await as(name)
      .delete(`${path}?version=${patched === 200 ? 2 : 1}`)
      .expect(deleted);
  });

  it('lets analysts and admins comment, and nobody else; a comment is its own kind of revision', async () => {
    const id = await freshAction();
    const path = `/api/countries/FRA/actions/${id}`;
    const res = await as('analyst')
      .patch(path)
      .send({ analystComment: 'Compare with the AIRCOP unit of CDG.', version: 1 })
      .expect(200);
    expect(res.body).toMatchObject({ analystComment: 'Compare with the AIRCOP unit of CDG.', version: 2 });
    await as('analyst').patch(path).send({ analystComment: 'x', owner: 'y', version: 2 }).expect(403);
    const refused = await as('coordinatorFRA').patch(path).send({ analystComment: 'mine', version: 2 }).expect(403);
    expect(refused.body.message).toMatch(/analystComment/);
    await as('admin').patch(path).send({ analystComment: null, version: 2 }).expect(200);
    const history = (await as('viewerFRA').get(`${path}/history`).expect(200)).body;
    expect(history.revisions.map((r: { action: string }) => r.action)).toEqual(['created', 'commented', 'commented']);
  });

  it('answers 404 for an action of another country’s plan, named under this one', async () => {
    const id = await freshAction();
    await as('admin').patch(`/api/countries/DEU/actions/${id}`).send({ owner: 'x', version: 1 }).expect(404);
    await as('admin').get(`/api/countries/DEU/actions/${id}/history`).expect(404);
  });
});

describe('the audit log', () => {
  it('records every write to a plan, with its status', async () => {
    const id = await freshAction();
    const path = `/api/countries/FRA/actions/${id}`;
    await as('coordinatorFRA').patch(path).send({ notes: 'ok', version: 1 }).expect(200);
    await as('coordinatorFRA').delete(`${path}?version=2`).expect(204);
    await as('viewerFRA').post('/api/countries/FRA/actions').send(ACTION).expect(403);
    let entries: AuditListResponse['entries'] = [];
    for (let i = 0; i < 50; i++) {
      entries = (await as('admin').get('/api/audit?limit=500').expect(200)).body.entries;
      if (entries.some((e) => e.method === 'DELETE' && e.path === path)) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    const writes = entries.filter((e) => e.action === 'write' && e.path.startsWith('/api/countries/FRA/actions'));
    expect(writes.map((e) => [e.method, e.path, e.status])).toEqual(
      expect.arrayContaining([
        ['POST', '/api/countries/FRA/actions', 201],
        ['PATCH', path, 200],
        ['DELETE', path, 204],
        ['POST', '/api/countries/FRA/actions', 403],
      ]),
    );
  });
});
