import type { AppConfig } from '../config/app-config.js';
import { startEmbeddedDatabase } from './embedded-database.js';

export interface DatabaseServer {
  url: string;
  embedded: boolean;
  stop(): Promise<void>;
}

/** The configured PostgreSQL: DATABASE_URL when set, else an embedded server under DATA_DIR. */
export async function openDatabaseServer(
  config: Pick<AppConfig, 'databaseUrl' | 'dataDir' | 'pgPort'>,
  log: (m: string) => void,
): Promise<DatabaseServer> {
  if (config.databaseUrl) return { url: config.databaseUrl, embedded: false, stop: () => Promise.resolve() };
  const embedded = await startEmbeddedDatabase(config.dataDir, config.pgPort, log);
  return { url: embedded.url, embedded: true, stop: () => embedded.stop() };
}

/** The same server, another database. */
export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}
