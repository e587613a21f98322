/**
 * What the multi-instance tests check once the load is over: every write acknowledged with a 2xx is on the
 * primary, and an instance's figures equal the same figures counted from the primary's tables.
 */
import { expect } from 'vitest';
import type { AppProcess } from '../support/app-process.js';
import { sleep } from '../support/processes.js';
import type { ReplicaLoad, Sent } from './replica-load.js';
import { query } from './sql.js';

const MATURITY = '/api/analytics/maturity?grouping=wco&from=2016&to=2026';
const OPERATIONS = '/api/analytics/operations?grouping=wco&from=2025&to=2025';

/** What /api/health says of an instance's first replica. */
export interface ReplicaHealth {
  status: string;
  lagMs: number | null;
  reads: number;
}

export const replicaHealth = async (app: AppProcess): Promise<ReplicaHealth> =>
  (await app.getJson<{ replicas: ReplicaHealth[] }>('/api/health')).replicas[0]!;

export const ok = (s: Sent) => s.status >= 200 && s.status < 300;

/** The first requests of `sent`, one line each, for a failure's message. */
export const show = (sent: Sent[]) =>
  sent
    .slice(0, 8)
    .map((s) => `${s.instance} ${s.kind} ${s.path} → ${s.status} after ${s.doneAt - s.sentAt} ms ${s.detail}`)
    .join('\n');

export interface Figures {
  /** Countries counted per year, 2016–2026. */
  assessed: Record<number, number>;
  /** Operations ending in 2025 with a result, and their arrests. */
  operations: { operations: number; arrests: number };
}

/** The figures as an instance's analytics give them (region ALL). */
export async function apiFigures(app: AppProcess): Promise<Figures> {
  type Point = { region: string; year: number };
  const maturity = await app.getJson<{ series: (Point & { assessed: number })[] }>(MATURITY);
  const operations = await app.getJson<{ series: (Point & { operations: number; arrests: number })[] }>(OPERATIONS);
  const assessed: Record<number, number> = {};
  for (let year = 2016; year <= 2026; year++)
    assessed[year] = maturity.series.find((p) => p.region === 'ALL' && p.year === year)?.assessed ?? 0;
  const all = operations.series.find((p) => p.region === 'ALL' && p.year === 2025);
  return { assessed, operations: { operations: all?.operations ?? 0, arrests: all?.arrests ?? 0 } };
}

/** The same figures straight from the primary's tables: a country counts in year Y for an assessment of Y−2 to Y. */
export async function primaryFigures(url: string): Promise<Figures> {
  const years = await query<{ year: number; n: number }>(
    url,
    `SELECT y AS year, (SELECT count(DISTINCT country_iso3)::int FROM assessments
                        WHERE status IN ('submitted', 'validated') AND year BETWEEN y - 2 AND y) AS n
     FROM generate_series(2016, 2026) AS y`,
  );
  const [operations] = await query<{ operations: number; arrests: number }>(
    url,
    `SELECT count(DISTINCT r.operation_id)::int AS operations, coalesce(sum(r.arrests), 0)::int AS arrests
     FROM operation_results r JOIN operations o ON o.id = r.operation_id WHERE o.end_year = 2025`,
  );
  return { assessed: Object.fromEntries(years.map((r) => [r.year, r.n])), operations: operations! };
}

/** A coordinator of `country`, created by the admin, signed in. */
export async function coordinator(app: AppProcess, country: string): Promise<string> {
  const user = { email: `coordinator.${country.toLowerCase()}@test.example.org`, password: 'coordinator-password' };
  const headers = { 'Content-Type': 'application/json' };
  const created = await app.fetch('/api/users', {
    method: 'POST',
    headers: { ...headers, Authorization: `Bearer ${await app.signIn()}` },
    body: JSON.stringify({ ...user, role: 'coordinator', country }),
  });
  expect(created.status, await created.text()).toBe(201);
  const res = await app.fetch('/api/auth/login', { method: 'POST', headers, body: JSON.stringify(user) });
  expect(res.status).toBe(200);
  return ((await res.json()) as { token: string }).token;
}

export async function until(condition: () => Promise<boolean>, what: string, ms = 30_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await condition().catch(() => false))) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(200);
  }
}

export async function expectAcknowledgedStored(url: string, acknowledged: ReplicaLoad['acknowledged']): Promise<void> {
  const assessments = await query<{ id: string; status: string }>(
    url,
    'SELECT id::text, status FROM assessments WHERE id = ANY($1::uuid[])',
    [[...acknowledged.assessments.keys()]],
  );
  const status = new Map(assessments.map((r) => [r.id, r.status]));
  for (const [id, a] of acknowledged.assessments) {
    expect(status.has(id), `assessment ${a.country} ${a.year} acknowledged but not stored`).toBe(true);
    if (a.submitted) expect(status.get(id), `${a.country} ${a.year}`).toBe('submitted');
  }
  const results = await query<{ operation_id: string; country_iso3: string; arrests: number }>(
    url,
    `SELECT r.operation_id::text, r.country_iso3, r.arrests FROM operation_results r
     JOIN operations o ON o.id = r.operation_id WHERE o.code = ANY($1::text[])`,
    [[...acknowledged.operations.keys()]],
  );
  const codes = await query<{ code: string }>(url, 'SELECT code FROM operations WHERE code = ANY($1::text[])', [
    [...acknowledged.operations.keys()],
  ]);
  expect(codes.length).toBe(acknowledged.operations.size);
  const stored = new Set(results.map((r) => `${r.operation_id} ${r.country_iso3} ${r.arrests}`));
  for (const r of acknowledged.results)
    expect(stored.has(`${r.operationId} ${r.country} ${r.arrests}`), `result of ${r.operationId}`).toBe(true);
}
