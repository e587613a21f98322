import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import type { INestApplication } from '@nestjs/common';
import { createApp } from '../src/create-app.js';
import { MIGRATIONS } from '../src/db/migrations/index.js';
import { createTestDatabase, TEST_ADMIN } from './test-app.js';

/*
 * Two instances started at once on an empty database (as `docker compose --profile scale up` starts them):
 * both must come up, and the start-up work (migrations, reference data, the first admin, the demo data) must
 * be done once, not raced into duplicates or a failed start.
 */
const apps: INestApplication[] = [];
let db: pg.Pool | undefined;

async function startInstance(databaseUrl: string): Promise<INestApplication> {
  const app = await createApp({
    databaseUrl,
    demoData: true,
    logger: false,
    auth: { adminEmail: TEST_ADMIN.email, adminPassword: TEST_ADMIN.password },
  });
  apps.push(app);
  await app.init();
  return app;
}

afterAll(async () => {
  await db?.end();
  for (const app of apps) await app.close();
});

describe('instances started together on an empty database', () => {
  it('both start, and the start-up work is done once', async () => {
    const url = await createTestDatabase({ empty: true });
    const started = await Promise.allSettled([startInstance(url), startInstance(url)]);
    expect(started.map((s) => (s.status === 'rejected' ? String(s.reason) : 'started'))).toEqual([
      'started',
      'started',
    ]);
    db = new pg.Pool({ connectionString: url, max: 1 });
    const count = async (sql: string) => (await db!.query<{ n: number }>(sql)).rows[0]!.n;
    expect(await count('SELECT count(*)::int AS n FROM migrations')).toBe(MIGRATIONS.length);
    expect(await count(`SELECT count(*)::int AS n FROM users WHERE email = '${TEST_ADMIN.email}'`)).toBe(1);
    // The demo holds one assessment per country and year at most (a unique key), and some were loaded.
    expect(await count('SELECT count(*)::int AS n FROM assessments')).toBeGreaterThan(50);
    expect(await count(`SELECT count(*)::int AS n FROM operations`)).toBeGreaterThan(0);
    expect(
      await count(`SELECT count(*)::int AS n FROM (SELECT name FROM operations GROUP BY name HAVING count(*) > 1) d`),
    ).toBe(0);
  }, 300_000);
});
