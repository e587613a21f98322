import { DIMENSIONS } from '@cpc/domain';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MaturityCellsInstaller } from '../src/analytics/maturity-cells.installer.js';
import { ScoreBreakdownsInline1795806000000 } from '../src/db/migrations/1795806000000-score-breakdowns-inline.js';
import { insertAssessment, insertScores } from './factories.js';
import { startTestApp, type TestApp } from './test-app.js';
import { runMigrations } from './migration-steps.js';

/**
 * The migration that moves dimension scores and item points onto the score rows, run down and up on a
 * database holding them: every number goes to its table row and back, and the figures read the same after.
 */
let t: TestApp;
const migration = new ScoreBreakdownsInline1795806000000();

const FRANCE = {
  country: 'FRA',
  year: 2024,
  status: 'validated' as const,
  overall: 61.5,
  level: 3,
  selfLevel: 3,
  dimensions: { governance: 70, liaison: 42.5, intelligence: 55 },
  items: { 'A.1': 1, 'A.3.1': 0.25, 'A.13': 0 },
};
const KENYA = { ...FRANCE, country: 'KEN', overall: 30, level: 2, dimensions: { governance: 12.5 }, items: {} };
const FRANCE_V2 = { overall: 64, level: 4, dimensions: { governance: 75 }, items: { 'A.1': 0.5 } };

let franceId: string;
let kenyaId: string;

beforeAll(async () => {
  t = await startTestApp();
  franceId = await insertAssessment(t.db, FRANCE);
  kenyaId = await insertAssessment(t.db, KENYA);
  await insertScores(t.db, franceId, 'v2', FRANCE_V2);
});
afterAll(() => t.close());

const run = (step: 'up' | 'down') => runMigrations(t.app, [[migration, step]]);

/** The rows of a former breakdown table, as [assessment, methodology, code, number], sorted. */
async function tableRows(table: string, code: string, value: string): Promise<unknown[][]> {
  const { rows } = await t.db.query(
    `SELECT assessment_id, methodology, ${code} AS code, ${value} AS value FROM ${table} ORDER BY 1, 2, 3`,
  );
  return rows.map((r) => [r.assessment_id, r.methodology, r.code, r.value]);
}

/** Hand-made numbers as the rows the tables held: one per code, sorted as tableRows sorts. */
function expectedRows(entries: [id: string, version: string, numbers: Record<string, number>][]): unknown[][] {
  return entries
    .flatMap(([id, version, numbers]) => Object.entries(numbers).map(([code, n]) => [id, version, code, n]))
    .sort((a, b) => String(a).localeCompare(String(b)));
}

async function readAssessment(id: string) {
  const admin = await t.tokenFor('admin');
  const res = await request(t.app.getHttpServer())
    .get(`/api/assessments/${id}`)
    .set('Authorization', `Bearer ${admin}`)
    .expect(200);
  const body = res.body as {
    scoresByVersion: {
      methodologyVersion: string;
      dimensions: Record<string, number>;
      items: Record<string, number>;
    }[];
  };
  return body.scoresByVersion.map((s) => [s.methodologyVersion, s.dimensions, s.items]);
}

/** The dimensions as a read gives them: every dimension, 0 where none is stored. */
const everyDimension = (stored: Record<string, number>) =>
  Object.fromEntries(DIMENSIONS.map((d) => [d, stored[d] ?? 0]));

async function figures(): Promise<unknown[]> {
  const analyst = await t.tokenFor('analyst');
  const paths = [
    '/api/analytics/gaps?grouping=wco&year=2024',
    '/api/analytics/maturity?grouping=wco&from=2024&to=2024&dimension=liaison',
    '/api/countries/FRA/profile?grouping=wco',
  ];
  const server = t.app.getHttpServer();
  return Promise.all(
    paths.map(async (p) => (await request(server).get(p).set('Authorization', `Bearer ${analyst}`).expect(200)).body),
  );
}

describe('the score breakdowns migration', () => {
  it('puts every dimension score and item point back in its own row, and back on its score row', async () => {
    const before = await figures();
    await run('down');
    expect(await tableRows('assessment_dimension_scores', 'dimension', 'score')).toEqual(
      expectedRows([
        [franceId, 'v1', FRANCE.dimensions],
        [franceId, 'v2', FRANCE_V2.dimensions],
        [kenyaId, 'v1', KENYA.dimensions],
      ]),
    );
    expect(await tableRows('assessment_item_points', 'code', 'points')).toEqual(
      expectedRows([
        [franceId, 'v1', FRANCE.items],
        [franceId, 'v2', FRANCE_V2.items],
      ]),
    );
    await run('up');
    // The migrations leave a stub refresh function; the app's, installed again, rebuilds every figure.
    await t.app.get(MaturityCellsInstaller).run();
    expect(await readAssessment(franceId)).toEqual([
      ['v1', everyDimension(FRANCE.dimensions), FRANCE.items],
      ['v2', everyDimension(FRANCE_V2.dimensions), FRANCE_V2.items],
    ]);
    expect(await readAssessment(kenyaId)).toEqual([['v1', everyDimension(KENYA.dimensions), {}]]);
    expect(await figures()).toEqual(before);
  });

  it('refuses a breakdown whose codes and numbers do not pair up, or a number out of range', async () => {
    const write = (dimensions: number[], items: number[]) =>
      t.db.query(
        `UPDATE assessment_scores SET dimension_scores = $2, item_points = $3
         WHERE assessment_id = $1 AND methodology = 'v1'`,
        [franceId, dimensions, items],
      );
    await expect(write([70, 42.5], [1, 0.25, 0])).rejects.toThrow(/ck_assessment_scores_dimensions/);
    await expect(write([70, 42.5, 101], [1, 0.25, 0])).rejects.toThrow(/ck_assessment_scores_dimensions/);
    await expect(write([70, 42.5, 55], [1, 0.25, 1.5])).rejects.toThrow(/ck_assessment_scores_items/);
    await expect(write([70, 42.5, 55], [1, null as unknown as number, 0])).rejects.toThrow(
      /ck_assessment_scores_items/,
    );
  });
});
