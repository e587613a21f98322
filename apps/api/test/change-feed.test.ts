import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChangeFeed, CHANGES_CHANNEL } from '../src/changes/change-feed.js';
import { FeedMemory } from '../src/changes/feed-memory.js';
import { insertAssessment } from './factories.js';
import { startTestApp, type TestApp } from './test-app.js';

/*
 * Sessions and the analytics data version are kept in memory while PostgreSQL's notifications arrive. These
 * tests play another instance (or an operator in psql) by writing straight to the database.
 */
let t: TestApp;
let feed: ChangeFeed;
const get = (path: string, token: string) =>
  request(t.app.getHttpServer()).get(path).set('Authorization', `Bearer ${token}`);

async function until(condition: () => Promise<boolean> | boolean, what: string, ms = 5_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

async function freshToken(): Promise<string> {
  const res = await request(t.app.getHttpServer())
    .post('/api/auth/login')
    .send({ email: 'admin@test.example.org', password: 'admin-password-for-tests' })
    .expect(200);
  return res.body.token as string;
}

/** The listener's own backend, as PostgreSQL lists it. */
async function terminateListener(): Promise<void> {
  const { rows } = await t.db.query<{ terminated: boolean }>(
    `SELECT pg_terminate_backend(pid) AS terminated FROM pg_stat_activity
     WHERE application_name = 'cpc-change-feed' AND datname = current_database()`,
  );
  expect(rows).toEqual([{ terminated: true }]);
}

const wcoAssessed = async (token: string): Promise<number> => {
  const res = await get('/api/analytics/maturity?grouping=wco&from=2021&to=2021', token).expect(200);
  const all = (res.body.series as { region: string; assessed: number }[]).find((p) => p.region === 'ALL');
  return all?.assessed ?? 0;
};

beforeAll(async () => {
  t = await startTestApp();
  feed = t.app.get(ChangeFeed);
  await until(() => feed.isLive(), 'the change feed');
});
afterAll(() => t.close());

describe('the change feed', () => {
  it('signs out a session revoked by another writer', async () => {
    const token = await freshToken();
    await get('/api/auth/me', token).expect(200);
    await get('/api/auth/me', token).expect(200);
    await t.db.query('UPDATE sessions SET revoked_at = now() WHERE revoked_at IS NULL');
    await until(async () => (await get('/api/auth/me', token)).status === 401, 'the revoked session to be refused');
  });

  it('forgets a cached session when its user is disabled elsewhere', async () => {
    const token = await t.tokenFor('analyst');
    await get('/api/auth/me', token).expect(200);
    await t.db.query(`UPDATE users SET disabled = true WHERE role = 'analyst'`);
    await until(async () => (await get('/api/auth/me', token)).status === 401, 'the disabled user to be refused');
    await t.db.query(`UPDATE users SET disabled = false WHERE role = 'analyst'`);
  });

  it('serves analytics written by another writer', async () => {
    const token = await freshToken();
    const before = await wcoAssessed(token);
    await insertAssessment(t.db, {
      country: 'FRA',
      year: 2021,
      status: 'validated',
      overall: 50,
      level: 3,
      selfLevel: 3,
    });
    await until(async () => (await wcoAssessed(token)) === before + 1, 'the new assessment to be counted');
  });

  it('gives a methodology adopted by another writer as the default once announced', async () => {
    const token = await freshToken();
    const defaultVersion = async () =>
      (await get('/api/analytics/maturity?grouping=wco&from=2021&to=2021', token).expect(200)).body.methodologyVersion;
    await until(() => feed.isTrustworthy(), 'the sign-in to settle');
    // Asked twice while nothing changes: the second answer's version comes from memory.
    expect([await defaultVersion(), await defaultVersion()]).toEqual(['v1', 'v1']);
    const adopt = (version: string) =>
      t.db.query(`INSERT INTO methodology_decisions (version, reason) VALUES ($1, 'adopted elsewhere')`, [version]);
    await adopt('v2');
    await until(async () => (await defaultVersion()) === 'v2', 'the decision to be the default');
    await adopt('v1');
    await until(async () => (await defaultVersion()) === 'v1', 'the decision after it to be the default');
  });

  it('reads through to the database while a write of its own is in flight, and for a while after', async () => {
    await until(() => feed.isTrustworthy(), 'earlier writes to settle');
    feed.writeStarted();
    expect(feed.isTrustworthy()).toBe(false);
    feed.writeEnded();
    expect(feed.isTrustworthy()).toBe(false);
    await until(() => feed.isTrustworthy(), 'this write to settle');
  });

  it('reads through while the listener is lost, and reconnects by itself', async () => {
    const token = await freshToken();
    await terminateListener();
    await until(() => !feed.isLive(), 'the feed to notice');
    // Read, then written while no notification can arrive: the next read sees the write all the same.
    await get('/api/auth/me', token).expect(200);
    const before = await wcoAssessed(token);
    await t.db.query('UPDATE sessions SET revoked_at = now() WHERE revoked_at IS NULL');
    await insertAssessment(t.db, {
      country: 'DEU',
      year: 2021,
      status: 'validated',
      overall: 40,
      level: 3,
      selfLevel: 3,
    });
    await get('/api/auth/me', token).expect(401);
    const again = await freshToken();
    expect(await wcoAssessed(again)).toBe(before + 1);
    await until(() => feed.isLive(), 'the feed to reconnect');
    await get('/api/auth/me', again).expect(200);
  });
});

describe('a memory kept from the change feed', () => {
  it('keeps a read only when no emptying notification arrived while it ran', async () => {
    await until(() => feed.isTrustworthy(), 'earlier writes to settle');
    let emptied = 0;
    const memory = new FeedMemory(
      feed,
      (event) => event.kind === 'sessions',
      () => emptied++,
    );
    const kept: string[] = [];
    const keep = (value: string) => kept.push(value);
    const announce = async (payload: string) => {
      const before = emptied;
      await t.db.query('SELECT pg_notify($1, $2)', [CHANGES_CHANNEL, payload]);
      return before;
    };

    // A notification of a kind this memory ignores does not spoil the read.
    expect(
      await memory.readThrough(async () => {
        await announce('data:1');
        return 'a';
      }, keep),
    ).toBe('a');
    // One that empties it arrives while the read runs: the value is returned, not kept.
    const overlapped = memory.readThrough(async () => {
      const before = await announce('sessions');
      await until(() => emptied > before, 'the notification');
      return 'b';
    }, keep);
    expect(await overlapped).toBe('b');
    // Nothing arrives: kept.
    expect(await memory.readThrough(() => Promise.resolve('c'), keep)).toBe('c');
    // The feed could not be trusted as the read started: not kept.
    const untrusted = () => false;
    expect(await memory.readThrough(() => Promise.resolve('d'), keep, untrusted)).toBe('d');
    expect(kept).toEqual(['a', 'c']);
  });
});
