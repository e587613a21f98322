import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countedStatusesFor, isCurrentIn } from '@cpc/domain';
import { WORKED_EXAMPLE } from './assessment-fixtures.js';
import { startTestApp, type TestApp } from './test-app.js';

/*
 * `current_assessment_years` is kept by triggers on every write to `assessments`. After each kind of write
 * (bulk insert, status changes in one statement, a year moved, a deletion, the API's lifecycle), the table
 * must hold exactly what the domain's rule picks from the assessments as they stand: recomputed here in
 * TypeScript from the rows themselves, not from the table.
 */
interface Row {
  id: string;
  country: string;
  year: number;
  status: string;
}

const SCOPES = [
  { scope: 'counted', statuses: countedStatusesFor(undefined) as string[] },
  { scope: 'validated', statuses: countedStatusesFor('validated') as string[] },
];

let t: TestApp;

async function assessments(): Promise<Row[]> {
  const { rows } = await t.db.query<Row>(
    'SELECT id, country_iso3 AS country, year, status FROM assessments ORDER BY id',
  );
  return rows;
}

/** The domain's answer for every scope, as-of year and country: "scope:year:country → id". */
function expectedFrom(rows: Row[]): string[] {
  const picked: string[] = [];
  const years = new Set(rows.flatMap((r) => [r.year, r.year + 1, r.year + 2]));
  for (const { scope, statuses } of SCOPES) {
    for (const year of years) {
      const newest = new Map<string, Row>();
      for (const r of rows) {
        if (!statuses.includes(r.status) || !isCurrentIn(r.year, year)) continue;
        const kept = newest.get(r.country);
        if (!kept || kept.year < r.year) newest.set(r.country, r);
      }
      for (const [country, r] of newest) picked.push(`${scope}:${year}:${country} → ${r.id}`);
    }
  }
  return picked.sort();
}

async function stored(): Promise<string[]> {
  const { rows } = await t.db.query<{ key: string }>(
    `SELECT scope || ':' || year || ':' || country_iso3 || ' → ' || assessment_id AS key FROM current_assessment_years`,
  );
  return rows.map((r) => r.key).sort();
}

async function expectTableToFollowTheRule(): Promise<void> {
  const rows = await assessments();
  expect(await stored()).toEqual(expectedFrom(rows));
}

beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

describe('the maintained current assessments follow every write', () => {
  it('a bulk insert of several countries and statuses in one statement', async () => {
    await t.db.query(
      `INSERT INTO assessments (country_iso3, year, status, answers)
       SELECT c, y, (ARRAY['draft', 'submitted', 'validated', 'returned'])[1 + (y + length(c)) % 4], '{}'::jsonb
       FROM unnest(ARRAY['FRA', 'DEU', 'KEN', 'BRA']) AS c CROSS JOIN generate_series(2016, 2024, 2) AS y`,
    );
    await t.db.query(`UPDATE assessments SET status = 'validated' WHERE country_iso3 = 'KEN' AND year IN (2016, 2020)`);
    await expectTableToFollowTheRule();
    expect((await stored()).length).toBeGreaterThan(10);
  });

  it('statuses changed in one statement across countries', async () => {
    await t.db.query(
      `UPDATE assessments SET status = CASE status WHEN 'validated' THEN 'returned' WHEN 'draft' THEN 'submitted' ELSE status END
       WHERE year >= 2020`,
    );
    await expectTableToFollowTheRule();
  });

  it('an assessment moved to another year, and one deleted', async () => {
    await t.db.query(`UPDATE assessments SET year = 2025 WHERE country_iso3 = 'BRA' AND year = 2024`);
    await t.db.query(`DELETE FROM assessments WHERE country_iso3 = 'FRA' AND year = 2018`);
    await expectTableToFollowTheRule();
  });

  it('a rolled-back write leaves the table as it was', async () => {
    const before = await stored();
    const client = await t.db.connect();
    try {
      await client.query('BEGIN');
      await client.query(`UPDATE assessments SET status = 'validated' WHERE country_iso3 = 'DEU'`);
      await client.query('ROLLBACK');
    } finally {
      client.release();
    }
    expect(await stored()).toEqual(before);
  });

  it("through the API's lifecycle: a draft, then submitted, validated and returned", async () => {
    const coordinator = await t.tokenFor('coordinator', 'ITA');
    const analyst = await t.tokenFor('analyst');
    const server = t.app.getHttpServer();
    const created = await request(server)
      .post('/api/assessments')
      .set('Authorization', `Bearer ${coordinator}`)
      .send({ country: 'ITA', year: 2023, answers: WORKED_EXAMPLE })
      .expect(201);
    const id: string = created.body.id;
    await expectTableToFollowTheRule();
    const steps: [string, string, number][] = [
      ['submit', coordinator, 1],
      ['validate', analyst, 2],
      ['return', analyst, 3],
    ];
    for (const [action, token, version] of steps) {
      await request(server)
        .post(`/api/assessments/${id}/${action}`)
        .set('Authorization', `Bearer ${token}`)
        .send({ version, ...(action === 'return' ? { comment: 'Please check A.3' } : {}) })
        .expect(200);
      await expectTableToFollowTheRule();
    }
    const { rows } = await t.db.query(`SELECT scope, year FROM current_assessment_years WHERE country_iso3 = 'ITA'`);
    expect(rows).toEqual([]);
  });

  it('two overlapping transactions writing the same country: the second reads what the first committed', async () => {
    const [a, b] = [await t.db.connect(), await t.db.connect()];
    try {
      await a.query('BEGIN');
      await b.query('BEGIN');
      await a.query(
        `INSERT INTO assessments (country_iso3, year, status, answers) VALUES ('KEN', 2025, 'submitted', '{}')`,
      );
      // The refresh of KEN's rows takes turns: this statement's waits for the first transaction to end.
      const second = b.query(
        `INSERT INTO assessments (country_iso3, year, status, answers) VALUES ('KEN', 2026, 'validated', '{}')`,
      );
      await a.query('COMMIT');
      await second;
      await b.query('COMMIT');
    } finally {
      a.release();
      b.release();
    }
    await expectTableToFollowTheRule();
  });
});
