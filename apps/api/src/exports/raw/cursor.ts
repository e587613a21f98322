import type { DataSource } from 'typeorm';

/** Rows per round trip: 2,000 rows of the operations layout are about 400 KB of CSV. */
export const CURSOR_BATCH_ROWS = 2000;

/** How long a download may take nothing before its transaction is ended. */
export const IDLE_CLIENT_TIMEOUT = '15min';

/**
 * The rows of `sql`, batch by batch, from a server-side cursor on a connection of its own: memory stays the
 * same however many rows there are, and the whole read sees one snapshot. The consumer may stop early (break
 * or throw, e.g. when the client disconnects): the transaction is then rolled back and the connection goes
 * back to the pool all the same.
 */
export async function* cursorBatches<T>(
  dataSource: DataSource,
  sql: string,
  parameters: unknown[],
  batchRows = CURSOR_BATCH_ROWS,
): AsyncGenerator<T[], void, undefined> {
  const runner = dataSource.createQueryRunner();
  let inTransaction = false;
  try {
    await runner.query('BEGIN READ ONLY');
    inTransaction = true;
    // A client that stops reading leaves the transaction idle while the export waits for it; one that never
    // reads again (and never closes) would hold the connection for ever. PostgreSQL ends it after this.
    await runner.query(`SET LOCAL idle_in_transaction_session_timeout = '${IDLE_CLIENT_TIMEOUT}'`);
    await runner.query(`DECLARE raw_export NO SCROLL CURSOR FOR ${sql}`, parameters);
    for (;;) {
      // The rows as pg gives them: the statement's aliases make them the caller's row type.
      const rows = (await runner.query(`FETCH FORWARD ${batchRows} FROM raw_export`)) as T[];
      if (rows.length > 0) yield rows;
      if (rows.length < batchRows) break;
    }
    await runner.query('COMMIT');
    inTransaction = false;
  } finally {
    // A broken connection cannot roll back; the pool drops it on its error.
    if (inTransaction) await runner.query('ROLLBACK').catch(() => undefined);
    await runner.release();
  }
}
