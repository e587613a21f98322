import { afterAll, describe, expect, it } from 'vitest';
import { AppHarness, type AppProcess } from '../support/app-process.js';
import { sleep } from '../support/processes.js';
import {
  apiFigures,
  coordinator,
  expectAcknowledgedStored,
  ok,
  primaryFigures,
  replicaHealth,
  show,
  until,
} from './cluster-checks.js';
import { ReplicaLoad, readPath, type Target, type Writer } from './replica-load.js';
import { missingForStreamingReplica, startStreamingCluster, type StreamingCluster } from './streaming-replica.js';

const missing = missingForStreamingReplica();
if (missing) console.warn(`reliability/replicas.test.ts skipped: ${missing}`);

describe.skipIf(missing !== null)('two API instances on a primary and a streaming replica', () => {
  const harness = new AppHarness();
  let cluster: StreamingCluster | undefined;
  afterAll(async () => {
    await harness.cleanup();
    await cluster?.cleanup();
  });

  it('loses no acknowledged write through a kill and replica restarts, and both instances agree with SQL', async () => {
    cluster = await startStreamingCluster();
    const env = { DATABASE_URL: cluster.primaryUrl, DATABASE_REPLICA_URLS: cluster.replicaUrl };
    // One after the other: the first applies the migrations.
    const a = await harness.start({ demoData: false, env });
    const b = await harness.start({ demoData: false, env });
    const target = async (name: string, app: AppProcess): Promise<Target> => ({
      name,
      baseUrl: app.baseUrl,
      token: await app.signIn(),
    });
    const [targetA, targetB] = [await target('A', a), await target('B', b)];
    const writers: Writer[] = [
      { target: targetA, country: 'FRA', coordinatorToken: await coordinator(a, 'FRA') },
      { target: targetA, country: 'DEU', coordinatorToken: await coordinator(a, 'DEU') },
      { target: targetB, country: 'ESP', coordinatorToken: await coordinator(b, 'ESP') },
      { target: targetB, country: 'ITA', coordinatorToken: await coordinator(b, 'ITA') },
    ];

    const load = new ReplicaLoad();
    writers.forEach((writer, i) => {
      load.write(writer, i);
    });
    load.read(targetA, 2);
    load.read(targetB, 2);
    await sleep(4_000);
    const killedAt = Date.now();
    await b.kill9();
    await sleep(2_000);
    await cluster.restartReplica();
    await sleep(2_000);
    await load.stopWriting();
    // Reads alone: A's own writes settle and its reads go to the replica, which then restarts under them.
    const before = (await replicaHealth(a)).reads;
    await until(async () => (await replicaHealth(a)).reads > before, 'A to read from the replica');
    await cluster.restartReplica();
    await sleep(2_000);
    await load.stopReading();

    const { sent, acknowledged } = load;
    const summary = `${sent.length} requests, ${sent.filter(ok).length} 2xx\n${a.describe().slice(-3_000)}`;
    expect(
      sent.filter((s) => s.instance === 'A' && !ok(s)),
      `failures on A:\n${show(sent)}\n${summary}`,
    ).toEqual([]);
    const failedOnB = sent.filter((s) => s.instance === 'B' && !ok(s));
    expect(
      failedOnB.filter((s) => s.doneAt < killedAt),
      `B failed before the kill:\n${show(failedOnB)}`,
    ).toEqual([]);
    const inFlight = failedOnB.filter((s) => s.sentAt < killedAt);
    console.log(
      `replicas.test: ${sent.length} requests; B failed ${inFlight.length} in flight at the kill, ` +
        `${failedOnB.length - inFlight.length} sent after it`,
    );
    expect(inFlight.length).toBeLessThanOrEqual(4);
    await expectAcknowledgedStored(cluster.primaryUrl, acknowledged);

    await cluster.waitForReplay();
    const b2 = await harness.start({ demoData: false, env });
    const expected = await primaryFigures(cluster.primaryUrl);
    expect(expected.operations.operations).toBeGreaterThan(0);
    expect(await apiFigures(a)).toEqual(expected);
    expect(await apiFigures(b2)).toEqual(expected);
    // Once its sign-in (a write) has settled, the new instance reads from the replica too.
    let n = 0;
    await until(async () => {
      await b2.getJson(readPath(n++));
      return (await replicaHealth(b2)).reads > 0;
    }, 'the restarted instance to read from the replica');
  }, 180_000);
});
