import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertAssessment } from './factories.js';
import { startTestApp, type TestApp } from './test-app.js';

let t: TestApp;
let analyst: string;
const server = () => t.app.getHttpServer();
const as = (token: string) => ({ Authorization: `Bearer ${token}` });

beforeAll(async () => {
  t = await startTestApp();
  analyst = await t.tokenFor('analyst');
});
afterAll(() => t.close());

/**
 * A custom grouping with dated members, like the WCO regions: NORTH holds FRA in every year and DEU from
 * 1 March 2020; SOUTH holds DEU until 29 February 2020. Members count at 31 December of each year, so DEU is
 * in SOUTH for 2019 and in NORTH from 2020.
 */
const DATED = {
  name: 'Dated pilot',
  regions: [
    { code: 'NORTH', name: 'North', members: ['FRA'], memberships: [{ iso3: 'DEU', from: '2020-03-01' }] },
    { code: 'SOUTH', name: 'South', memberships: [{ iso3: 'DEU', to: '2020-02-29' }] },
  ],
};

describe('custom groupings with dated memberships', () => {
  it('keep each period, and give the members of the year asked for', async () => {
    const created = await request(server()).post('/api/groupings').set(as(analyst)).send(DATED).expect(201);
    const id: string = created.body.id;
    const year = async (y: number) =>
      (await request(server()).get(`/api/groupings/${id}?year=${y}`).set(as(analyst)).expect(200)).body.regions.map(
        (r: { code: string; members: string[] }) => [r.code, r.members],
      );
    expect(await year(2019)).toEqual([
      ['NORTH', ['FRA']],
      ['SOUTH', ['DEU']],
    ]);
    expect(await year(2020)).toEqual([
      ['NORTH', ['DEU', 'FRA']],
      ['SOUTH', []],
    ]);
    const north = created.body.regions.find((r: { code: string }) => r.code === 'NORTH');
    expect(north.memberships).toEqual(
      expect.arrayContaining([
        { iso3: 'FRA', from: null, to: null },
        { iso3: 'DEU', from: '2020-03-01', to: null },
      ]),
    );

    // DEU's assessments count in SOUTH in 2019 and in NORTH in 2020.
    for (const y of [2019, 2020])
      await insertAssessment(t.db, {
        country: 'DEU',
        year: y,
        status: 'validated',
        overall: 60,
        level: 4,
        selfLevel: 4,
      });
    const maturity = await request(server())
      .get(`/api/analytics/maturity?grouping=${id}&from=2019&to=2020`)
      .set(as(analyst))
      .expect(200);
    const cell = (region: string, y: number) =>
      maturity.body.series.find((p: { region: string; year: number }) => p.region === region && p.year === y);
    expect(cell('NORTH', 2019)).toMatchObject({ members: 1, assessed: 0 });
    expect(cell('SOUTH', 2019)).toMatchObject({ members: 1, assessed: 1 });
    expect(cell('NORTH', 2020)).toMatchObject({ members: 2, assessed: 1 });
  });

  it.each([
    [
      'overlapping periods in two regions',
      {
        name: 'x',
        regions: [
          { code: 'A', name: 'A', memberships: [{ iso3: 'DEU', from: '2019-01-01' }] },
          { code: 'B', name: 'B', memberships: [{ iso3: 'DEU', to: '2019-06-30' }] },
        ],
      },
      'regions.1.memberships',
      /DEU is in both A and B at the same time/,
    ],
    [
      'an undated member also dated elsewhere',
      {
        name: 'x',
        regions: [
          { code: 'A', name: 'A', members: ['DEU'] },
          { code: 'B', name: 'B', memberships: [{ iso3: 'DEU', from: '2021-01-01' }] },
        ],
      },
      'regions.1.memberships',
      /DEU is in both A and B/,
    ],
    [
      'a period that ends before it starts',
      {
        name: 'x',
        regions: [{ code: 'A', name: 'A', memberships: [{ iso3: 'DEU', from: '2021-01-01', to: '2020-01-01' }] }],
      },
      'regions.0.memberships.0.to',
      /to must not be before from/,
    ],
    [
      'an unknown country',
      { name: 'x', regions: [{ code: 'A', name: 'A', memberships: [{ iso3: 'XXZ', from: '2021-01-01' }] }] },
      'regions.0.memberships.0.iso3',
      /unknown country XXZ/,
    ],
  ])('refuses %s with a 400 naming the field, and stores nothing', async (_case, body, field, message) => {
    const before = (await request(server()).get('/api/groupings').set(as(analyst)).expect(200)).body.groupings.length;
    const res = await request(server()).post('/api/groupings').set(as(analyst)).send(body).expect(400);
    const error = res.body.errors.find((e: { field: string }) => e.field === field);
    expect(error?.message).toMatch(message);
    const after = (await request(server()).get('/api/groupings').set(as(analyst)).expect(200)).body.groupings.length;
    expect(after).toBe(before);
  });
});
