import { randomBytes } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientFor } from './assessment-fixtures.js';
import { sheetBacklog } from '../src/exports/raw/table-writer.js';
import { startTestApp, type TestApp } from './test-app.js';
import { csvRecords, download, xlsxRows } from './raw-exports.fixture.js';

/**
 * The raw exports: every answer and every reported result, in exactly the import layouts, streamed. Each file
 * is read back with papaparse or exceljs and compared with the stored data, then imported again: into the
 * same database (nothing changes) and into an empty one (the same scores and results come out).
 *
 * This file: a client that leaves during a large download, in an app of its own with 72,000 rows, and the
 * XLSX writer's backpressure. Neither reads the stored data of raw-exports.fixture.ts.
 */

describe('a client that leaves during a large download', () => {
  let big: TestApp;
  let port: number;
  let token: string;

  /** 200 operations × 20 countries × 18 commodities: 72,000 rows, about 10 MB of CSV. */
  beforeAll(async () => {
    big = await startTestApp();
    token = await big.tokenFor('analyst');
    await big.db.query(`
      WITH ops AS (
        INSERT INTO operations (code, name, programme, lead, activities, start_date, end_date, end_year, source)
        SELECT 'BULK-' || lpad(g::text, 4, '0'), 'Bulk ' || g, 'wco', 'wco', ARRAY['interception'],
               '2024-01-01', '2024-01-31', 2024, 'imported'
        FROM generate_series(1, 200) g
        RETURNING id),
      countries AS (SELECT iso3 FROM countries ORDER BY iso3 LIMIT 20),
      participants AS (
        INSERT INTO operation_countries (operation_id, country_iso3)
        SELECT ops.id, countries.iso3 FROM ops CROSS JOIN countries RETURNING operation_id, country_iso3),
      results AS (
        INSERT INTO operation_results (operation_id, country_iso3, unit_type, arrests, investigations_opened,
                                       controlled_deliveries, persons_checked, content_hash)
        SELECT operation_id, country_iso3, 'customs', 1, 0, 0, 10, 'bulk' FROM participants RETURNING id)
      INSERT INTO operation_seizures (result_id, commodity, unit, cases, quantity)
      SELECT results.id, c, 'kg', 1, 1.5 FROM results
      CROSS JOIN unnest(ARRAY['cocaine', 'cannabis', 'heroin', 'synthetic_drugs', 'precursors',
        'counterfeit_goods', 'medicines', 'tobacco', 'alcohol', 'wildlife', 'timber', 'cultural_goods', 'weapons',
        'ammunition', 'explosives', 'currency', 'hazardous_waste', 'other']) AS c`);
    const server = big.app.getHttpServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => big.close());

  /** Sessions of the API's pool that are inside a transaction: an export's cursor is open in one of them. */
  async function inTransaction(): Promise<number> {
    const { rows } = await big.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM pg_stat_activity
       WHERE datname = current_database() AND pid <> pg_backend_pid() AND xact_start IS NOT NULL`,
    );
    return rows[0]!.n;
  }

  async function noneInTransaction(): Promise<boolean> {
    for (let i = 0; i < 100; i++) {
      if ((await inTransaction()) === 0) return true;
      await new Promise((r) => setTimeout(r, 50));
    }
    return false;
  }

  /**
   * Reads the first chunk and stops reading, waits until the export's transaction is open (the server is
   * then still writing: the file takes far longer to write than that look), then closes the connection.
   */
  function leaveEarly(path: string): Promise<{ received: number; openTransactions: number }> {
    return new Promise((resolve, reject) => {
      const req = httpRequest({ port, path, headers: { Authorization: `Bearer ${token}` } }, (res) => {
        let received = 0;
        res.on('data', (chunk: Buffer) => {
          received += chunk.length;
          res.pause();
        });
        res.once('data', () => {
          // The header row comes before the cursor is opened: wait until the export's transaction shows.
          const look = async () => {
            for (let i = 0; i < 200; i++) {
              const open = await inTransaction();
              if (open > 0) return open;
              await new Promise((r) => setTimeout(r, 5));
            }
            return 0;
          };
          look().then((openTransactions) => {
            req.destroy();
            resolve({ received, openTransactions });
          }, reject);
        });
      });
      req.on('error', (e: NodeJS.ErrnoException) => {
        if (e.code !== 'ECONNRESET') reject(e);
      });
      req.end();
    });
  }

  it('gets its transaction closed and its connection released, more times than the pool has connections', async () => {
    for (let i = 0; i < 12; i++) {
      const path = `/api/exports/operation-results?part=import${i % 2 === 0 ? '' : '&format=xlsx'}`;
      const { received, openTransactions } = await leaveEarly(path);
      expect(received).toBeLessThan(1_000_000);
      expect(openTransactions).toBeGreaterThanOrEqual(1);
      expect(await noneInTransaction()).toBe(true);
    }
    const client = await clientFor(big, { role: 'analyst' });
    const full = await download(client, '/api/exports/operation-results?part=import');
    expect(full.body.length).toBeGreaterThan(5_000_000);
    expect(csvRecords(full.body)).toHaveLength(1 + 72_000);
    expect(await noneInTransaction()).toBe(true);
  });

  it('still gets the whole file, in many batches, as XLSX', { timeout: 90_000 }, async () => {
    const client = await clientFor(big, { role: 'analyst' });
    const rows = await xlsxRows(
      (await download(client, '/api/exports/operation-results?part=import&format=xlsx')).body,
    );
    expect(rows).toHaveLength(1 + 72_000);
    expect(rows[72_000]!.slice(0, 1)).toEqual(['BULK-0200']);
  });
});

describe('the XLSX writer’s backpressure', () => {
  it('can see the worksheet XML waiting for the zip (the writer keeps it under 1 MB)', async () => {
    // A client that takes nothing: once the zip's own buffers are full (text that does not compress fills them
    // fast), everything the sheet commits waits in the buffer that the writer watches.
    const stalled = new Writable({ write: () => undefined });
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: stalled });
    const sheet = workbook.addWorksheet('operations');
    for (let i = 0; i < 20_000; i++) sheet.addRow([randomBytes(100).toString('hex'), i]).commit();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(sheetBacklog(sheet)).toBeGreaterThan(1 << 20);
  });
});
