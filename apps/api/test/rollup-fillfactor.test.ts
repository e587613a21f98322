import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RollupFillfactor1795808000000 } from '../src/db/migrations/1795808000000-rollup-fillfactor.js';
import { runMigrations } from './migration-steps.js';
import { startTestApp, type TestApp } from './test-app.js';

/**
 * An import's commit upserts the operations rollups: most of its writes update a row already there. The
 * migration leaves room on each page so that such an update can stay on its page (HOT) and skip the index.
 */
let t: TestApp;
const migration = new RollupFillfactor1795808000000();

beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const UPSERT = `
  INSERT INTO operation_region_operations AS t (grouping_id, region, commodity, programme, activity_set, year, operations)
  SELECT 'fillfactor-test', 'R' || n, 'cocaine', 'aircop', 'x', 2020, 1 FROM generate_series(1, 2000) AS n
  ON CONFLICT (grouping_id, commodity, programme, activity_set, year, region)
  DO UPDATE SET operations = t.operations + excluded.operations`;

/** The table's update counts as this session sees them (its own pending counts included). */
async function updateCounts(client: pg.PoolClient): Promise<{ updated: number; hot: number }> {
  const { rows } = await client.query<{ updated: string; hot: string }>(
    `SELECT n_tup_upd AS updated, n_tup_hot_upd AS hot FROM pg_stat_xact_user_tables
     WHERE relname = 'operation_region_operations'`,
  );
  return { updated: Number(rows[0]?.updated), hot: Number(rows[0]?.hot) };
}

/** 2,000 rows written, then each updated once by the same upsert, in a transaction rolled back: the HOT share. */
async function hotShareOfUpdates(): Promise<number> {
  const client = await t.db.connect();
  try {
    await client.query('BEGIN');
    const before = await updateCounts(client);
    await client.query(UPSERT);
    await client.query(UPSERT);
    const after = await updateCounts(client);
    expect(after.updated - before.updated).toBe(2000);
    return (after.hot - before.hot) / 2000;
  } finally {
    await client.query('ROLLBACK');
    client.release();
  }
}

describe('room for updates on the rollups’ pages', () => {
  it('lets most of an upsert’s updates stay on their page, where packed pages let almost none', async () => {
    const withRoom = await hotShareOfUpdates();
    await runMigrations(t.app, [[migration, 'down']]);
    const packed = await hotShareOfUpdates();
    await runMigrations(t.app, [[migration, 'up']]);
    // A page filled to 60 % has room for the new versions of two thirds of its rows (40 / 60) before any old
    // one is dead; a packed page has room for none.
    expect(withRoom).toBeGreaterThan(0.6);
    expect(withRoom).toBeLessThan(0.7);
    expect(packed).toBeLessThan(0.1);
  });
});
