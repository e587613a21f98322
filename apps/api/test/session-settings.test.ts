import { DataSource } from 'typeorm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { replicaDataSourceOptions } from '../src/db/data-source-options.js';
import { startTestApp, type TestApp } from './test-app.js';

/*
 * The app's sessions run without JIT: an import's commit, planned from the tables as they were before it, was
 * compiled for seconds on a PostgreSQL built with LLVM. The setting is read back from the sessions themselves,
 * whatever the server's default (PostgreSQL's is on).
 */
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const jitOf = async (source: DataSource) => (await source.query<{ jit: string }[]>('SHOW jit'))[0]!.jit;

it("the primary's sessions run without JIT, and the server's default is left as it is", async () => {
  expect(await jitOf(t.app.get(DataSource))).toBe('off');
  const { rows } = await t.db.query<{ jit: string }>('SHOW jit');
  expect(rows[0]!.jit).toBe('on');
});

it("a replica's sessions run without JIT", async () => {
  const replica = new DataSource(replicaDataSourceOptions(t.url, 0));
  await replica.initialize();
  try {
    expect(await jitOf(replica)).toBe('off');
  } finally {
    await replica.destroy();
  }
});
