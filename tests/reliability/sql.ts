/** Reading the database behind an app directly, to check what it stored. */
import { readFileSync } from 'node:fs';
import pg from 'pg';
import { postmasterPidFile } from '../support/app-process.js';

/** One query on a connection of its own. */
export async function query<T extends pg.QueryResultRow>(
  url: string,
  sql: string,
  values: unknown[] = [],
): Promise<T[]> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  await client.connect();
  try {
    return (await client.query<T>(sql, values)).rows;
  } finally {
    await client.end();
  }
}

/**
 * The URL of the embedded PostgreSQL an app runs on `dataDir`: its port is line 4 of postmaster.pid, and its
 * credentials are those apps/api/src/db/embedded-database.ts gives it.
 */
export function embeddedDatabaseUrl(dataDir: string): string {
  const port = Number(readFileSync(postmasterPidFile(dataDir), 'utf8').split('\n')[3]);
  return `postgres://postgres:cpc-observatory@127.0.0.1:${port}/postgres`;
}

/**
 * Whether an operations import is in its write transaction: another session holds the advisory lock the import
 * takes first (apps/api/src/operations/operation.repository.ts, lockImports).
 */
export async function importTransactionOpen(url: string): Promise<boolean> {
  const [row] = await query<{ open: boolean }>(
    url,
    `SELECT EXISTS (SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND granted AND pid <> pg_backend_pid()) AS open`,
  );
  return row!.open;
}
