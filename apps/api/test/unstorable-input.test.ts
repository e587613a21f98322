import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findUnstorable } from '../src/common/unstorable-input.js';
import { clientFor, type Client } from './assessment-fixtures.js';
import { startTestApp, type TestApp } from './test-app.js';

/**
 * Input that passes every check of the API but that PostgreSQL cannot store (a NUL, an unpaired UTF-16
 * surrogate) or that no recursive walker survives (JSON nested 100,000 deep), in JSON bodies, query strings
 * and import files: each is a 4xx naming the field (or the row and column), never a 500, and writes nothing.
 * A dry run of an import answers exactly as the import does.
 *
 * This file: the checker itself, JSON bodies and query strings; unstorable-input-imports.test.ts: the
 * import files and their dry runs.
 */

/** `levels` arrays, one inside the other, around nothing. */
function nestedArrays(levels: number): unknown {
  let value: unknown = [];
  for (let i = 1; i < levels; i++) value = [value];
  return value;
}

describe('findUnstorable', () => {
  it('accepts 64 levels of nesting and refuses 65, naming the body', () => {
    expect(findUnstorable(nestedArrays(64))).toBeNull();
    expect(findUnstorable(nestedArrays(65))).toEqual({
      field: 'body',
      message: 'body: nested deeper than 64 levels',
      code: 'too_deep',
      params: { maximum: 64 },
    });
  });

  it('names an over-deep structure by the top-level field it starts in', () => {
    expect(findUnstorable({ version: 1, comments: { 'A.1': nestedArrays(64) } })).toEqual({
      field: 'comments',
      message: 'comments: nested deeper than 64 levels',
      code: 'too_deep',
      params: { maximum: 64 },
    });
  });

  it('walks 100,000 levels without overflowing the stack', () => {
    // JSON.parse builds it iteratively; a recursive walk would throw RangeError here.
    const deep: unknown = JSON.parse(`${'['.repeat(100_000)}${']'.repeat(100_000)}`);
    expect(findUnstorable({ answers: deep })?.field).toBe('answers');
  });

  it.each([
    ['a lone high surrogate', 'x\ud800y'],
    ['a high surrogate at the end', 'abc\udbff'],
    ['a lone low surrogate', '\udc00abc'],
    ['a pair in the wrong order', '\udc00\ud800'],
  ])('refuses %s', (_label, text) => {
    expect(findUnstorable({ comments: { 'A.1': text } })).toEqual({
      field: 'comments.A.1',
      message: 'comments.A.1: must not contain an unpaired UTF-16 surrogate (\\ud800 to \\udfff)',
      code: 'unstorable_text',
    });
  });

  it('accepts surrogate pairs (an emoji, a rare CJK character) and ordinary accents', () => {
    expect(findUnstorable({ comments: { 'A.1': '😀 \ud83d\ude00 𠀀 é à ü' } })).toBeNull();
  });

  it('names the path of a NUL in an array, and of a bad key', () => {
    expect(findUnstorable({ a: { b: ['x', 'y\u0000'] } })).toEqual({
      field: 'a.b.1',
      message: 'a.b.1: must not contain a NUL character (\\u0000)',
      code: 'unstorable_text',
    });
    expect(findUnstorable({ a: { 'k\ud800': 1 } })?.field).toBe('a.k\ud800');
  });

  it('reports the first problem in document order', () => {
    expect(findUnstorable({ first: ['ok', 'a\u0000'], second: '\ud800' })?.field).toBe('first.1');
    expect(findUnstorable({ first: 'ok', second: '\ud800', third: 'a\u0000' })?.field).toBe('second');
  });
});

let t: TestApp;
let analyst: Client;
let admin: Client;
let coordinator: Client;

beforeAll(async () => {
  t = await startTestApp();
  analyst = await clientFor(t, { role: 'analyst' });
  admin = await clientFor(t, { role: 'admin' });
  coordinator = await clientFor(t, { role: 'coordinator', country: 'FRA' });
});
afterAll(() => t.close());

async function storedDraft(id: string): Promise<{ version: number; answers: unknown; comments: unknown }> {
  const { rows } = await t.db.query('SELECT version, answers, comments FROM assessments WHERE id = $1', [id]);
  return rows[0];
}

describe('PATCH /api/assessments/:id (a draft update)', () => {
  let draftId = '';
  let before: Awaited<ReturnType<typeof storedDraft>>;

  beforeAll(async () => {
    const res = await coordinator
      .post('/api/assessments')
      .send({ country: 'FRA', year: 2024, answers: { 'A.1': ['mou'] }, comments: { 'A.1': 'MoU of 2019' } })
      .expect(201);
    draftId = res.body.id;
    before = await storedDraft(draftId);
  });

  /** Sent as JSON text, exactly as written (a `\ud800` escape stays an escape until the server parses it). */
  const patch = (json: string) =>
    coordinator.patch(`/api/assessments/${draftId}`).set('Content-Type', 'application/json').send(json);

  it.each([
    ['100,000 nested arrays as the body', `${'['.repeat(100_000)}${']'.repeat(100_000)}`, 'body'],
    [
      '100,000 nested arrays as an answer',
      `{"answers":{"A.1":${'['.repeat(100_000)}${']'.repeat(100_000)}},"version":1}`,
      'answers',
    ],
    [
      '5,000 nested objects inside comments',
      `{"comments":${'{"A.1":'.repeat(5_000)}"x"${'}'.repeat(5_000)},"version":1}`,
      'comments',
    ],
  ])('%s → 400 naming the field, nothing written', async (_label, json, field) => {
    const res = await patch(json).expect(400);
    expect(res.body.errors).toEqual([
      { field, message: `${field}: nested deeper than 64 levels`, code: 'too_deep', params: { maximum: 64 } },
    ]);
    expect(await storedDraft(draftId)).toEqual(before);
  });

  it.each([
    ['a comment', '{"comments":{"A.1":"MoU \\ud800 of 2019"},"version":1}', 'comments.A.1'],
    ['a free-text answer', '{"answers":{"A.1":["mou"],"A.5.2":"Police only\\udfff"},"version":1}', 'answers.A.5.2'],
  ])('a lone surrogate in %s → 400 naming the field, nothing written', async (_label, json, field) => {
    const res = await patch(json).expect(400);
    expect(res.body.errors).toEqual([
      {
        field,
        message: `${field}: must not contain an unpaired UTF-16 surrogate (\\ud800 to \\udfff)`,
        code: 'unstorable_text',
      },
    ]);
    expect(await storedDraft(draftId)).toEqual(before);
  });

  it('a surrogate pair (an emoji written as escapes) is stored and read back', async () => {
    const res = await patch('{"comments":{"A.1":"MoU \\ud83d\\ude00"},"version":1}').expect(200);
    expect(res.body.comments).toEqual({ 'A.1': 'MoU 😀' });
    expect(await storedDraft(draftId)).toMatchObject({ version: 2, comments: { 'A.1': 'MoU 😀' } });
  });
});

describe('absurd offsets on the paged lists', () => {
  const LISTS = [
    { path: '/api/operations', as: () => analyst },
    { path: '/api/audit', as: () => admin },
  ];

  it.each(
    LISTS.flatMap((list) =>
      ['99999999999999999999', '9007199254740992', `1${'0'.repeat(400)}`].map((offset) => ({ ...list, offset })),
    ),
  )('$path?offset=$offset → 400 naming offset', async ({ path, as, offset }) => {
    const res = await as().get(`${path}?offset=${offset}`).expect(400);
    expect(res.body.errors).toEqual([
      { field: 'offset', message: 'offset must be at most 9007199254740991', code: 'invalid' },
    ]);
  });

  it.each(LISTS)(
    '$path?offset=9007199254740991 (the largest safe integer) → 200, an empty page',
    async ({ path, as }) => {
      const res = await as().get(`${path}?offset=9007199254740991`).expect(200);
      expect(res.body.total).toBeGreaterThanOrEqual(0);
      expect(res.body.operations ?? res.body.entries).toEqual([]);
    },
  );

  it.each(LISTS)('$path?offset=-1 and offset=1e3 stay refused as not whole numbers', async ({ path, as }) => {
    for (const offset of ['-1', '1e3']) {
      const res = await as().get(`${path}?offset=${offset}`).expect(400);
      expect(res.body.errors).toEqual([
        {
          field: 'offset',
          message: 'offset must be a whole number',
          code: 'invalid_format',
          params: { format: 'regex' },
        },
      ]);
    }
  });
});
