import { fileURLToPath } from 'node:url';
import type { INestApplication } from '@nestjs/common';
import pg from 'pg';
import request from 'supertest';
import { createApp } from '../src/create-app.js';
import type { ReplicaOptions } from '../src/db/replicas/replica-options.js';
import { TEST_ADMIN } from './test-app.js';

/**
 * The primary + streaming replica builder of the reliability suite (tests/reliability/streaming-replica.ts),
 * loaded at run time: it lives outside this package, which type-checks its own files only.
 */
const BUILDER = fileURLToPath(new URL('../../../tests/reliability/streaming-replica.ts', import.meta.url));

export interface StreamingCluster {
  primaryUrl: string;
  replicaUrl: string;
  stopReplica(): Promise<void>;
  startReplica(): Promise<void>;
  waitForReplay(timeoutMs?: number): Promise<void>;
  cleanup(): Promise<void>;
}

interface Builder {
  missingForStreamingReplica(): string | null;
  startStreamingCluster(): Promise<StreamingCluster>;
}

export const replicaBuilder = (await import(BUILDER)) as Builder;

/** The real API on the cluster's primary, reading from its replica; returns the app and the admin's token. */
export async function startReplicatedApp(
  cluster: StreamingCluster,
  replicas: Partial<ReplicaOptions>,
): Promise<{ app: INestApplication; token: string }> {
  const app = await createApp({
    databaseUrl: cluster.primaryUrl,
    demoData: false,
    logger: false,
    auth: { adminEmail: TEST_ADMIN.email, adminPassword: TEST_ADMIN.password },
    replicas: { urls: [cluster.replicaUrl], ...replicas },
  });
  await app.init();
  const res = await request(app.getHttpServer()).post('/api/auth/login').send(TEST_ADMIN).expect(200);
  return { app, token: res.body.token as string };
}

/** A moment on the database's own clock. */
export async function serverNow(db: pg.Pool): Promise<string> {
  return (await db.query<{ now: string }>('SELECT clock_timestamp()::text AS now')).rows[0]!.now;
}

/**
 * How many sessions of this server ran a statement containing `fragment` since `since`: which server answered
 * a read, as PostgreSQL itself saw it (the cluster keeps whole statements in pg_stat_activity).
 */
export async function statementsSince(db: pg.Pool, fragment: string, since: string): Promise<number> {
  const { rows } = await db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM pg_stat_activity
     WHERE pid <> pg_backend_pid() AND query_start >= $2::timestamptz AND strpos(query, $1) > 0`,
    [fragment, since],
  );
  return rows[0]!.n;
}

export async function until(condition: () => Promise<boolean> | boolean, what: string, ms = 15_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
