import 'reflect-metadata';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openDatabaseServer, withDatabase } from './database-server.js';
import { pendingSchemaChanges } from './schema-diff.js';

// CI gate: a migration generated against a freshly migrated database must come out empty.
const dataDir = mkdtempSync(join(tmpdir(), 'cpc-migrations-'));
const server = await openDatabaseServer(
  { databaseUrl: process.env.DATABASE_URL, dataDir, pgPort: undefined },
  console.log,
);
const database = `cpc_migcheck_${process.pid}_${Date.now()}`;
const admin = new pg.Client({ connectionString: server.url });
await admin.connect();
await admin.query(`CREATE DATABASE "${database}"`);
let changes: string[];
try {
  changes = await pendingSchemaChanges(withDatabase(server.url, database));
} finally {
  await admin.query(`DROP DATABASE IF EXISTS "${database}"`);
  await admin.end();
  await server.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
if (changes.length > 0) {
  console.error('Entities and migrations disagree. A new migration would run:');
  for (const sql of changes) console.error(`  ${sql};`);
  process.exit(1);
}
console.log('Migrations match the entities.');
