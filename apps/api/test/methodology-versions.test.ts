import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ScoreBackfill } from '../src/assessments/score.backfill.js';
import { WORKED_EXAMPLE, clientFor, type Client } from './assessment-fixtures.js';
import { readXlsx } from './analytics-exports.expected.js';
import { startTestApp, type TestApp } from './test-app.js';

/*
 * Methodology versions side by side (docs/methodology.md §9–10), through the real API. The worked example,
 * scored by hand:
 * - v1: the mean of the nine dimension scores, 45.7407 (level 3);
 * - v2: 19 applicable scored items whose v2 points sum to 10.375 (A.4.2 informal 0.25 instead of 0.5, A.10
 *   other agency 1 instead of 0.5, the rest as under v1), so 100 × 10.375 / 19 = 54.6053 (level 3).
 */
const V1_INDEX = 45.7407;
const V2_INDEX = 54.6053;

let t: TestApp;
let coordinator: Client;
let analyst: Client;
let admin: Client;
let viewer: Client;

beforeAll(async () => {
  t = await startTestApp();
  coordinator = await clientFor(t, { role: 'coordinator', country: 'FRA' });
  analyst = await clientFor(t, { role: 'analyst' });
  admin = await clientFor(t, { role: 'admin' });
  viewer = await clientFor(t, { role: 'viewer', country: 'FRA' });
  const created = await coordinator
    .post('/api/assessments')
    .send({ country: 'FRA', year: 2024, answers: WORKED_EXAMPLE })
    .expect(201);
  await coordinator.post(`/api/assessments/${created.body.id}/submit`).send({ version: 1 }).expect(200);
});
afterAll(() => t.close());

const allRow = (body: { series: { region: string; year: number; mean: number | null }[] }) =>
  body.series.find((p) => p.region === 'ALL' && p.year === 2024)!;

describe('scores under every version', () => {
  it('stores the submitted answers’ scores under v1 and v2, each stamped with its version', async () => {
    const { rows } = await t.db.query(
      `SELECT methodology, overall_index, computed_level FROM assessment_scores ORDER BY methodology`,
    );
    expect(rows).toEqual([
      { methodology: 'v1', overall_index: V1_INDEX, computed_level: 3 },
      { methodology: 'v2', overall_index: V2_INDEX, computed_level: 3 },
    ]);
    const res = await coordinator.get('/api/assessments?country=FRA').expect(200);
    const [summary] = res.body.assessments;
    expect(summary.scores).toMatchObject({ methodologyVersion: 'v1', overall: V1_INDEX });
    expect(summary.scoresByVersion.map((s: { overall: number }) => s.overall)).toEqual([V1_INDEX, V2_INDEX]);
  });

  it('gives each analytics view under the version asked for, naming it', async () => {
    const v1 = await analyst.get('/api/analytics/maturity?from=2024&to=2024').expect(200);
    const v2 = await analyst.get('/api/analytics/maturity?from=2024&to=2024&methodology=v2').expect(200);
    expect(v1.body.methodologyVersion).toBe('v1');
    expect(allRow(v1.body).mean).toBeCloseTo(V1_INDEX, 4);
    expect(v2.body.methodologyVersion).toBe('v2');
    expect(allRow(v2.body).mean).toBeCloseTo(V2_INDEX, 4);
    const current = await analyst.get('/api/analytics/countries?year=2024&methodology=v2').expect(200);
    expect(current.body.items[0].scores.overall).toBeCloseTo(V2_INDEX, 4);
    const difficulties = await analyst.get('/api/analytics/difficulties?year=2024&methodology=v2').expect(200);
    expect(difficulties.body.methodologyVersion).toBe('v2');
  });

  it('counts gaps with each version’s points: A.4.2 informal is a gap under v2 only', async () => {
    const share = async (version: string, code: string) => {
      const res = await analyst.get(`/api/analytics/gaps?year=2024&methodology=${version}`).expect(200);
      return res.body.items.find((i: { region: string; code: string }) => i.region === 'ALL' && i.code === code);
    };
    expect(await share('v1', 'A.4.2')).toMatchObject({ assessed: 1, withGap: 0 });
    expect(await share('v2', 'A.4.2')).toMatchObject({ assessed: 1, withGap: 1 });
    // Relying on the other agency: 0.5 under v1 (not below the 0.5 threshold), 1 under v2.
    expect(await share('v1', 'A.10')).toMatchObject({ withGap: 0 });
    expect(await share('v2', 'A.10')).toMatchObject({ withGap: 0 });
  });

  it('names the version in a file’s metadata', async () => {
    const res = await analyst
      .get('/api/analytics/maturity?from=2024&to=2024&methodology=v2&format=xlsx')
      .buffer(true)
      .parse((response, callback) => {
        const chunks: Buffer[] = [];
        response.on('data', (c: Buffer) => {
          chunks.push(c);
        });
        response.on('end', () => {
          callback(null, Buffer.concat(chunks));
        });
      })
      .expect(200);
    const { metadata } = await readXlsx(res.body as Buffer);
    expect(metadata.get('methodologyVersion')).toBe('v2');
    expect(String(metadata.get('citation'))).toContain('v2');
  });

  it('gives the national profile under the version asked for', async () => {
    const res = await viewer.get('/api/countries/FRA/profile?methodology=v2').expect(200);
    expect(res.body.methodologyVersion).toBe('v2');
    expect(res.body.latest.overall).toBeCloseTo(V2_INDEX, 4);
  });

  it('refuses an unknown version with a 400 naming the field', async () => {
    const res = await analyst.get('/api/analytics/maturity?methodology=v3').expect(400);
    expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual(['methodology']);
    await analyst.get('/api/instrument?methodology=2').expect(400);
  });
});

describe('the default version', () => {
  it('is v1 until an admin adopts another', async () => {
    const res = await viewer.get('/api/methodology').expect(200);
    expect(res.body).toMatchObject({ default: 'v1', adoptedAt: null, adoptedBy: null, reason: null });
    expect(res.body.versions.map((v: { version: string; scored: boolean }) => [v.version, v.scored])).toEqual([
      ['v1', true],
      ['v2', true],
    ]);
  });

  it('is refused to non-admins and to a request without a reason, and nothing changes', async () => {
    await analyst.put('/api/methodology/default').send({ version: 'v2', reason: 'Better' }).expect(403);
    const bad = await admin.put('/api/methodology/default').send({ version: 'v2', reason: '  ' }).expect(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field)).toEqual(['reason']);
    const unknown = await admin.put('/api/methodology/default').send({ version: 'v9', reason: 'x' }).expect(400);
    expect(unknown.body.errors.map((e: { field: string }) => e.field)).toEqual(['version']);
    expect((await viewer.get('/api/methodology').expect(200)).body.default).toBe('v1');
  });

  it('once adopted, is what figures use when none is asked for, and the decision is audited', async () => {
    const adopted = await admin
      .put('/api/methodology/default')
      .send({ version: 'v2', reason: 'Adopted by the steering committee on 1 December 2026' })
      .expect(200);
    expect(adopted.body).toMatchObject({
      default: 'v2',
      adoptedBy: 'admin@test.example.org',
      reason: 'Adopted by the steering committee on 1 December 2026',
    });
    const maturity = await analyst.get('/api/analytics/maturity?from=2024&to=2024').expect(200);
    expect(maturity.body.methodologyVersion).toBe('v2');
    expect(allRow(maturity.body).mean).toBeCloseTo(V2_INDEX, 4);
    expect((await analyst.get('/api/meta').expect(200)).body.methodologyVersion).toBe('v2');
    const assessment = await coordinator.get('/api/assessments?country=FRA').expect(200);
    expect(assessment.body.assessments[0].scores).toMatchObject({ methodologyVersion: 'v2', overall: V2_INDEX });
    const v1 = await analyst.get('/api/analytics/maturity?from=2024&to=2024&methodology=v1').expect(200);
    expect(allRow(v1.body).mean).toBeCloseTo(V1_INDEX, 4);
    const audit = await admin.get('/api/audit?limit=500').expect(200);
    const entry = audit.body.entries.find((e: { path: string }) => e.path === '/api/methodology/default');
    expect(entry).toMatchObject({ method: 'PUT', status: 200, email: 'admin@test.example.org' });
  });
});

describe('a new version', () => {
  it('is scored for every existing assessment by the backfill, without a schema change', async () => {
    // A database from before v2: the assessment has v1 scores only.
    await t.db.query(`DELETE FROM assessment_scores WHERE methodology = 'v2'`);
    expect((await viewer.get('/api/methodology').expect(200)).body.versions[1].scored).toBe(false);
    expect(await t.app.get(ScoreBackfill).run()).toEqual({ v1: 0, v2: 1 });
    const { rows } = await t.db.query(`SELECT overall_index FROM assessment_scores WHERE methodology = 'v2'`);
    expect(rows).toEqual([{ overall_index: V2_INDEX }]);
    const { rows: items } = await t.db.query(
      `SELECT cardinality(item_codes) AS n FROM assessment_scores WHERE methodology = 'v2'`,
    );
    expect(items[0].n).toBe(19);
    expect(await t.app.get(ScoreBackfill).run()).toEqual({ v1: 0, v2: 0 });
  });
});
