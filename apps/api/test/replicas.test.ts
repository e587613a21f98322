import type { INestApplication } from '@nestjs/common';
import pg from 'pg';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChangeFeed } from '../src/changes/change-feed.js';
import { MATURITY_CELLS_SQL } from '../src/analytics/maturity.sql.js';
import { ReadDatabase } from '../src/db/replicas/read-database.js';
import { insertAssessment } from './factories.js';
import {
  replicaBuilder,
  serverNow,
  startReplicatedApp,
  statementsSince,
  until,
  type StreamingCluster,
} from './replica-cluster.js';

/*
 * A real primary and a streaming replica (the machine's PostgreSQL binaries). Which server ran an analytics
 * statement is read from each server's pg_stat_activity, by the first line of the maturity view's statement.
 */
const MATURITY = MATURITY_CELLS_SQL.trim().split('\n')[0]!;
const missing = replicaBuilder.missingForStreamingReplica();
if (missing) console.warn(`replicas.test.ts skipped: ${missing}`);

let cluster: StreamingCluster;
let app: INestApplication;
let token: string;
let primary: pg.Pool;
let replica: pg.Pool;

const health = async () => (await request(app.getHttpServer()).get('/api/health').expect(200)).body;
/** Countries counted in ALL for the maturity view of [from, to]'s last year; each call asks a new query. */
async function assessedIn(from: number, to: number): Promise<number> {
  const res = await request(app.getHttpServer())
    .get(`/api/analytics/maturity?grouping=wco&from=${from}&to=${to}`)
    .set('Authorization', `Bearer ${token}`)
    .expect(200);
  const all = (res.body.series as { region: string; year: number; assessed: number }[]).find(
    (p) => p.region === 'ALL' && p.year === to,
  );
  return all?.assessed ?? 0;
}
const validated = (country: string) =>
  insertAssessment(primary, { country, year: 2021, status: 'validated', overall: 50, level: 3, selfLevel: 3 });
/** Which servers ran the maturity statement while `read` ran. */
async function whoAnswered(read: () => Promise<unknown>): Promise<{ primary: number; replica: number }> {
  const [sincePrimary, sinceReplica] = [await serverNow(primary), await serverNow(replica)];
  await read();
  return {
    primary: await statementsSince(primary, MATURITY, sincePrimary),
    replica: await statementsSince(replica, MATURITY, sinceReplica),
  };
}

describe.skipIf(missing !== null)('analytics reads on a streaming replica', () => {
  /** What afterAll undoes, newest first: only what beforeAll got to create. */
  const created: (() => Promise<unknown>)[] = [];
  beforeAll(async () => {
    cluster = await replicaBuilder.startStreamingCluster();
    created.push(() => cluster.cleanup());
    ({ app, token } = await startReplicatedApp(cluster, { maxLagMs: 60_000, probeIntervalMs: 200 }));
    created.push(() => app.close());
    primary = new pg.Pool({ connectionString: cluster.primaryUrl, max: 2 });
    replica = new pg.Pool({ connectionString: cluster.replicaUrl, max: 2 });
    replica.on('error', () => undefined);
    created.push(() => Promise.all([primary.end(), replica.end()]));
    await validated('FRA');
    await validated('DEU');
    await cluster.waitForReplay();
    // Signing in is a write of this instance: its reads go to the primary for a moment.
    await until(() => !app.get(ChangeFeed).inOwnWriteWindow(), 'the sign-in to settle');
  }, 120_000);
  afterAll(async () => {
    for (const undo of created.reverse()) await undo();
  });

  it('reports the replica in /api/health by position, with its lag', async () => {
    await until(async () => (await health()).replicas[0]?.status === 'ok', 'the replica to be measured');
    expect(await health()).toEqual({
      status: 'ok',
      db: 'up',
      replicas: [{ index: 0, status: 'ok', lagMs: expect.any(Number), used: true, reads: expect.any(Number) }],
    });
  });

  it('reads from the replica once it has replayed the data, and streams from it', async () => {
    let assessed = 0;
    expect(await whoAnswered(async () => (assessed = await assessedIn(2021, 2021)))).toEqual({
      primary: 0,
      replica: 1,
    });
    expect(assessed).toBe(2);
    const inRecovery = app.get(ReadDatabase).streamReadOnly(async function* (tx) {
      yield (await tx.query<{ standby: boolean }[]>('SELECT pg_is_in_recovery() AS standby'))[0]?.standby;
    });
    for await (const standby of inRecovery) expect(standby).toBe(true);
  });

  it('reads from the primary while a write of its own settles', async () => {
    const feed = app.get(ChangeFeed);
    feed.writeStarted();
    try {
      expect(await whoAnswered(() => assessedIn(2020, 2021))).toEqual({ primary: 1, replica: 0 });
    } finally {
      feed.writeEnded();
    }
    await until(() => !feed.inOwnWriteWindow(), 'the write window to close');
  });

  it('never caches an answer from a replica older than the data version it is cached under', async () => {
    await replica.query('SELECT pg_wal_replay_pause()');
    try {
      await validated('ESP');
      // The paused replica is reachable and within the lag bound, but has not replayed ESP's version.
      const answered = await whoAnswered(() => until(async () => (await assessedIn(2021, 2021)) === 3, 'ESP'));
      expect(answered.replica).toBe(0);
      expect(answered.primary).toBeGreaterThan(0);
    } finally {
      await replica.query('SELECT pg_wal_replay_resume()');
    }
  });

  it('falls back to the primary when the replica stops, says so in health, and returns to it', async () => {
    await cluster.stopReplica();
    const sincePrimary = await serverNow(primary);
    expect(await assessedIn(2019, 2021)).toBe(3);
    expect(await statementsSince(primary, MATURITY, sincePrimary)).toBe(1);
    await until(async () => (await health()).replicas[0]?.status === 'down', 'health to report the replica down');
    expect((await health()).replicas[0]).toMatchObject({ index: 0, status: 'down', lagMs: null, used: false });
    await cluster.startReplica();
    await until(async () => (await health()).replicas[0]?.used === true, 'the replica to be used again');
    expect(await whoAnswered(() => assessedIn(2018, 2021))).toEqual({ primary: 0, replica: 1 });
  });
});
