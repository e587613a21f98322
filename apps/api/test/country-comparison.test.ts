import request from 'supertest';
import { SMALL_CELL_SCORE_HALF_WIDTH, WORKED_EXAMPLE_ANSWERS } from '@cpc/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertAssessment, insertGrouping } from './factories.js';
import { startTestApp, type TestApp } from './test-app.js';

/*
 * Grouping "px": R = FRA DEU ITA, Q = JPN. A region's mean in a year counts each member's current
 * assessment (the newest of the 3 years ending then), as the maturity view and the profile do.
 *   FRA newest counted 2022 (submitted): 60; R in 2022 = FRA 60, DEU 55 (2021), ITA 65 → mean 60,
 *     governance (80+50+90)/3 = 73.3333, training (40+60+40)/3 = 46.6667, 3 assessed.
 *   DEU newest 2021: 55; R in 2021 = FRA 30 (2019), DEU 55 → mean 42.5, governance (40+50)/2 = 45,
 *     training (20+60)/2 = 40, 2 assessed.
 *   JPN newest 2020: 45; Q in 2020 = JPN alone → mean 45, governance 30, 1 assessed.
 * Validated only: FRA's newest is 2019 (30), and R in 2019 is FRA alone → mean 30.
 * FRA's 2022 answers are the worked example of docs/methodology.md: gaps A.3.1, A.5.1, A.11, A.13, A.16.1.
 * In wco, FRA DEU ITA are in EUR: in 2021 only FRA and DEU → fewer than 3, withheld from national users.
 */
let t: TestApp;
const get = (path: string, token: string) =>
  request(t.app.getHttpServer()).get(path).set('Authorization', `Bearer ${token}`);
const compare = (query: string, token: string) => get(`/api/analytics/countries/compare?${query}`, token);

interface Compared {
  country: { iso3: string };
  latestYear: number | null;
  overall: number | null;
  regionMean: number | null;
  regionAssessed: number | null;
  suppressed: boolean;
  region: { code: string } | null;
  trajectory: { year: number; status: string; overall: number }[];
  dimensions: { dimension: string; score: number | null; regionMean: number | null; suppressed: boolean }[];
  gaps: { code: string; points: number }[];
  gapCount: number;
}
const dimension = (c: Compared, d: string) => c.dimensions.find((x) => x.dimension === d);

beforeAll(async () => {
  t = await startTestApp();
  await insertGrouping(t.db, 'px', { R: ['FRA', 'DEU', 'ITA'], Q: ['JPN'] });
  const rows = [
    {
      country: 'FRA',
      year: 2019,
      status: 'validated',
      overall: 30,
      level: 2,
      dimensions: { governance: 40, training: 20 },
    },
    {
      country: 'FRA',
      year: 2022,
      status: 'submitted',
      overall: 60,
      level: 4,
      dimensions: { governance: 80, training: 40 },
      answers: WORKED_EXAMPLE_ANSWERS,
    },
    { country: 'FRA', year: 2024, status: 'draft', overall: 99, level: 5 },
    {
      country: 'DEU',
      year: 2021,
      status: 'validated',
      overall: 55,
      level: 3,
      dimensions: { governance: 50, training: 60 },
    },
    {
      country: 'ITA',
      year: 2022,
      status: 'validated',
      overall: 65,
      level: 4,
      dimensions: { governance: 90, training: 40 },
    },
    { country: 'JPN', year: 2020, status: 'validated', overall: 45, level: 3, dimensions: { governance: 30 } },
  ] as const;
  for (const row of rows) await insertAssessment(t.db, { selfLevel: row.level, ...row });
});
afterAll(() => t.close());

describe('GET /api/analytics/countries/compare', () => {
  it('gives each country, in the order asked, its trajectory, newest figures and its region’s mean that year', async () => {
    const { body } = await compare('countries=FRA,DEU,JPN&grouping=px', await t.tokenFor('analyst')).expect(200);
    expect(body).toMatchObject({ grouping: 'px', status: 'counted', protected: false });
    const [fra, deu, jpn] = body.countries as Compared[];
    expect([fra, deu, jpn].map((c) => c?.country.iso3)).toEqual(['FRA', 'DEU', 'JPN']);
    expect(fra?.trajectory.map((p) => `${p.year}:${p.status}:${p.overall}`)).toEqual([
      '2019:validated:30',
      '2022:submitted:60',
    ]);
    expect(fra).toMatchObject({ latestYear: 2022, overall: 60, region: { code: 'R' }, regionAssessed: 3 });
    expect(fra?.regionMean).toBeCloseTo(60, 4);
    expect(dimension(fra!, 'governance')?.score).toBe(80);
    expect(dimension(fra!, 'governance')?.regionMean).toBeCloseTo(73.3333, 3);
    expect(dimension(fra!, 'training')?.regionMean).toBeCloseTo(46.6667, 3);
    expect(deu).toMatchObject({ latestYear: 2021, overall: 55, regionAssessed: 2, suppressed: false });
    expect(deu?.regionMean).toBeCloseTo(42.5, 4);
    expect(dimension(deu!, 'governance')?.regionMean).toBeCloseTo(45, 4);
    expect(dimension(deu!, 'training')?.regionMean).toBeCloseTo(40, 4);
    expect(jpn).toMatchObject({ latestYear: 2020, overall: 45, region: { code: 'Q' }, regionAssessed: 1 });
    expect(jpn?.regionMean).toBeCloseTo(45, 4);
  });

  it('lists the newest assessment’s gaps, farthest from the top level first, and the table of the file', async () => {
    const { body } = await compare('countries=FRA,DEU&grouping=px', await t.tokenFor('analyst')).expect(200);
    const fra = body.countries[0] as Compared;
    expect(fra.gapCount).toBe(5);
    expect(fra.gaps.map((g) => g.code).sort()).toEqual(['A.11', 'A.13', 'A.16.1', 'A.3.1', 'A.5.1']);
    const points = fra.gaps.map((g) => g.points);
    expect(points).toEqual([...points].sort((a, b) => a - b));
    // DEU's assessment has no answers: nothing below the threshold.
    expect(body.countries[1].gapCount).toBe(0);
    expect(body.rows[0]).toMatchObject({ country: 'FRA', region: 'R', year: 2022, overall: 60, gapCount: 5 });
    expect(body.rows[0].dimensions.governance).toBe(80);
    expect(body.rows[0].regionDimensions.governance).toBeCloseTo(73.3333, 3);
  });

  it('counts validated assessments only when asked', async () => {
    const { body } = await compare('countries=FRA,DEU&grouping=px&status=validated', await t.tokenFor('analyst'));
    expect(body.status).toBe('validated');
    expect(body.countries[0]).toMatchObject({ latestYear: 2019, overall: 30, regionAssessed: 1, regionMean: 30 });
    expect(body.countries[0].trajectory).toHaveLength(1);
  });

  it('exports the table as CSV', async () => {
    const res = await compare('countries=FRA,JPN&grouping=px&format=csv', await t.tokenFor('analyst')).expect(200);
    expect(res.headers['content-type']).toMatch(/text\/csv/);
    expect(res.headers['content-disposition']).toMatch(/country-comparison_fra-jpn_px_/);
    expect(res.text).toMatch(/FRA/);
    expect(res.text).toMatch(/JPN/);
  });

  it.each([
    ['one country', 'countries=FRA'],
    ['seven countries', 'countries=FRA,DEU,ITA,JPN,ESP,PRT,BEL'],
    ['a country twice', 'countries=FRA,DEU,fra'],
    ['a code that is not ISO3', 'countries=FR,DEU'],
    ['no countries', 'grouping=px'],
    ['an unknown country', 'countries=FRA,XYZ'],
  ])('refuses %s with a 400 naming countries', async (_, query) => {
    const { body } = await compare(query, await t.tokenFor('analyst')).expect(400);
    expect(body.code).toBe('invalid_fields');
    expect(body.errors.map((e: { field: string }) => e.field)).toEqual(['countries']);
  });

  it('refuses a national user a country that keeps its figures confidential, with the profile’s 403', async () => {
    const viewer = await t.tokenFor('viewer', 'FRA');
    const { body } = await compare('countries=FRA,DEU', viewer).expect(403);
    expect(body).toMatchObject({ code: 'confidential_figures', params: { country: 'DEU' } });
    expect(body.message).toMatch(/^iso3: DEU/);
    await compare('countries=FRA,DEU&grouping=px', viewer).expect(403);
  });

  it('gives a national user their own country and a shared one, with the protected region cells', async () => {
    const admin = await t.tokenFor('admin');
    const setLevel = (level: string) =>
      request(t.app.getHttpServer())
        .put('/api/countries/DEU/disclosure')
        .set('Authorization', `Bearer ${admin}`)
        .send({ level })
        .expect(200);
    await setLevel('members');
    try {
      const { body } = await compare('countries=FRA,DEU', await t.tokenFor('viewer', 'FRA')).expect(200);
      expect(body).toMatchObject({ grouping: 'wco', protected: true });
      const [fra, deu] = body.countries as Compared[];
      expect(fra).toMatchObject({ overall: 60, region: { code: 'EUR' }, suppressed: false });
      // 3 assessments in EUR in 2022: the mean is perturbed within the published bound.
      expect(Math.abs((fra?.regionMean ?? Infinity) - 60)).toBeLessThanOrEqual(SMALL_CELL_SCORE_HALF_WIDTH / 3 + 0.005);
      // 2 in 2021: withheld.
      expect(deu).toMatchObject({ overall: 55, regionMean: null, regionAssessed: null, suppressed: true });
      expect(dimension(deu!, 'governance')).toMatchObject({ score: 50, regionMean: null, suppressed: true });
    } finally {
      await setLevel('confidential');
    }
  });
});
