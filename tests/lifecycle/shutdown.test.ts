import { existsSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { AppHarness, childrenOf, isAlive, postmasterPidFile } from '../support/app-process.js';

describe('stopping the app (Ctrl-C, or a service manager) stops its PostgreSQL too', () => {
  const harness = new AppHarness();
  afterAll(() => harness.cleanup());

  it.each(['SIGTERM', 'SIGINT'] as const)('%s: exits with code 0 and leaves no postgres behind', async (signal) => {
    const app = await harness.start({ demoData: true });
    const postmaster = app.postmasterPid();
    expect(postmaster, `a postmaster.pid while running\n${app.describe()}`).toBeDefined();
    expect(isAlive(postmaster!)).toBe(true);
    // The server's own processes (checkpointer, writers, the app's connections) must go too.
    const serverProcesses = childrenOf(postmaster!);
    expect(serverProcesses.length).toBeGreaterThan(0);

    const exit = await app.stop(signal);

    expect(exit, app.describe()).toEqual({ code: 0, signal: null });
    expect(isAlive(postmaster!), `postgres pid ${postmaster!} still alive`).toBe(false);
    expect(serverProcesses.filter(isAlive), 'postgres processes still alive').toEqual([]);
    expect(existsSync(postmasterPidFile(app.dataDir)), 'postmaster.pid left behind').toBe(false);
    await expect(app.fetch('/api/health'), 'nothing answers on its port any more').rejects.toThrow();
  });
});
