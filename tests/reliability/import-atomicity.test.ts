import { afterAll, describe, expect, it } from 'vitest';
import { AppHarness, type AppProcess } from '../support/app-process.js';
import { importForm, operationsFile } from './operations-file.js';
import { embeddedDatabaseUrl, importTransactionOpen, query } from './sql.js';

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));
/** 375 operations × 20 countries × 20 seizure rows = 150,000 rows. */
const FILE = operationsFile(375);
/**
 * Generous: the test is about atomicity, not speed. CI runs this suite beside the API's and the web's, and on
 * its two cores a 150,000-row import once took longer than a minute.
 */
const IMPORT_TIMEOUT_MS = 300_000;

interface Stored {
  operations: number;
  results: number;
  seizures: number;
}

async function stored(app: AppProcess): Promise<Stored> {
  const [row] = await query<Stored>(
    embeddedDatabaseUrl(app.dataDir),
    `SELECT (SELECT count(*)::int FROM operations WHERE code LIKE 'BENCH-%') AS operations,
            (SELECT count(*)::int FROM operation_results) AS results,
            (SELECT count(*)::int FROM operation_seizures) AS seizures`,
  );
  return row!;
}

describe('an operations import interrupted by kill -9', { timeout: 2 * IMPORT_TIMEOUT_MS }, () => {
  const harness = new AppHarness();
  afterAll(() => harness.cleanup());

  it('leaves all of the file or none of it, and the next start imports it whole', async () => {
    const dataDir = harness.tempDir('cpc-reliability-import-');
    const first = await harness.start({ dataDir, demoData: false });
    const token = await first.signIn();
    expect(await stored(first)).toEqual({ operations: 0, results: 0, seizures: 0 });

    const request = first
      .fetch('/api/operations/import', {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}` },
        body: importForm(FILE.csv),
        signal: AbortSignal.timeout(IMPORT_TIMEOUT_MS),
      })
      .then(
        (res) => `answered ${res.status}`,
        (e: unknown) => `failed: ${String((e as Error).cause ?? e)}`,
      );
    let settled: string | undefined;
    void request.then((outcome) => (settled = outcome));

    // Kill once the upload is parsed and the write transaction has started, part-way through its writes.
    const deadline = Date.now() + 30_000;
    while (!(await importTransactionOpen(embeddedDatabaseUrl(dataDir)))) {
      expect(Date.now(), `the import never opened its transaction\n${first.describe()}`).toBeLessThan(deadline);
      expect(settled, 'the import answered before its transaction was seen').toBeUndefined();
      await sleep(25);
    }
    await sleep(500);
    expect(settled, 'the import finished before the kill: make the file larger').toBeUndefined();
    expect((await first.kill9()).signal).toBe('SIGKILL');
    expect(await request).toMatch(/^failed/);

    const second = await harness.start({ dataDir, demoData: false });
    const afterCrash = await stored(second);
    const none = { operations: 0, results: 0, seizures: 0 };
    const all = { operations: 375, results: FILE.results, seizures: FILE.rows };
    expect([none, all], `after the crash: ${JSON.stringify(afterCrash)}`).toContainEqual(afterCrash);

    // Nothing is left locked or half-done: the same file imports in full now.
    const res = await second.fetch('/api/operations/import', {
      method: 'POST',
      headers: { Authorization: `Bearer ${await second.signIn()}` },
      body: importForm(FILE.csv),
      signal: AbortSignal.timeout(IMPORT_TIMEOUT_MS),
    });
    expect(res.status, await res.clone().text()).toBe(200);
    expect(await stored(second)).toEqual(all);
    expect(await second.stop('SIGTERM')).toEqual({ code: 0, signal: null });
  });
});
