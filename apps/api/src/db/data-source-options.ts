import type { DataSourceOptions } from 'typeorm';
import { ENTITIES } from './entities/index.js';
import { GuardedClient } from './guarded-client.js';
import { MIGRATIONS } from './migrations/index.js';

/**
 * Settings of every session the app opens. JIT is off: the app's statements answer in milliseconds, or are an
 * import's commit, whose estimates (made from the tables before the import) put its statements far above the
 * JIT thresholds. On PostgreSQL 15, compiling them took 2.3 s of a 5,000-assessment import's 11.1 s, and one
 * statement that runs in 0.9 s took 3.0 s with its compilation (docs/performance.md, seventeenth session).
 */
const SESSION_OPTIONS = '-c jit=off';

export function dataSourceOptions(url: string): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    // Schema changes go through reviewed migrations only.
    synchronize: false,
    uuidExtension: 'pgcrypto',
    migrationsRun: false,
    migrationsTransactionMode: 'each',
    // A request waits at most 3 s for a connection, so that a database that is down answers 503, not a hang.
    extra: { max: 10, connectionTimeoutMillis: 3_000, Client: GuardedClient, options: SESSION_OPTIONS },
    logging: ['error'],
  };
}

/**
 * A streaming replica's own pool (db/replicas): the same entities, for an EntityManager on it, but nothing that
 * writes. TypeORM's `replication` option is not used: it opens every replica before the app may start (a
 * replica that is down would stop the app), and picks one at random, blind to its lag.
 */
export function replicaDataSourceOptions(url: string, index: number): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    synchronize: false,
    migrationsRun: false,
    // A standby refuses CREATE EXTENSION; the primary's migrations made them.
    installExtensions: false,
    applicationName: `cpc-replica-reads-${index}`,
    // A replica that stops answering is given up on quickly: the read goes to the primary instead.
    extra: { max: 10, connectionTimeoutMillis: 2_000, Client: GuardedClient, options: SESSION_OPTIONS },
    logging: ['error'],
  };
}
