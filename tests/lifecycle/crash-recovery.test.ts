import { readFileSync } from 'node:fs';
import { connect } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { AppHarness, isAlive, isPostmasterOf, postmasterPidFile } from '../support/app-process.js';
import { WCO_MATURITY_PATH, countedAssessments, type Maturity, type Meta } from '../support/product.js';

/** Whether something accepts TCP connections on 127.0.0.1:port. */
function accepts(port: number): Promise<boolean> {
  return new Promise((resolveAccepts) => {
    const socket = connect({ host: '127.0.0.1', port });
    socket.setTimeout(2_000);
    socket.once('connect', () => {
      socket.destroy();
      resolveAccepts(true);
    });
    socket.once('error', () => {
      resolveAccepts(false);
    });
    socket.once('timeout', () => {
      socket.destroy();
      resolveAccepts(false);
    });
  });
}

/** The PostgreSQL port, from line 4 of postmaster.pid. */
function postgresPortOf(dataDir: string): number {
  return Number(readFileSync(postmasterPidFile(dataDir), 'utf8').split('\n')[3]);
}

describe('after the app is killed with kill -9, the next start on the same data recovers', () => {
  const harness = new AppHarness();
  afterAll(() => harness.cleanup());

  it('keeps the data, stops the orphaned PostgreSQL, and does not load the demo data twice', async () => {
    const dataDir = harness.tempDir('cpc-crash-');
    const first = await harness.start({ dataDir, demoData: true });
    const before = await first.getJson<Maturity>(WCO_MATURITY_PATH);
    expect(countedAssessments(before), 'the demo data is loaded').toBeGreaterThan(0);
    expect(first.output(), 'the first start says it loads the demo data').toMatch(/loaded \d+ .*demo/i);
    const orphan = first.postmasterPid()!;
    const pgPort = postgresPortOf(dataDir);
    expect(isAlive(orphan)).toBe(true);

    const crash = await first.kill9();
    expect(crash.signal).toBe('SIGKILL');

    // As after a real crash, the PostgreSQL child outlives Node and still holds the data directory.
    expect(isPostmasterOf(orphan, dataDir), 'postgres survives kill -9 of node').toBe(true);
    expect(await accepts(pgPort), 'the orphaned postgres still listens').toBe(true);

    const second = await harness.start({ dataDir, demoData: true });
    expect(await second.getJson('/api/health')).toEqual({ status: 'ok', db: 'up', replicas: [] });
    expect(isAlive(orphan), `the orphaned postgres (pid ${orphan}) was stopped`).toBe(false);
    const restarted = second.postmasterPid();
    expect(restarted).toBeDefined();
    expect(restarted).not.toBe(orphan);

    const meta = await second.getJson<Meta>('/api/meta');
    expect(meta.demoData).toBe(true);
    const after = await second.getJson<Maturity>(WCO_MATURITY_PATH);
    expect(countedAssessments(after), 'same number of assessments: not loaded twice').toBe(countedAssessments(before));
    expect(after).toEqual(before);
    expect(second.output(), 'the second start does not load demo data again').not.toMatch(/loaded \d+ .*demo/i);

    expect(await second.stop('SIGTERM')).toEqual({ code: 0, signal: null });
  });
});
