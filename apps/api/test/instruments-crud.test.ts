import { INSTRUMENT_KINDS } from '@cpc/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientFor, type Client } from './assessment-fixtures.js';
import { BAD, VALID, echoed } from './instruments-fixtures.js';
import { startTestApp, type TestApp } from './test-app.js';

let t: TestApp;
let coordinator: Client;

beforeAll(async () => {
  t = await startTestApp();
  coordinator = await clientFor(t, { role: 'coordinator', country: 'FRA' });
});
afterAll(() => t.close());

describe.each(INSTRUMENT_KINDS)('a %s: recorded, read, replaced, deleted', (kind) => {
  it('goes through its whole life with a version at each step and a history', async () => {
    const created = await coordinator.post('/api/instruments').send(VALID[kind]).expect(201);
    expect(created.body).toMatchObject(echoed(VALID[kind]));
    const id = created.body.id as string;
    expect((await coordinator.get(`/api/instruments/${id}`).expect(200)).body).toEqual(created.body);

    const changed = { ...VALID[kind], title: `${VALID[kind].title} (révisé)`, notes: 'changed', version: 1 };
    const updated = await coordinator.patch(`/api/instruments/${id}`).send(changed).expect(200);
    expect(updated.body).toMatchObject({ title: `${VALID[kind].title} (révisé)`, notes: 'changed', version: 2 });

    const stale = await coordinator.patch(`/api/instruments/${id}`).send(changed).expect(409);
    expect(stale.body).toMatchObject({ code: 'version_conflict', currentVersion: 2 });
    await coordinator.delete(`/api/instruments/${id}?version=1`).expect(409);
    await coordinator.delete(`/api/instruments/${id}?version=2`).expect(204);
    await coordinator.get(`/api/instruments/${id}`).expect(404);

    const history = await coordinator.get(`/api/instruments/${id}/history`).expect(200);
    const lines = history.body.revisions as { revision: number; action: string; before: unknown; after: unknown }[];
    expect(lines.map((l) => [l.action, l.revision])).toEqual([
      ['created', 1],
      ['updated', 2],
      ['deleted', 2],
    ]);
    expect(lines[0]!.before).toBeNull();
    expect(lines[1]!.before).toMatchObject({ title: VALID[kind].title, version: 1 });
    expect(lines[1]!.after).toMatchObject({ notes: 'changed', version: 2 });
    expect(lines[2]!.after).toBeNull();
  });

  it('refuses a bad field with a 400 naming it', async () => {
    const res = await coordinator
      .post('/api/instruments')
      .send({ ...VALID[kind], ...BAD[kind].patch })
      .expect(400);
    expect(res.body.code).toBe('invalid_fields');
    expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(BAD[kind].field);
  });
});

describe('bad input: 400 naming the field, never a 500', () => {
  const post = (body: unknown) =>
    coordinator
      .post('/api/instruments')
      .send(body as object)
      .expect(400);

  it('an unknown country names country', async () => {
    const res = await post({ ...VALID.agreement, country: 'XXX' });
    expect(res.body.errors).toEqual([
      { field: 'country', message: 'country: unknown country XXX', code: 'unknown_country', params: { value: 'XXX' } },
    ]);
  });

  it('an unknown kind, an end before the start, an INTERPOL year its dates leave', async () => {
    expect((await post({ ...VALID.agreement, kind: 'treaty' })).body.errors[0].field).toBe('kind');
    expect((await post({ ...VALID.agreement, to: '2019-01-01' })).body.errors[0].field).toBe('to');
    expect((await post({ ...VALID.interpol_access, year: 2023 })).body.errors[0].field).toBe('from');
    expect((await post({ ...VALID.training, from: '2023-02-30' })).body.errors[0].field).toBe('from');
  });

  it('text PostgreSQL cannot store is a 400 naming its field, not a 500', async () => {
    const nul = await post({ ...VALID.liaison_officer, host: 'OCR\u0000TIS' });
    expect(nul.body.errors[0].field).toBe('host');
    const surrogate = await post({ ...VALID.committee, meetings: [{ date: '2024-01-02', notes: 'a\ud800b' }] });
    expect(surrogate.body.errors[0].field).toBe('meetings.0.notes');
  });

  it('a PATCH without version, a DELETE without version, an id that is not a UUID', async () => {
    const { body } = await coordinator.post('/api/instruments').send(VALID.committee).expect(201);
    const patch = await coordinator.patch(`/api/instruments/${body.id}`).send(VALID.committee).expect(400);
    expect(patch.body.errors[0].field).toBe('version');
    const del = await coordinator.delete(`/api/instruments/${body.id}`).expect(400);
    expect(del.body.errors[0].field).toBe('version');
    await coordinator.get('/api/instruments/not-a-uuid').expect(400);
    await coordinator.delete(`/api/instruments/${body.id}?version=1`).expect(204);
  });
});

describe('the natural key: one record per identifying fields', () => {
  it('a second identical agreement is a 409 naming the first; a PATCH onto another record’s key too', async () => {
    const first = await coordinator.post('/api/instruments').send(VALID.agreement).expect(201);
    // Case and spaces do not make another agreement.
    const same = { ...VALID.agreement, title: '  PROTOCOLE douane-police ', reference: 'other' };
    const clash = await coordinator.post('/api/instruments').send(same).expect(409);
    expect(clash.body).toMatchObject({ code: 'instrument_exists', existingId: first.body.id });
    expect(clash.body.message).toContain('Protocole douane-police');

    const other = { ...VALID.agreement, title: 'Accord PA-2' };
    const second = await coordinator.post('/api/instruments').send(other).expect(201);
    const moved = await coordinator
      .patch(`/api/instruments/${second.body.id}`)
      .send({ ...VALID.agreement, version: 1 })
      .expect(409);
    expect(moved.body).toMatchObject({ code: 'instrument_exists', existingId: first.body.id });
  });
});

describe('notes', () => {
  it('are trimmed, and blank notes are none', async () => {
    const blank = await coordinator
      .post('/api/instruments')
      .send({ ...VALID.joint_unit, notes: '   ' })
      .expect(201);
    expect(blank.body).not.toHaveProperty('notes');
    const padded = await coordinator
      .patch(`/api/instruments/${blank.body.id}`)
      .send({ ...VALID.joint_unit, notes: ' 24/7 ', version: 1 })
      .expect(200);
    expect(padded.body.notes).toBe('24/7');
  });
});
