import { INSTRUMENT_KINDS, type InstrumentKind } from '@cpc/domain';
import type request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientFor, type Client } from './assessment-fixtures.js';
import { VALID } from './instruments-fixtures.js';
import { startTestApp, type TestApp } from './test-app.js';

/** The raw export writes the import layout: exported, then imported into an empty database, the same records. */
let source: TestApp;
let target: TestApp;
let sourceAnalyst: Client;
let targetAnalyst: Client;

/** Text a spreadsheet would run as a formula, separators, quotes and line breaks: what must survive the trip. */
const TRICKY = {
  ...VALID.agreement,
  country: 'SEN',
  title: '=Accord "cadre", douane; police',
  notes: '-signé à Dakar\nligne 2',
  to: '2030-12-31',
};

beforeAll(async () => {
  [source, target] = await Promise.all([startTestApp(), startTestApp()]);
  sourceAnalyst = await clientFor(source, { role: 'analyst' });
  targetAnalyst = await clientFor(target, { role: 'analyst' });
  for (const record of [...Object.values(VALID), TRICKY])
    await sourceAnalyst.post('/api/instruments').send(record).expect(201);
});
afterAll(() => Promise.all([source.close(), target.close()]));

function binary(test: request.Test): request.Test {
  return test.buffer(true).parse((res, done) => {
    const chunks: Buffer[] = [];
    res.on('data', (c: Buffer) => chunks.push(c));
    res.on('end', () => {
      done(null, Buffer.concat(chunks));
    });
  });
}

/** The records without what a database assigns (ids, times, versions). */
async function contents(client: Client, kind: InstrumentKind): Promise<Record<string, unknown>[]> {
  const { body } = await client.get(`/api/instruments?kind=${kind}`).expect(200);
  return (body.instruments as Record<string, unknown>[]).map(
    ({ id: _id, createdAt: _c, updatedAt: _u, version: _v, ...rest }) => rest,
  );
}

describe.each(['csv', 'xlsx'] as const)('GET /api/exports/instruments?format=%s', (format) => {
  it.each(INSTRUMENT_KINDS)('a %s file round-trips', async (kind) => {
    const exported = await binary(sourceAnalyst.get(`/api/exports/instruments?kind=${kind}&format=${format}`)).expect(
      200,
    );
    expect(exported.headers['content-disposition']).toMatch(
      new RegExp(`^attachment; filename="instruments_${kind.replace('_', '-')}_\\d{4}-\\d{2}-\\d{2}\\.${format}"$`),
    );
    const file = exported.body as Buffer;
    const into = await targetAnalyst
      .post(`/api/instruments/import?kind=${kind}`)
      .attach('file', file, `export.${format}`)
      .expect(200);
    const expected = await contents(sourceAnalyst, kind);
    expect(into.body).toMatchObject({ rows: expected.length, unchanged: format === 'csv' ? 0 : expected.length });
    expect(await contents(targetAnalyst, kind)).toEqual(expected);
    // Back into the database it came from, it changes nothing.
    const back = await sourceAnalyst.post(`/api/instruments/import?kind=${kind}`).attach('file', file, `e.${format}`);
    expect(back.body).toMatchObject({ created: 0, updated: 0, unchanged: expected.length });
  });
});

describe('the export’s rows', () => {
  it('neutralises formulas in CSV and holds what the caller may read only', async () => {
    const csv = await sourceAnalyst.get('/api/exports/instruments?kind=agreement').expect(200);
    expect(csv.text.split('\r\n')[0]).toBe('country,title,from,to,notes,agreement_type,parties,scope,reference');
    expect(csv.text).toContain(
      `SEN,"'=Accord ""cadre"", douane; police",2019-04-02,2030-12-31,"'-signé à Dakar\nligne 2",mou`,
    );
    const brazil = await clientFor(source, { role: 'viewer', country: 'BRA' });
    const own = await brazil.get('/api/exports/instruments?kind=agreement').expect(200);
    expect(own.text.trim().split('\r\n')).toHaveLength(1);
    await brazil.get('/api/exports/instruments').expect(400);
  });
});
