import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertAssessment, insertGrouping } from './factories.js';
import { startTestApp, type TestApp } from './test-app.js';

/*
 * Membership through time: a year counts the members at its 31 December. The WCO grouping is loaded with
 * its accession dates; the figures below are the WCO's own, counted by hand from the accessions:
 * Kosovo joined Europe on 25 January 2017 (51 → 52), the Solomon Islands Asia/Pacific on 26 January 2023
 * (33 → 34) and Palau on 2 February 2024 (34 → 35); Saint Vincent and the Grenadines the Americas on
 * 17 September 2025 (33 → 34). All members: 184 at the end of 2022, 185 in 2023, 186 in 2024, 187 in 2025.
 */
let t: TestApp;
let analyst: string;

const get = (path: string) => request(t.app.getHttpServer()).get(path).set('Authorization', `Bearer ${analyst}`);

beforeAll(async () => {
  t = await startTestApp();
  analyst = await t.tokenFor('analyst');
  // Palau's assessment of 2023, before it joined: current in 2023 and 2024, counted only once it is a member.
  await insertAssessment(t.db, {
    country: 'PLW',
    year: 2023,
    status: 'validated',
    overall: 40,
    level: 2,
    selfLevel: 2,
  });
  // A custom grouping where DEU moved from R1 to R2 on 1 July 2020, and ITA belongs to R1 throughout.
  await insertGrouping(t.db, 'moves', { R1: ['ITA'], R2: [] });
  await t.db.query(
    `INSERT INTO region_members (region_id, country_iso3, valid_from, valid_to)
     SELECT id, 'DEU', CASE code WHEN 'R1' THEN '-infinity'::date ELSE '2020-07-01' END,
            CASE code WHEN 'R1' THEN '2020-06-30'::date END
     FROM regions WHERE grouping_id = 'moves'`,
  );
}, 120_000);
afterAll(() => t.close());

type Point = { region: string; year: number; members: number; assessed: number | null };
const membersOf = (series: Point[], region: string) =>
  Object.fromEntries(series.filter((p) => p.region === region).map((p) => [p.year, p.members]));

describe('the denominators of each year', () => {
  it('count the WCO members of that year, with and without the members that joined in the period', async () => {
    const { body } = await get('/api/analytics/maturity?grouping=wco&from=2016&to=2025').expect(200);
    const series = body.series as Point[];
    expect(membersOf(series, 'EUR')).toMatchObject({ 2016: 51, 2017: 52, 2025: 52 });
    expect(membersOf(series, 'AP')).toMatchObject({ 2022: 33, 2023: 34, 2024: 35 });
    expect(membersOf(series, 'AMS')).toMatchObject({ 2024: 33, 2025: 34 });
    expect(membersOf(series, 'ALL')).toMatchObject({ 2022: 184, 2023: 185, 2024: 186, 2025: 187 });
  });

  it('count an assessment only in the years its country is a member', async () => {
    const { body } = await get('/api/analytics/maturity?grouping=wco&from=2023&to=2024').expect(200);
    const ap = (body.series as Point[]).filter((p) => p.region === 'AP');
    expect(ap.map((p) => [p.year, p.assessed])).toEqual([
      [2023, 0],
      [2024, 1],
    ]);
    const countries = async (year: number) =>
      (
        (await get(`/api/analytics/countries?grouping=wco&year=${year}`).expect(200)).body.items as {
          country: string;
        }[]
      ).map((i) => i.country);
    expect(await countries(2023)).not.toContain('PLW');
    expect(await countries(2024)).toContain('PLW');
  });

  it('follow a country that moved region: in its old region until the year it left, in the new one after', async () => {
    const { body } = await get('/api/analytics/maturity?grouping=moves&from=2019&to=2021').expect(200);
    const series = body.series as Point[];
    expect(membersOf(series, 'R1')).toEqual({ 2019: 2, 2020: 1, 2021: 1 });
    expect(membersOf(series, 'R2')).toEqual({ 2020: 1, 2021: 1 });
    expect(membersOf(series, 'ALL')).toEqual({ 2019: 2, 2020: 2, 2021: 2 });
  });
});

describe('operational outcomes', () => {
  const post = (path: string, body: object) =>
    request(t.app.getHttpServer()).post(path).set('Authorization', `Bearer ${analyst}`).send(body).expect(201);
  const result = (country: string, arrests: number) => ({
    country,
    unitType: 'customs',
    arrests,
    investigationsOpened: 0,
    controlledDeliveries: 0,
    personsChecked: 10,
    databaseChecks: [],
    seizures: [],
  });

  it('count a country’s results and participation only from the year it joined', async () => {
    for (const year of [2023, 2024]) {
      const operation = await post('/api/operations', {
        code: `PAC-${year}`,
        name: `Pacific ${year}`,
        programme: 'wco',
        lead: 'wco',
        activities: ['interception'],
        startDate: `${year}-05-01`,
        endDate: `${year}-06-30`,
        countries: ['AUS', 'PLW'],
      });
      await post(`/api/operations/${operation.body.id}/results`, result('AUS', 2));
      await post(`/api/operations/${operation.body.id}/results`, result('PLW', 5));
    }
    const { body } = await get('/api/analytics/operations?grouping=wco&from=2023&to=2024').expect(200);
    const ap = (body.series as { region: string; year: number; arrests: number | null; countries: number | null }[])
      .filter((p) => p.region === 'AP')
      .map((p) => [p.year, p.countries, p.arrests]);
    // 2023: Australia alone (Palau joined in February 2024); 2024: both.
    expect(ap).toEqual([
      [2023, 1, 2],
      [2024, 2, 7],
    ]);
    const participation = await get('/api/analytics/operations/participation?grouping=wco&from=2023&to=2024').expect(
      200,
    );
    const palau = (participation.body.items as { country: string; operations: number }[]).find(
      (i) => i.country === 'PLW',
    );
    expect(palau?.operations).toBe(1);
  });
});

describe('GET /api/groupings', () => {
  it('lists the members of the year asked for, and every dated membership', async () => {
    const eur = async (year: number) =>
      (
        (await get(`/api/groupings/wco?year=${year}`).expect(200)).body.regions as { code: string; members: string[] }[]
      ).find((r) => r.code === 'EUR')!;
    expect((await eur(2016)).members).not.toContain('XKX');
    expect((await eur(2017)).members).toContain('XKX');
    const { body } = await get('/api/groupings/wco').expect(200);
    const europe = body.regions.find((r: { code: string }) => r.code === 'EUR');
    expect(europe.memberships).toContainEqual({ iso3: 'XKX', from: '2017-01-25', to: null });
    const moves = await get('/api/groupings/moves?year=2020').expect(200);
    expect(moves.body.regions.find((r: { code: string }) => r.code === 'R1').memberships).toEqual([
      { iso3: 'DEU', from: null, to: '2020-06-30' },
      { iso3: 'ITA', from: null, to: null },
    ]);
  });

  it('refuses a year that is not one, naming the field', async () => {
    const { body } = await get('/api/groupings?year=soon').expect(400);
    expect(body.errors[0].field).toBe('year');
  });
});
