import { afterAll, describe, expect, it } from 'vitest';
import { AppHarness } from '../support/app-process.js';
import { WCO_MATURITY_PATH, type Maturity, type Meta } from '../support/product.js';

describe('two instances with their own DATA_DIR run side by side', () => {
  const harness = new AppHarness();
  afterAll(() => harness.cleanup());

  it('starts both at once, each with its own PostgreSQL and database, and stops one without the other', async () => {
    const [demo, empty] = await Promise.all([harness.start({ demoData: true }), harness.start({ demoData: false })]);

    expect(demo.port).not.toBe(empty.port);
    expect(demo.postmasterPid()).toBeDefined();
    expect(empty.postmasterPid()).toBeDefined();
    expect(demo.postmasterPid()).not.toBe(empty.postmasterPid());

    // Separate databases: only the first one holds demo data.
    expect((await demo.getJson<Meta>('/api/meta')).demoData).toBe(true);
    expect((await empty.getJson<Meta>('/api/meta')).demoData).toBe(false);
    const demoSeries = (await demo.getJson<Maturity>(WCO_MATURITY_PATH)).series;
    const emptySeries = (await empty.getJson<Maturity>(WCO_MATURITY_PATH)).series;
    expect(demoSeries.some((p) => p.assessed > 0)).toBe(true);
    expect(emptySeries.every((p) => p.assessed === 0)).toBe(true);

    expect(await demo.stop('SIGTERM')).toEqual({ code: 0, signal: null });
    expect(await empty.getJson('/api/health')).toEqual({ status: 'ok', db: 'up', replicas: [] });
    expect((await empty.getJson<Meta>('/api/meta')).demoData).toBe(false);
    expect(await empty.stop('SIGTERM')).toEqual({ code: 0, signal: null });
  });
});
