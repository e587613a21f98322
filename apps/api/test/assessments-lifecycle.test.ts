import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  SECOND_EXAMPLE,
  SECOND_EXAMPLE_SCORES,
  WORKED_EXAMPLE,
  WORKED_EXAMPLE_SCORES,
  clientFor,
  type Client,
  type Answers,
} from './assessment-fixtures.js';
import { startTestApp, type TestApp } from './test-app.js';

let t: TestApp;
let coordinator: Client;
let kenCoordinator: Client;
let analyst: Client;
let viewer: Client;
let kenViewer: Client;

beforeAll(async () => {
  t = await startTestApp();
  coordinator = await clientFor(t, { role: 'coordinator', country: 'FRA' });
  kenCoordinator = await clientFor(t, { role: 'coordinator', country: 'KEN' });
  analyst = await clientFor(t, { role: 'analyst' });
  viewer = await clientFor(t, { role: 'viewer', country: 'FRA' });
  kenViewer = await clientFor(t, { role: 'viewer', country: 'KEN' });
});
afterAll(() => t.close());

/** The worked example without A.13, A.14.1 and A.18: a draft that cannot be submitted yet. */
function partialExample(): Answers {
  const { 'A.13': _a, 'A.14.1': _b, 'A.18': _c, ...rest } = WORKED_EXAMPLE;
  return rest;
}

async function storedScores(id: string) {
  const { rows } = await t.db.query(
    `SELECT s.overall_index, s.computed_level, a.self_level, s.methodology AS methodology_version, a.status, a.source
     FROM assessments a LEFT JOIN assessment_scores s ON s.assessment_id = a.id AND s.methodology = 'v1'
     WHERE a.id = $1`,
    [id],
  );
  const dims = await t.db.query(
    `SELECT d.dimension, d.score FROM assessment_scores s, unnest(s.dimension_codes, s.dimension_scores) AS d(dimension, score)
     WHERE s.assessment_id = $1 AND s.methodology = 'v1'`,
    [id],
  );
  return { row: rows[0], dimensions: Object.fromEntries(dims.rows.map((r) => [r.dimension, r.score])) };
}

async function countedIn(year: number): Promise<number> {
  const res = await analyst.get(`/api/analytics/maturity?grouping=wco&from=${year}&to=${year}`).expect(200);
  return res.body.series.find((p: { region: string }) => p.region === 'ALL').assessed;
}

/** The assessment the two lifecycle describes below take through its steps, in order. */
let id: string;

describe('an assessment from draft to validated, returned and resubmitted: draft and submission', () => {
  it('the coordinator creates a draft, which may be incomplete', async () => {
    const res = await coordinator
      .post('/api/assessments')
      .send({ country: 'FRA', year: 2024, answers: partialExample(), comments: { 'A.1': 'Signed in 2019' } })
      .expect(201);
    id = res.body.id;
    expect(res.body).toMatchObject({
      country: 'FRA',
      year: 2024,
      status: 'draft',
      version: 1,
      answers: partialExample(),
      comments: { 'A.1': 'Signed in 2019' },
      scores: null,
      gaps: [],
      returnComment: null,
      submittedAt: null,
      demo: false,
    });
    expect(Date.parse(res.body.createdAt)).not.toBeNaN();
  });

  it('refuses a second assessment for the same country and year', async () => {
    const res = await coordinator
      .post('/api/assessments')
      .send({ country: 'FRA', year: 2024, answers: {} })
      .expect(409);
    expect(res.body.message).toMatch(/FRA already has an assessment for 2024/);
  });

  it('will not submit while items are missing, and lists them', async () => {
    const res = await coordinator.post(`/api/assessments/${id}/submit`).send({ version: 1 }).expect(422);
    expect(res.body).toEqual({
      statusCode: 422,
      code: 'not_submittable',
      message: 'The assessment cannot be submitted: 3 missing items, 0 invalid answers',
      missing: ['A.13', 'A.14.1', 'A.18'],
      invalid: [],
    });
  });

  it('the coordinator completes the answers: version 2', async () => {
    const res = await coordinator
      .patch(`/api/assessments/${id}`)
      .send({ answers: WORKED_EXAMPLE, version: 1 })
      .expect(200);
    expect(res.body.version).toBe(2);
    expect(res.body.answers).toEqual(WORKED_EXAMPLE);
    // Comments were not sent: they are kept.
    expect(res.body.comments).toEqual({ 'A.1': 'Signed in 2019' });
  });

  it('submits: the stored scores are the worked example of docs/methodology.md', async () => {
    const res = await coordinator.post(`/api/assessments/${id}/submit`).send({ version: 2 }).expect(200);
    expect(res.body.status).toBe('submitted');
    expect(res.body.version).toBe(3);
    expect(res.body.scores).toEqual(WORKED_EXAMPLE_SCORES);
    expect(res.body.gaps.map((g: { code: string; points: number }) => [g.code, g.points])).toEqual([
      ['A.3.1', 0],
      ['A.5.1', 0.375],
      ['A.11', 0],
      ['A.13', 0],
      ['A.16.1', 0],
    ]);
    expect(Date.parse(res.body.submittedAt)).not.toBeNaN();
    const stored = await storedScores(id);
    expect(stored.row).toEqual({
      overall_index: 45.7407,
      computed_level: 3,
      self_level: 3,
      methodology_version: 'v1',
      status: 'submitted',
      source: 'entered',
    });
    expect(stored.dimensions).toEqual(WORKED_EXAMPLE_SCORES.dimensions);
    expect(await countedIn(2024)).toBe(1);
  });

  it('can no longer be edited or submitted again', async () => {
    await coordinator.patch(`/api/assessments/${id}`).send({ answers: {}, version: 3 }).expect(409);
    const res = await coordinator.post(`/api/assessments/${id}/submit`).send({ version: 3 }).expect(409);
    expect(res.body.message).toMatch(/a submitted assessment cannot be submitted/);
  });
});

describe('an assessment from draft to validated, returned and resubmitted: validation, return and history', () => {
  it('an analyst validates it, once', async () => {
    const res = await analyst.post(`/api/assessments/${id}/validate`).send({ version: 3 }).expect(200);
    expect(res.body).toMatchObject({ status: 'validated', version: 4 });
    const again = await analyst.post(`/api/assessments/${id}/validate`).send({ version: 4 }).expect(409);
    expect(again.body.message).toMatch(/a validated assessment cannot be validated/);
  });

  it('an analyst returns it with a comment: it leaves the analytics', async () => {
    const res = await analyst
      .post(`/api/assessments/${id}/return`)
      .send({ comment: 'A.13: resources are shared under the 2021 decree', version: 4 })
      .expect(200);
    expect(res.body).toMatchObject({
      status: 'returned',
      version: 5,
      returnComment: 'A.13: resources are shared under the 2021 decree',
    });
    expect(await countedIn(2024)).toBe(0);
  });

  it('the coordinator edits the returned assessment: the old scores are cleared', async () => {
    const res = await coordinator
      .patch(`/api/assessments/${id}`)
      .send({ answers: { ...WORKED_EXAMPLE, 'A.13': 'partial' }, version: 5 })
      .expect(200);
    expect(res.body).toMatchObject({ status: 'returned', version: 6, scores: null, gaps: [] });
    expect((await storedScores(id)).dimensions).toEqual({});
  });

  it('resubmits: scored again and counted again', async () => {
    const res = await coordinator.post(`/api/assessments/${id}/submit`).send({ version: 6 }).expect(200);
    // resource_sharing: A.13 partial = 50; index = (411.6667 + 50) / 9 = 461.6667 / 9 = 51.2963.
    expect(res.body.scores.dimensions.resource_sharing).toBe(50);
    expect(res.body.scores.overall).toBe(51.2963);
    expect(res.body.returnComment).toBe('A.13: resources are shared under the 2021 decree');
    expect(await countedIn(2024)).toBe(1);
  });

  it('the history tells who did what, when, and which answers changed', async () => {
    const res = await viewer.get(`/api/assessments/${id}/history`).expect(200);
    expect(res.body.assessmentId).toBe(id);
    const revisions = res.body.revisions;
    expect(
      revisions.map((r: { revision: number; action: string; fromStatus: string | null; toStatus: string }) => [
        r.revision,
        r.action,
        r.fromStatus,
        r.toStatus,
      ]),
    ).toEqual([
      [1, 'created', null, 'draft'],
      [2, 'updated', 'draft', 'draft'],
      [3, 'submitted', 'draft', 'submitted'],
      [4, 'validated', 'submitted', 'validated'],
      [5, 'returned', 'validated', 'returned'],
      [6, 'updated', 'returned', 'returned'],
      [7, 'submitted', 'returned', 'submitted'],
    ]);
    const emails = revisions.map((r: { by: { email: string } }) => r.by.email.split('.')[0]);
    expect(emails).toEqual([
      'coordinator',
      'coordinator',
      'coordinator',
      'analyst',
      'analyst',
      'coordinator',
      'coordinator',
    ]);
    for (const r of revisions) expect(Date.parse(r.at)).not.toBeNaN();
    expect(revisions[0].changes).toContainEqual({ code: 'A.1', kind: 'comment', old: null, new: 'Signed in 2019' });
    expect(revisions[1].changes).toEqual([
      { code: 'A.13', kind: 'answer', old: null, new: 'no' },
      { code: 'A.14.1', kind: 'answer', old: null, new: 'one_way' },
      { code: 'A.18', kind: 'answer', old: null, new: 3 },
    ]);
    expect(revisions[4].comment).toBe('A.13: resources are shared under the 2021 decree');
    expect(revisions[5].changes).toEqual([{ code: 'A.13', kind: 'answer', old: 'no', new: 'partial' }]);
  });
});

describe('a second, hand-scored answer set', () => {
  it('stores 56.2963, level 3, self level 2, and the five gaps', async () => {
    const created = await kenCoordinator
      .post('/api/assessments')
      .send({ country: 'KEN', year: 2023, answers: SECOND_EXAMPLE })
      .expect(201);
    const res = await kenCoordinator
      .post(`/api/assessments/${created.body.id}/submit`)
      .send({ version: 1 })
      .expect(200);
    expect(res.body.scores).toEqual(SECOND_EXAMPLE_SCORES);
    expect(res.body.gaps.map((g: { code: string }) => g.code)).toEqual(['A.4.1', 'A.6', 'A.10', 'A.15.1', 'A.19']);
    const stored = await storedScores(created.body.id);
    expect(stored.row).toMatchObject({ overall_index: 56.2963, computed_level: 3, self_level: 2 });
    expect(stored.dimensions).toEqual(SECOND_EXAMPLE_SCORES.dimensions);
  });
});

describe('listing', () => {
  it('gives summaries without answers, scoped to the caller', async () => {
    const all = await analyst.get('/api/assessments').expect(200);
    expect(all.body.assessments.map((a: { country: string; year: number }) => `${a.country} ${a.year}`)).toEqual([
      'FRA 2024',
      'KEN 2023',
    ]);
    expect(all.body.assessments[0]).not.toHaveProperty('answers');
    expect(all.body.assessments[0].scores.overall).toBe(51.2963);
    const own = await kenViewer.get('/api/assessments').expect(200);
    expect(own.body.assessments.map((a: { country: string }) => a.country)).toEqual(['KEN']);
  });

  it('filters by country, year and status', async () => {
    const res = await analyst.get('/api/assessments?status=submitted&year=2023').expect(200);
    expect(res.body.assessments.map((a: { country: string }) => a.country)).toEqual(['KEN']);
    const none = await analyst.get('/api/assessments?country=FRA&status=draft').expect(200);
    expect(none.body.assessments).toEqual([]);
  });
});
