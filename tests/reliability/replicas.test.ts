import { afterAll, describe, expect, it } from 'vitest';
import { AppHarness, type AppProcess } from '../support/app-process.js';
import { sleep } from '../support/processes.js';
import { ReplicaLoad, readPath, type Sent, type Target, type Writer } from './replica-load.js';
import { query } from './sql.js';
import { missingForStreamingReplica, startStreamingCluster, type StreamingCluster } from './streaming-replica.js';

const missing = missingForStreamingReplica();
if (missing) console.warn(`reliability/replicas.test.ts skipped: ${missing}`);

const MATURITY = '/api/analytics/maturity?grouping=wco&from=2016&to=2026';
const OPERATIONS = '/api/analytics/operations?grouping=wco&from=2025&to=2025';
const ok = (s: Sent) => s.status >= 200 && s.status < 300;
const show = (sent: Sent[]) =>
  sent
    .slice(0, 8)
    .map((s) => `${s.instance} ${s.kind} ${s.path} → ${s.status} after ${s.doneAt - s.sentAt} ms ${s.detail}`)
    .join('\n');

interface Figures {
  /** Countries counted per year, 2016–2026. */
  assessed: Record<number, number>;
  /** Operations ending in 2025 with a result, and their arrests. */
  operations: { operations: number; arrests: number };
}

/** The figures as an instance's analytics give them (region ALL). */
async function apiFigures(app: AppProcess): Promise<Figures> {
  type Point = { region: string; year: number };
  const maturity = await app.getJson<{ series: (Point & { assessed: number })[] }>(MATURITY);
  const operations = await app.getJson<{ series: (Point & { operations: number; arrests: number })[] }>(OPERATIONS);
  const assessed: Record<number, number> = {};
  for (let year = 2016; year <= 2026; year++)
    assessed[year] = maturity.series.find((p) => p.region === 'ALL' && p.year === year)?.assessed ?? 0;
  const all = operations.series.find((p) => p.region === 'ALL' && p.year === 2025);
  return { assessed, operations: { operations: all?.operations ?? 0, arrests: all?.arrests ?? 0 } };
}

/** The same figures straight from the primary's tables: a country counts in year Y for an assessment of Y−2 to Y. */
async function primaryFigures(url: string): Promise<Figures> {
  const years = await query<{ year: number; n: number }>(
    url,
    `SELECT y AS year, (SELECT count(DISTINCT country_iso3)::int FROM assessments
                        WHERE status IN ('submitted', 'validated') AND year BETWEEN y - 2 AND y) AS n
     FROM generate_series(2016, 2026) AS y`,
  );
  const [operations] = await query<{ operations: number; arrests: number }>(
    url,
    `SELECT count(DISTINCT r.operation_id)::int AS operations, coalesce(sum(r.arrests), 0)::int AS arrests
     FROM operation_results r JOIN operations o ON o.id = r.operation_id WHERE o.end_year = 2025`,
  );
  return { assessed: Object.fromEntries(years.map((r) => [r.year, r.n])), operations: operations! };
}

/** A coordinator of `country`, created by the admin, signed in. */
async function coordinator(app: AppProcess, country: string): Promise<string> {
  const user = { email: `coordinator.${country.toLowerCase()}@test.example.org`, password: 'coordinator-password' };
  const headers = { 'Content-Type': 'application/json' };
  const created = await app.fetch('/api/users', {
    method: 'POST',
    headers: { ...headers, Authorization: `Bearer ${await app.signIn()}` },
    body: JSON.stringify({ ...user, role: 'coordinator', country }),
  });
  expect(created.status, await created.text()).toBe(201);
  const res = await app.fetch('/api/auth/login', { method: 'POST', headers, body: JSON.stringify(user) });
  expect(res.status).toBe(200);
  return ((await res.json()) as { token: string }).token;
}

async function until(condition: () => Promise<boolean>, what: string, ms = 30_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await condition().catch(() => false))) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(200);
  }
}

const replicaReads = async (app: AppProcess) =>
  (await app.getJson<{ replicas: { reads: number; status: string }[] }>('/api/health')).replicas[0]!;

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
    const before = (await replicaReads(a)).reads;
    await until(async () => (await replicaReads(a)).reads > before, 'A to read from the replica');
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
      return (await replicaReads(b2)).reads > 0;
    }, 'the restarted instance to read from the replica');
  }, 180_000);
});

async function expectAcknowledgedStored(url: string, acknowledged: ReplicaLoad['acknowledged']): Promise<void> {
  const assessments = await query<{ id: string; status: string }>(
    url,
    'SELECT id::text, status FROM assessments WHERE id = ANY($1::uuid[])',
    [[...acknowledged.assessments.keys()]],
  );
  const status = new Map(assessments.map((r) => [r.id, r.status]));
  for (const [id, a] of acknowledged.assessments) {
    expect(status.has(id), `assessment ${a.country} ${a.year} acknowledged but not stored`).toBe(true);
    if (a.submitted) expect(status.get(id), `${a.country} ${a.year}`).toBe('submitted');
  }
  const results = await query<{ operation_id: string; country_iso3: string; arrests: number }>(
    url,
    `SELECT r.operation_id::text, r.country_iso3, r.arrests FROM operation_results r
     JOIN operations o ON o.id = r.operation_id WHERE o.code = ANY($1::text[])`,
    [[...acknowledged.operations.keys()]],
  );
  const codes = await query<{ code: string }>(url, 'SELECT code FROM operations WHERE code = ANY($1::text[])', [
    [...acknowledged.operations.keys()],
  ]);
  expect(codes.length).toBe(acknowledged.operations.size);
  const stored = new Set(results.map((r) => `${r.operation_id} ${r.country_iso3} ${r.arrests}`));
  for (const r of acknowledged.results)
    expect(stored.has(`${r.operationId} ${r.country} ${r.arrests}`), `result of ${r.operationId}`).toBe(true);
}
