import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityManager } from 'typeorm';
import { ReadDatabase } from '../src/db/replicas/read-database.js';
import { startTestApp, type TestApp } from './test-app.js';

/*
 * The raw exports stream through ReadDatabase.streamReadOnly (here without replicas: on the primary): batches
 * from one read-only snapshot; a consumer that stops early (the client left) rolls it back and frees the
 * connection.
 */
let t: TestApp;

beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

async function* batches(tx: EntityManager): AsyncGenerator<number, void, undefined> {
  for (let i = 1; i <= 3; i++) yield i;
  await tx.query(`INSERT INTO login_attempts (key, count, reset_at) VALUES ('stream:x', 1, now())`);
}

describe('a streamed read', () => {
  it('gives every batch from a read-only transaction, which refuses writes', async () => {
    const seen: number[] = [];
    await expect(async () => {
      for await (const batch of t.app.get(ReadDatabase).streamReadOnly(batches)) seen.push(batch);
    }).rejects.toThrow(/read-only transaction/);
    expect(seen).toEqual([1, 2, 3]);
  });

  it('rolls back and frees its connection when the consumer stops early', async () => {
    for await (const batch of t.app.get(ReadDatabase).streamReadOnly(batches)) if (batch === 1) break;
    const { rows } = await t.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM pg_stat_activity WHERE state LIKE 'idle in transaction%'`,
    );
    expect(rows[0]!.n).toBe(0);
    const keys = await t.db.query(`SELECT key FROM login_attempts WHERE key LIKE 'stream:%'`);
    expect(keys.rows).toEqual([]);
  });
});
