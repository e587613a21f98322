import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityManager } from 'typeorm';
import { Transactions } from '../src/db/transactions/transactions.js';
import { startTestApp, type TestApp } from './test-app.js';

/*
 * The one transaction helper every service opens its transactions with. Two writes that must go together
 * (here two sign-in counters) either both commit or neither does, and a dry run leaves nothing.
 */
let t: TestApp;
let transactions: Transactions;

const twoWrites = (prefix: string) => async (tx: EntityManager) => {
  await tx.query(`INSERT INTO login_attempts (key, count, reset_at) VALUES ($1, 1, now() + interval '1 hour')`, [
    `${prefix}:first`,
  ]);
  await tx.query(`INSERT INTO login_attempts (key, count, reset_at) VALUES ($1, 1, now() + interval '1 hour')`, [
    `${prefix}:second`,
  ]);
  return 'written';
};

async function keysStartingWith(prefix: string): Promise<string[]> {
  const { rows } = await t.db.query<{ key: string }>('SELECT key FROM login_attempts WHERE key LIKE $1 ORDER BY key', [
    `${prefix}:%`,
  ]);
  return rows.map((r) => r.key);
}

beforeAll(async () => {
  t = await startTestApp();
  transactions = t.app.get(Transactions);
});
afterAll(() => t.close());

describe('Transactions', () => {
  it('run: both writes commit, and the work’s answer comes back', async () => {
    await expect(transactions.run(twoWrites('run'))).resolves.toBe('written');
    expect(await keysStartingWith('run')).toEqual(['run:first', 'run:second']);
  });

  it('run: a failure after the first write leaves nothing half-written, and the error comes back', async () => {
    const failing = async (tx: EntityManager) => {
      await twoWrites('failed')(tx);
      throw new Error('refused after writing');
    };
    await expect(transactions.run(failing)).rejects.toThrow('refused after writing');
    expect(await keysStartingWith('failed')).toEqual([]);
  });

  it('runRolledBack: the work sees its own writes, answers, and leaves nothing', async () => {
    const seen = await transactions.runRolledBack(async (tx) => {
      await twoWrites('dry')(tx);
      const rows: { n: number }[] = await tx.query(
        `SELECT count(*)::int AS n FROM login_attempts WHERE key LIKE 'dry:%'`,
      );
      return rows[0]?.n;
    });
    expect(seen).toBe(2);
    expect(await keysStartingWith('dry')).toEqual([]);
  });

  it('runRolledBack: a failing dry run gives the work’s error', async () => {
    await expect(transactions.runRolledBack(() => Promise.reject(new Error('invalid row 3')))).rejects.toThrow(
      'invalid row 3',
    );
  });

  it('runUnlessDryRun: commits for a real import, rolls back for a dry run', async () => {
    await transactions.runUnlessDryRun(true, twoWrites('maybe-dry'));
    await transactions.runUnlessDryRun(false, twoWrites('maybe-real'));
    expect(await keysStartingWith('maybe-dry')).toEqual([]);
    expect(await keysStartingWith('maybe-real')).toEqual(['maybe-real:first', 'maybe-real:second']);
  });
});
