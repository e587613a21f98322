import { afterAll, describe, expect, it } from 'vitest';
import { AppHarness } from '../support/app-process.js';
import { importForm, operationsFile } from './operations-file.js';
import { startLoad, statusCounts, tail, type Answer } from './load.js';
import { embeddedDatabaseUrl, importTransactionOpen } from './sql.js';

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));
/** A slow request to be in flight at SIGTERM: 100 operations × 20 countries × 20 seizure rows = 40,000 rows. */
const FILE = operationsFile(100);
/** How a client sees a server that no longer takes its requests; a reset only on a reused keep-alive socket. */
const REFUSED = /ECONNREFUSED|ECONNRESET|other side closed|socket hang up/i;

const show = (answers: Answer[]) =>
  answers
    .slice(0, 10)
    .map((a) => `${a.kind} ${a.status} after ${a.doneAt - a.sentAt} ms ${a.detail}`)
    .join('\n');

describe('SIGTERM while the app is under load', () => {
  const harness = new AppHarness();
  afterAll(() => harness.cleanup());

  it('finishes the requests in flight, refuses new ones cleanly, and exits with code 0', async () => {
    const app = await harness.start({ demoData: false });
    const token = await app.signIn();
    const load = startLoad(app.baseUrl, token);
    await sleep(1_000);
    const importSentAt = Date.now();
    let importAnsweredAt = Infinity;
    const imported = app
      .fetch('/api/operations/import', {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}` },
        body: importForm(FILE.csv),
        signal: AbortSignal.timeout(60_000),
      })
      .finally(() => (importAnsweredAt = Date.now()));
    // SIGTERM once the import is writing, with the other clients' requests going on.
    const deadline = Date.now() + 30_000;
    while (!(await importTransactionOpen(embeddedDatabaseUrl(app.dataDir)))) {
      expect(Date.now(), `the import never opened its transaction\n${tail(app.output())}`).toBeLessThan(deadline);
      await sleep(25);
    }

    const sigtermAt = Date.now();
    process.kill(app.pid, 'SIGTERM');
    const exit = await app.waitForExit(30_000);
    const exitedAt = Date.now();
    await load.stop();
    const { answers } = load;
    const summary = `answers: ${JSON.stringify(statusCounts(answers))}, exit after ${exitedAt - sigtermAt} ms\n${tail(app.output())}`;

    expect(exit, summary).toEqual({ code: 0, signal: null });

    // The import sent before SIGTERM was still running then; it completes and says what it wrote.
    const res = await imported;
    expect(res.status, summary).toBe(200);
    expect(await res.json()).toMatchObject({ dryRun: false, rows: FILE.rows, results: { created: FILE.results } });
    expect(
      importAnsweredAt,
      `the import was still running at SIGTERM (sent ${sigtermAt - importSentAt} ms before)`,
    ).toBeGreaterThan(sigtermAt);

    // Every request sent before SIGTERM got its answer, a success.
    const before = answers.filter((a) => a.sentAt < sigtermAt);
    expect(before.length).toBeGreaterThan(10);
    const lost = before.filter((a) => a.status < 200 || a.status >= 300);
    expect(lost, `requests sent before SIGTERM:\n${show(lost)}\n${summary}`).toEqual([]);

    // Those sent after it were served, answered 503 or refused, each without hanging.
    const after = answers.filter((a) => a.sentAt >= sigtermAt);
    const unclean = after.filter(
      (a) =>
        a.doneAt - a.sentAt >= 10_000 ||
        !((a.status >= 200 && a.status < 300) || a.status === 503 || (a.status === 0 && REFUSED.test(a.detail))),
    );
    expect(unclean, `requests sent after SIGTERM:\n${show(unclean)}\n${summary}`).toEqual([]);
    await expect(app.fetch('/api/health'), 'nothing answers on its port any more').rejects.toThrow();
  });
});
