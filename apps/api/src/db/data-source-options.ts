import type { DataSourceOptions } from 'typeorm';
import { ENTITIES } from './entities/index.js';
import { MIGRATIONS } from './migrations/index.js';

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
    extra: { max: 10, connectionTimeoutMillis: 3_000 },
    logging: ['error'],
  };
}
