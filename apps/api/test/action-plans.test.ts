import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientFor, WORKED_EXAMPLE, type Answers, type Client } from './assessment-fixtures.js';
import { startTestApp, type TestApp } from './test-app.js';

let t: TestApp;
let coordinator: Client;
const today = new Date().toISOString().slice(0, 10);

beforeAll(async () => {
  t = await startTestApp();
  coordinator = await clientFor(t, { role: 'coordinator', country: 'FRA' });
});
afterAll(() => t.close());

/** Drafted and submitted through the API, as a coordinator does. */
async function submit(country: string, year: number, answers: Answers, client = coordinator): Promise<string> {
  const created = await client.post('/api/assessments').send({ country, year, answers }).expect(201);
  await client.post(`/api/assessments/${created.body.id}/submit`).send({ version: 1 }).expect(200);
  return created.body.id as string;
}

const ACTION = {
  text: 'Sign a customs–police agreement on joint risk analysis',
  items: ['A.3.1', 'A.11'],
  lead: 'joint',
  owner: 'Direction générale des douanes',
  start: '2024-06-01',
  target: '2099-12-31',
};

describe('the loop: gap → action → done → next assessment → closure', () => {
  let actionId: string;

  it('offers a candidate per gap of the latest counted assessment: solutions, or free text', async () => {
    await submit('FRA', 2024, WORKED_EXAMPLE);
    const plan = (await coordinator.get('/api/countries/FRA/actions').expect(200)).body;
    expect(plan).toMatchObject({ country: 'FRA', methodologyVersion: 'v1', actions: [] });
    expect(plan.assessment.year).toBe(2024);
    // The worked example's gaps under v1 (docs/methodology.md §4); A.3.1 has the handbook's solutions.
    expect(plan.candidates.map((c: { code: string; freeText: boolean }) => [c.code, c.freeText])).toEqual([
      ['A.3.1', false],
      ['A.5.1', true],
      ['A.11', true],
      ['A.13', true],
      ['A.16.1', true],
    ]);
  });

  it('records an action, planned today, and the candidates it addresses name it', async () => {
    const res = await coordinator.post('/api/countries/FRA/actions').send(ACTION).expect(201);
    actionId = res.body.id;
    expect(res.body).toMatchObject({
      ...ACTION,
      country: 'FRA',
      version: 1,
      status: 'planned',
      statusHistory: [{ status: 'planned', date: today }],
      notes: '',
      instrumentId: null,
      analystComment: null,
      overdue: false,
    });
    const plan = (await coordinator.get('/api/countries/FRA/actions').expect(200)).body;
    expect(plan.actions).toHaveLength(1);
    expect(plan.actions[0].closure).toBeNull();
    const addressed = plan.candidates.filter((c: { addressedBy: string[] }) => c.addressedBy.includes(actionId));
    expect(addressed.map((c: { code: string }) => c.code)).toEqual(['A.3.1', 'A.11']);
  });

  it('dates every change of status; done with no later assessment: closure unknown (null)', async () => {
    await coordinator
      .patch(`/api/countries/FRA/actions/${actionId}`)
      .send({ status: 'in_progress', version: 1 })
      .expect(200);
    const notes = await coordinator
      .patch(`/api/countries/FRA/actions/${actionId}`)
      .send({ notes: 'MoU drafted', version: 2 })
      .expect(200);
    expect(notes.body.statusHistory).toHaveLength(2); // a change without a new status adds no line
    const done = await coordinator
      .patch(`/api/countries/FRA/actions/${actionId}`)
      .send({ status: 'done', version: 3 })
      .expect(200);
    expect(done.body).toMatchObject({ status: 'done', version: 4, notes: 'MoU drafted' });
    expect(done.body.statusHistory).toEqual([
      { status: 'planned', date: today },
      { status: 'in_progress', date: today },
      { status: 'done', date: today },
    ]);
    const plan = (await coordinator.get('/api/countries/FRA/actions').expect(200)).body;
    expect(plan.actions[0].closure).toEqual({
      assessmentId: null,
      year: null,
      items: [
        { code: 'A.3.1', closed: null },
        { code: 'A.11', closed: null },
      ],
    });
  });

  it('closes A.3.1 (answered yes, A.3.2 informal: 1 point) and not A.11 (still no) at the next submitted assessment', async () => {
    const nextId = await submit('FRA', 2025, { ...WORKED_EXAMPLE, 'A.3.1': 'yes', 'A.3.2': 'informal' });
    const plan = (await coordinator.get('/api/countries/FRA/actions').expect(200)).body;
    expect(plan.assessment).toEqual({ id: nextId, year: 2025 });
    expect(plan.actions[0].closure).toEqual({
      assessmentId: nextId,
      year: 2025,
      items: [
        { code: 'A.3.1', closed: true },
        { code: 'A.11', closed: false },
      ],
    });
    // The closed gap no longer offers a candidate; the others still do.
    expect(plan.candidates.map((c: { code: string }) => c.code)).toEqual(['A.5.1', 'A.11', 'A.13', 'A.16.1']);
  });
});

describe('versions, history and status dates', () => {
  it('refuses a stale write with 409 and the current version; deletes at the version read', async () => {
    const { body } = await coordinator.post('/api/countries/FRA/actions').send(ACTION).expect(201);
    const path = `/api/countries/FRA/actions/${body.id}`;
    await coordinator.patch(path).send({ owner: 'Police nationale', version: 1 }).expect(200);
    const stale = await coordinator.patch(path).send({ owner: 'Douane', version: 1 }).expect(409);
    expect(stale.body).toMatchObject({ code: 'version_conflict', currentVersion: 2 });
    await coordinator.delete(`${path}?version=1`).expect(409);
    await coordinator.delete(path).expect(400);
    await coordinator.delete(`${path}?version=2`).expect(204);
    await coordinator.patch(path).send({ owner: 'x', version: 2 }).expect(404);

    const history = (await coordinator.get(`${path}/history`).expect(200)).body;
    expect(history.actionId).toBe(body.id);
    const lines = history.revisions as { revision: number; action: string; before: unknown; after: unknown }[];
    expect(lines.map((l) => [l.action, l.revision])).toEqual([
      ['created', 1],
      ['updated', 2],
      ['deleted', 2],
    ]);
    expect(lines[0]!.before).toBeNull();
    expect(lines[1]!.before).toMatchObject({ owner: ACTION.owner, version: 1 });
    expect(lines[1]!.after).toMatchObject({ owner: 'Police nationale', version: 2 });
    expect(lines[2]!.after).toBeNull();
    expect(history.revisions[0].by.email).toMatch(/coordinator/);
  });

  it('takes a past statusDate, refuses a future one or one before the last change', async () => {
    const res = await coordinator
      .post('/api/countries/FRA/actions')
      .send({ ...ACTION, target: '2024-09-30', statusDate: '2024-06-01' })
      .expect(201);
    expect(res.body).toMatchObject({ statusHistory: [{ status: 'planned', date: '2024-06-01' }], overdue: true });
    const path = `/api/countries/FRA/actions/${res.body.id}`;
    const early = await coordinator.patch(path).send({ status: 'done', statusDate: '2024-05-01', version: 1 });
    expect(early.status).toBe(400);
    expect(early.body.errors[0].field).toBe('statusDate');
    const future = await coordinator.patch(path).send({ status: 'done', statusDate: '2999-01-01', version: 1 });
    expect(future.status).toBe(400);
    const dropped = await coordinator
      .patch(path)
      .send({ status: 'dropped', statusDate: '2024-08-15', version: 1 })
      .expect(200);
    expect(dropped.body).toMatchObject({
      statusHistory: [
        { status: 'planned', date: '2024-06-01' },
        { status: 'dropped', date: '2024-08-15' },
      ],
      overdue: false,
    });
  });

  it('refuses bad input with a 400 naming the field', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ items: [] }, 'items'],
      [{ items: ['A.99'] }, 'items.0'],
      [{ lead: 'army' }, 'lead'],
      [{ target: '2024-01-01' }, 'target'],
      [{ instrumentId: '00000000-0000-4000-8000-000000000000' }, 'instrumentId'],
      [{ text: '' }, 'text'],
      [{ unknown: 1 }, 'unknown'],
    ];
    for (const [patch, field] of cases) {
      const res = await coordinator.post('/api/countries/FRA/actions').send({ ...ACTION, ...patch });
      expect(res.status, JSON.stringify(patch)).toBe(400);
      expect(JSON.stringify(res.body.errors), JSON.stringify(patch)).toContain(field);
    }
    const { body } = await coordinator.post('/api/countries/FRA/actions').send(ACTION).expect(201);
    const merged = await coordinator
      .patch(`/api/countries/FRA/actions/${body.id}`)
      .send({ target: '2024-01-01', version: 1 });
    expect(merged.status).toBe(400);
    expect(merged.body.errors[0]).toMatchObject({ field: 'target', code: 'end_before_start' });
    await coordinator.get('/api/countries/XXX/actions').expect(404);
    await coordinator.get('/api/countries/fra/actions').expect(400);
  });
});
