import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { AppHarness, HARNESS_ADMIN } from '../support/app-process.js';
import { sleep } from '../support/processes.js';
import { apiFigures, coordinator, expectAcknowledgedStored, ok, primaryFigures, show } from './cluster-checks.js';
import { startExternalPostgres } from './external-postgres.js';
import { missingForProxy, startProxy, type Proxy } from './nginx-proxy.js';
import { ReplicaLoad, type Target } from './replica-load.js';

const missing = missingForProxy();
if (missing) console.warn(`reliability/proxy.test.ts skipped: ${missing}`);

const COUNTRIES = ['FRA', 'DEU', 'ESP', 'ITA'];

/** The admin's token, signed in through the proxy (the app trusts the one proxy's X-Forwarded-For). */
async function signInThrough(url: string): Promise<string> {
  const res = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(HARNESS_ADMIN),
  });
  expect(res.status, await res.clone().text()).toBe(200);
  return ((await res.json()) as { token: string }).token;
}

describe.skipIf(missing !== null)('two API instances behind nginx, with the scale profile’s configuration', () => {
  const harness = new AppHarness();
  const dir = mkdtempSync(join(tmpdir(), 'cpc-proxy-db-'));
  let proxy: Proxy | undefined;
  afterAll(async () => {
    await proxy?.stop();
    await harness.cleanup();
    rmSync(dir, { recursive: true, force: true });
  });

  it('fails over when an instance is killed: only requests in flight fail, and no acknowledged write is lost', async () => {
    const db = await startExternalPostgres(dir);
    const env = { DATABASE_URL: db.url, TRUST_PROXY: '1' };
    // One after the other: the first applies the migrations.
    const a = await harness.start({ demoData: false, env });
    const b = await harness.start({ demoData: false, env });
    proxy = await startProxy([a.port, b.port]);
    const target: Target = { name: 'proxy', baseUrl: proxy.url, token: await signInThrough(proxy.url) };

    const load = new ReplicaLoad();
    for (const [i, country] of COUNTRIES.entries())
      load.write({ target, country, coordinatorToken: await coordinator(a, country) }, i);
    load.read(target, 4);
    await sleep(4_000);
    const killedAt = Date.now();
    await b.kill9();
    // The kill lasts from the signal to B's exit: a request nginx sent B in between met an instance still dying.
    const goneAt = Date.now();
    await sleep(4_000);
    await load.stopWriting();
    await load.stopReading();

    const { sent, acknowledged } = load;
    const proxied = proxy.proxied();
    const servedBy = (port: number, before: boolean) =>
      proxied.filter(
        (p) => (before ? p.at < killedAt : p.at >= goneAt) && p.tried.at(-1)?.port === port && p.status < 400,
      ).length;
    // Both instances served the load before the kill; after it, only A answered.
    expect(servedBy(a.port, true)).toBeGreaterThan(20);
    expect(servedBy(b.port, true)).toBeGreaterThan(20);
    expect(servedBy(b.port, false)).toBe(0);
    // nginx found B gone and passed those requests on to A: the failover the configuration promises.
    const failedOver = proxied.filter((p) => p.tried.length === 2 && p.tried[0]!.port === b.port && p.status < 400);
    expect(failedOver.length, JSON.stringify(proxied.slice(-5))).toBeGreaterThan(0);

    const failed = sent.filter((s) => !ok(s));
    expect(
      failed.filter((s) => s.sentAt >= goneAt || s.doneAt < killedAt),
      `failures not in flight at the kill:\n${show(failed)}`,
    ).toEqual([]);
    // A POST nginx had already sent to B is not sent again (it may have been applied): at most one per client.
    expect(failed.length).toBeLessThanOrEqual(COUNTRIES.length + 4);
    expect(sent.filter((s) => s.sentAt > goneAt && ok(s)).length).toBeGreaterThan(20);
    console.log(
      `proxy.test: ${sent.length} requests; ${failed.length} failed in flight at the kill ` +
        `(${goneAt - killedAt} ms from the signal to B's exit); ` +
        `${failedOver.length} passed on from B to A\n${show(failed)}`,
    );

    await expectAcknowledgedStored(db.url, acknowledged);
    const expected = await primaryFigures(db.url);
    expect(expected.operations.operations).toBeGreaterThan(0);
    expect(await apiFigures(a)).toEqual(expected);
  }, 120_000);
});
