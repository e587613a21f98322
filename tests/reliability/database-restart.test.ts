import { afterAll, describe, expect, it } from 'vitest';
import { AppHarness } from '../support/app-process.js';
import { startExternalPostgres, type ExternalPostgres } from './external-postgres.js';
import { startLoad, statusCounts, tail, type Answer } from './load.js';
import { query } from './sql.js';

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));
const DATABASE_UNAVAILABLE = {
  statusCode: 503,
  code: 'database_unavailable',
  message: 'The database is unavailable; try again shortly',
};

async function waitFor<T>(find: () => T | undefined, timeoutMs: number): Promise<T | undefined> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = find();
    if (found !== undefined || Date.now() > deadline) return found;
    await sleep(50);
  }
}

const show = (answers: Answer[]) =>
  answers
    .slice(0, 10)
    .map((a) => `${a.kind} ${a.status} after ${a.doneAt - a.sentAt} ms ${a.detail}`)
    .join('\n');

describe('the database restarts while the app is under load', () => {
  const harness = new AppHarness();
  let database: ExternalPostgres | undefined;
  afterAll(async () => {
    await harness.cleanup();
  });

  it('answers 503 within 10 s during the outage, recovers without a restart, and loses no acknowledged write', async () => {
    database = await startExternalPostgres(harness.tempDir('cpc-reliability-pg-'));
    const app = await harness.start({ demoData: false, env: { DATABASE_URL: database.url } });
    const load = startLoad(app.baseUrl, await app.signIn());

    await sleep(1_500);
    await database.stop();
    const stoppedAt = Date.now();
    await sleep(3_000);
    const restartingAt = Date.now();
    await database.start();
    const startedAt = Date.now();
    const recovered = await waitFor(
      () => load.answers.find((a) => a.sentAt >= startedAt && a.status >= 200 && a.status < 300),
      10_000,
    );
    await sleep(1_000);
    await load.stop();
    const { answers } = load;
    const summary = `answers: ${JSON.stringify(statusCounts(answers))}\n${tail(app.output())}`;

    // Nothing hangs and nothing is a 500: every answer is a success or a clean 503, within 10 s.
    const slow = answers.filter((a) => a.doneAt - a.sentAt >= 10_000 || a.status === 0);
    expect(slow, `requests without an answer within 10 s:\n${show(slow)}\n${summary}`).toEqual([]);
    const unexpected = answers.filter((a) => !(a.status >= 200 && a.status < 300) && a.status !== 503);
    expect(unexpected, `answers other than 2xx or 503:\n${show(unexpected)}\n${summary}`).toEqual([]);

    // While the server is down, every request gets the 503 that says so.
    const duringOutage = answers.filter((a) => a.sentAt >= stoppedAt && a.doneAt <= restartingAt);
    expect(duringOutage.length, summary).toBeGreaterThan(10);
    const notUnavailable = duringOutage.filter(
      (a) => a.status !== 503 || JSON.stringify(JSON.parse(a.detail)) !== JSON.stringify(DATABASE_UNAVAILABLE),
    );
    expect(notUnavailable, `during the outage:\n${show(notUnavailable)}\n${summary}`).toEqual([]);

    // The same process serves again within 10 s of the server being back, and keeps serving.
    expect(recovered, `no success within 10 s of the restart\n${summary}`).toBeDefined();
    expect(recovered!.doneAt - startedAt).toBeLessThan(10_000);
    expect(app.running, summary).toBe(true);
    const afterRecovery = answers.filter((a) => a.sentAt > recovered!.doneAt);
    expect(afterRecovery.length).toBeGreaterThan(0);
    const failedAfterRecovery = afterRecovery.filter((a) => a.status < 200 || a.status >= 300);
    expect(failedAfterRecovery, `after recovery:\n${show(failedAfterRecovery)}`).toEqual([]);
    const health = await app.fetch('/api/health');
    expect(health.status).toBe(200);

    // Every write that was acknowledged is stored.
    const created = [...load.created];
    expect(created.length).toBeGreaterThan(0);
    const stored = await query<{ code: string }>(database.url, 'SELECT code FROM operations WHERE code = ANY($1)', [
      created,
    ]);
    expect(stored.map((r) => r.code).sort()).toEqual(created.sort());

    expect(await app.stop('SIGTERM'), tail(app.output())).toEqual({ code: 0, signal: null });
    await database.stop();
  });
});
