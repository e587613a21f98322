import { afterAll, describe, expect, it } from 'vitest';
import { AppHarness } from '../support/app-process.js';
import { sleep } from '../support/processes.js';
import { apiFigures, primaryFigures, replicaHealth, type ReplicaHealth, until } from './cluster-checks.js';
import { importForm, operationsFile } from './operations-file.js';
import { readPath } from './replica-load.js';
import { query } from './sql.js';
import { missingForStreamingReplica, startStreamingCluster, type StreamingCluster } from './streaming-replica.js';

const missing = missingForStreamingReplica();
if (missing) console.warn(`reliability/replica-lag.test.ts skipped: ${missing}`);

/** 150 operations × 20 countries × 20 seizure rows: 60,000 rows, an import's transaction of several seconds. */
const OPERATIONS = 150;
const MAX_LAG_MS = 2_000;
/** The import answers once it has committed and vacuumed its rollups: long on a loaded machine. */
const IMPORT_TIMEOUT_MS = 150_000;

/** A health sample, taken while the primary had data version `primaryVersion`. */
type Sample = ReplicaHealth & { primaryVersion: string };

const DATA_VERSION_SQL = 'SELECT data_version::text AS v FROM analytics_state WHERE id = 1';

describe.skipIf(missing !== null)('replica lag while an operations import is written', () => {
  const harness = new AppHarness();
  let cluster: StreamingCluster | undefined;
  afterAll(async () => {
    await harness.cleanup();
    await cluster?.cleanup();
  });

  it('the replica stays in the rotation while an import’s transaction is open, and leaves it when replay stops', async () => {
    cluster = await startStreamingCluster();
    const { primaryUrl, replicaUrl } = cluster;
    const app = await harness.start({
      demoData: false,
      env: { DATABASE_URL: primaryUrl, DATABASE_REPLICA_URLS: replicaUrl, REPLICA_MAX_LAG_MS: String(MAX_LAG_MS) },
    });
    const token = await app.signIn();
    const health = () => replicaHealth(app);
    const primaryVersion = async () => (await query<{ v: string }>(primaryUrl, DATA_VERSION_SQL))[0]!.v;
    const { csv, rows } = operationsFile(OPERATIONS);
    const before = await primaryVersion();
    await until(async () => (await health()).status === 'ok', 'the replica to be in the rotation');

    const samples: Sample[] = [];
    const readStatuses: number[] = [];
    const over = new AbortController();
    // Failed samples or reads are recorded, never thrown: the loops must end when the import does.
    const watch = (async () => {
      while (!over.signal.aborted) {
        const version = await primaryVersion().catch(() => 'unknown');
        const sample = await health().catch(() => ({ status: 'no answer', lagMs: null, reads: 0 }));
        samples.push({ ...sample, primaryVersion: version });
        await sleep(50);
      }
    })();
    const read = (async () => {
      for (let i = 0; !over.signal.aborted; i++) {
        const status = await app
          .fetch(readPath(i), { headers: { Authorization: `Bearer ${token}` } })
          .then(async (res) => (await res.arrayBuffer(), res.status))
          .catch(() => 0);
        readStatuses.push(status);
      }
    })();
    const started = Date.now();
    let importMs: number;
    try {
      const imported = await app.fetch('/api/operations/import', {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}` },
        body: importForm(csv),
        signal: AbortSignal.timeout(IMPORT_TIMEOUT_MS),
      });
      importMs = Date.now() - started;
      expect(imported.status, await imported.clone().text()).toBe(200);
    } finally {
      over.abort();
      await Promise.all([watch, read]);
    }

    // While the import's transaction was open, the primary's data version had not moved: no commit for the
    // replica to lack, so it lags by nothing and stays in the rotation of every instance (this one reads from
    // the primary while its own write is in flight). PostgreSQL's time since the last replayed transaction grew
    // with the transaction, and took it out past the bound.
    const open = samples.filter((s) => s.primaryVersion === before);
    expect(open.length).toBeGreaterThan(20);
    expect(open.filter((s) => s.status !== 'ok')).toEqual([]);
    expect(readStatuses.filter((s) => s !== 200)).toEqual([]);
    console.log(
      `replica-lag.test: ${rows} rows imported in ${importMs} ms; ${open.length} health samples while its ` +
        `transaction was open, all ok; replica lag max ${Math.max(...samples.map((s) => s.lagMs ?? 0))} ms ` +
        `over ${samples.length} samples; ${readStatuses.length} reads, all 200`,
    );

    await cluster.waitForReplay();
    const expected = await primaryFigures(primaryUrl);
    expect(expected.operations.operations).toBeGreaterThan(0);
    // The instance's own import kept its reads on the primary (read-your-writes); once that has settled, they
    // are the replica's, and equal the primary's tables.
    let n = 0;
    await until(async () => {
      await app.getJson(readPath(n++));
      return (await health()).reads > 0;
    }, 'the instance to read from the replica');
    const readsBefore = (await health()).reads;
    expect(await apiFigures(app)).toEqual(expected);
    expect((await health()).reads).toBeGreaterThan(readsBefore);

    // A replica that stops replaying lags from the first commit it lacks, and leaves the rotation past the bound.
    await query(replicaUrl, 'SELECT pg_wal_replay_pause()');
    const wrote = await app.fetch('/api/operations', {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({
        code: 'LAG-1',
        name: 'Lag',
        programme: 'wco',
        lead: 'wco',
        activities: ['interception'],
        startDate: '2025-03-01',
        endDate: '2025-03-20',
        countries: ['FRA'],
      }),
    });
    expect(wrote.status, await wrote.clone().text()).toBe(201);
    await until(async () => (await health()).status === 'lagging', 'the paused replica to leave the rotation');
    expect((await health()).lagMs).toBeGreaterThan(MAX_LAG_MS);
    await query(replicaUrl, 'SELECT pg_wal_replay_resume()');
    await until(async () => (await health()).status === 'ok', 'the resumed replica to return');
    expect((await health()).lagMs).toBe(0);
  }, 300_000);
});
