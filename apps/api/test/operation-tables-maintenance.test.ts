import { COUNTRIES } from '@cpc/domain';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OperationTablesMaintenance } from '../src/operations/operation-tables-maintenance.js';
import { OperationRepository } from '../src/operations/operation.repository.js';
import { analyst, csvFile, operationA, SEN, setUp, t, upload } from './operations-import.fixture.js';
import type { Row } from './operation-fixtures.js';
import { startTestApp, type TestApp } from './test-app.js';

/**
 * After a large operations import has answered, its tables are vacuumed and analysed (VACUUM_ROLLUPS_SQL,
 * ANALYZE_OPERATIONS_SQL), one run at a time; a small import leaves them to autovacuum.
 */

/** `operations` operations, each with a cocaine seizure in each of 20 countries: 20 rows per operation. */
function rows(prefix: string, operations: number): Row[] {
  const countries = COUNTRIES.slice(0, 20).map((c) => c.iso3);
  return Array.from({ length: operations }, (_, i) => operationA(`${prefix}-${i}`)).flatMap((operation) =>
    countries.map((country) => ({
      ...operation,
      ...SEN,
      country,
      commodity: 'cocaine',
      cases: '1',
      quantity: '2.5',
      unit: 'kg',
    })),
  );
}

interface Counts {
  rollupVacuums: number;
  seizureAnalyses: number;
}

/** Manual VACUUMs of a rollup and manual ANALYZEs of the seizures, as the statistics collector counts them. */
async function counts(db: pg.Pool | pg.Client): Promise<Counts> {
  const result = await db.query<{ relname: string; vacuum_count: string; analyze_count: string }>(
    `SELECT relname, vacuum_count, analyze_count FROM pg_stat_user_tables
     WHERE relname IN ('operation_seizure_rollup', 'operation_seizures')`,
  );
  const of = (table: string) => result.rows.find((r) => r.relname === table);
  return {
    rollupVacuums: Number(of('operation_seizure_rollup')?.vacuum_count ?? 0),
    seizureAnalyses: Number(of('operation_seizures')?.analyze_count ?? 0),
  };
}

describe('after an import, the operations tables', () => {
  beforeAll(setUp);
  afterAll(() => t.close().catch(() => undefined));

  it('are vacuumed and analysed once after a 1,000-row import, not after a 20-row one, and shutting down waits for it', async () => {
    const before = await counts(t.db);
    await upload(analyst, csvFile(rows('SMALL', 1)), 'small.csv').expect(200);
    const res = await upload(analyst, csvFile(rows('LARGE', 50)), 'large.csv').expect(200);
    expect(res.body.rows).toBe(1000);
    // Closing waits for the run; each connection's statistics reach the collector as it closes.
    await t.close();
    const client = new pg.Client({ connectionString: t.url });
    await client.connect();
    try {
      expect(await counts(client)).toEqual({
        rollupVacuums: before.rollupVacuums + 1,
        seizureAnalyses: before.seizureAnalyses + 1,
      });
    } finally {
      await client.end();
    }
  });
});

describe('runs asked for while one is going on', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it('make one more run after it, never two at once', async () => {
    const repository = app.app.get(OperationRepository);
    const maintenance = app.app.get(OperationTablesMaintenance);
    const real = repository.analyzeTables.bind(repository);
    let calls = 0;
    let running = 0;
    let mostAtOnce = 0;
    repository.analyzeTables = async () => {
      calls++;
      mostAtOnce = Math.max(mostAtOnce, ++running);
      await real().finally(() => running--);
    };
    maintenance.request();
    maintenance.request();
    maintenance.request();
    const deadline = Date.now() + 30_000;
    while (calls < 2 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    await maintenance.beforeApplicationShutdown();
    expect({ calls, mostAtOnce }).toEqual({ calls: 2, mostAtOnce: 1 });
  });
});
