import 'reflect-metadata';
import type { INestApplication } from '@nestjs/common';
import pg from 'pg';
import { inject } from 'vitest';
import { createApp } from '../src/create-app.js';
import { withDatabase } from '../src/db/database-server.js';

let counter = 0;

/** A fresh database copied from the migrated template. */
export async function createTestDatabase(): Promise<string> {
  const serverUrl = inject('serverUrl');
  const template = inject('templateDatabase');
  const name = `${template.replace(/_template$/, '')}_${process.pid}_${++counter}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`);
  } finally {
    await admin.end();
  }
  return withDatabase(serverUrl, name);
}

export interface TestApp {
  app: INestApplication;
  url: string;
  db: pg.Pool;
  close(): Promise<void>;
}

/** The real API on its own fresh database; demo data off unless asked. */
export async function startTestApp(options: { demoData?: boolean } = {}): Promise<TestApp> {
  const url = await createTestDatabase();
  const app = await createApp({ databaseUrl: url, demoData: options.demoData ?? false, logger: false });
  await app.init();
  const db = new pg.Pool({ connectionString: url, max: 2 });
  return {
    app,
    url,
    db,
    close: async () => {
      await db.end();
      await app.close();
    },
  };
}
