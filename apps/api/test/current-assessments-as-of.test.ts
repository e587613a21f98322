import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isCurrentIn, type AssessmentStatus } from '@cpc/domain';
import { insertAssessment, insertGrouping } from './factories.js';
import { startTestApp, type TestApp } from './test-app.js';

/*
 * One as-of rule, one SQL home (currentAssessmentsCte): every endpoint that reads current assessments must
 * pick, for each year, the assessment the domain's isCurrentIn picks. Grouping "asof": R1 = FRA DEU ITA.
 *   FRA 2016 validated 40, 2019 submitted 50, 2020 draft, 2023 returned: counted only 2016 and 2019
 *   DEU 2018 validated 60, 2021 validated 70, 2024 submitted 80
 *   ITA 2017 validated 30, 2022 validated 90
 * A draft and a returned assessment never count, even when newer; a submitted one counts unless the query
 * asks for validated assessments only.
 */
interface Stored {
  country: string;
  year: number;
  status: AssessmentStatus;
  overall: number;
}

const STORED: Stored[] = [
  { country: 'FRA', year: 2016, status: 'validated', overall: 40 },
  { country: 'FRA', year: 2019, status: 'submitted', overall: 50 },
  { country: 'FRA', year: 2020, status: 'draft', overall: 55 },
  { country: 'FRA', year: 2023, status: 'returned', overall: 65 },
  { country: 'DEU', year: 2018, status: 'validated', overall: 60 },
  { country: 'DEU', year: 2021, status: 'validated', overall: 70 },
  { country: 'DEU', year: 2024, status: 'submitted', overall: 80 },
  { country: 'ITA', year: 2017, status: 'validated', overall: 30 },
  { country: 'ITA', year: 2022, status: 'validated', overall: 90 },
];
const YEARS = Array.from({ length: 11 }, (_, i) => 2016 + i);
const STATUS_SETS: { query: string; counted: readonly string[] }[] = [
  { query: '', counted: ['submitted', 'validated'] },
  { query: '&status=validated', counted: ['validated'] },
];

/** The domain's answer: each country's newest counted assessment current in `year`. */
function expectedCurrent(year: number, counted: readonly string[]): Stored[] {
  const byCountry = new Map<string, Stored>();
  for (const a of STORED) {
    if (!counted.includes(a.status) || !isCurrentIn(a.year, year)) continue;
    const kept = byCountry.get(a.country);
    if (!kept || kept.year < a.year) byCountry.set(a.country, a);
  }
  return [...byCountry.values()].sort((a, b) => a.country.localeCompare(b.country));
}

let t: TestApp;
let token: string;
const get = (path: string) => request(t.app.getHttpServer()).get(path).set('Authorization', `Bearer ${token}`);

beforeAll(async () => {
  t = await startTestApp();
  token = await t.tokenFor('analyst');
  await insertGrouping(t.db, 'asof', { R1: ['FRA', 'DEU', 'ITA'] });
  for (const a of STORED)
    await insertAssessment(t.db, {
      ...a,
      level: 3,
      selfLevel: 3,
      dimensions: { governance: a.overall },
      items: { 'A.1': 0.25 },
      answers: { 'A.17': ['other'] },
    });
});
afterAll(() => t.close());

describe.each(STATUS_SETS)('the current assessment of each year (status$query)', ({ query, counted }) => {
  it('on the map: the country-year the domain picks, for every year', async () => {
    for (const year of YEARS) {
      const { body } = await get(`/api/analytics/countries?grouping=asof&year=${year}${query}`).expect(200);
      const picked = (body.items as { country: string; year: number }[]).map((i) => `${i.country}:${i.year}`);
      expect(picked.sort(), String(year)).toEqual(expectedCurrent(year, counted).map((a) => `${a.country}:${a.year}`));
    }
  });

  it('in the maturity series over the whole range: the same assessments, year by year', async () => {
    const { body } = await get(`/api/analytics/maturity?grouping=asof&from=2016&to=2026${query}`).expect(200);
    for (const year of YEARS) {
      const point = (body.series as { region: string; year: number; assessed: number; mean: number | null }[]).find(
        (p) => p.region === 'R1' && p.year === year,
      )!;
      const current = expectedCurrent(year, counted);
      expect(point.assessed, String(year)).toBe(current.length);
      const mean = current.length === 0 ? null : current.reduce((s, a) => s + a.overall, 0) / current.length;
      if (mean === null) expect(point.mean).toBeNull();
      else expect(point.mean).toBeCloseTo(mean, 3); // means are rounded to 4 decimals
    }
  });

  it('a single year of the series is the same as that year in the range', async () => {
    for (const year of [2016, 2021, 2026]) {
      const one = await get(`/api/analytics/maturity?grouping=asof&from=${year}&to=${year}${query}`).expect(200);
      const range = await get(`/api/analytics/maturity?grouping=asof&from=2016&to=2026${query}`).expect(200);
      const r1 = (series: { region: string; year: number }[]) =>
        series.find((p) => p.region === 'R1' && p.year === year);
      expect(r1(one.body.series)).toEqual(r1(range.body.series));
    }
  });

  it('in the gaps and the difficulties: the same population', async () => {
    for (const year of YEARS) {
      const expected = expectedCurrent(year, counted).length;
      const gaps = await get(`/api/analytics/gaps?grouping=asof&year=${year}${query}`).expect(200);
      const gap = (gaps.body.items as { region: string; code: string; assessed: number }[]).find(
        (i) => i.region === 'R1' && i.code === 'A.1',
      )!;
      expect(gap.assessed, `gaps ${year}`).toBe(expected);
      const difficulties = await get(`/api/analytics/difficulties?grouping=asof&year=${year}${query}`).expect(200);
      const other = (
        difficulties.body.items as { region: string; option: string; assessed: number; count: number }[]
      ).find((i) => i.region === 'R1' && i.option === 'other')!;
      expect(other, `difficulties ${year}`).toMatchObject({ assessed: expected, count: expected });
    }
  });

  it("in a profile: the region's assessments current in the country's latest year", async () => {
    const { body } = await get(`/api/countries/DEU/profile?grouping=asof${query}`).expect(200);
    const latest = Math.max(
      ...STORED.filter((a) => a.country === 'DEU' && counted.includes(a.status)).map((a) => a.year),
    );
    expect(body.comparisonRegion).toMatchObject({ code: 'R1', year: latest });
    const governance = (body.comparison as { dimension: string; regionAssessed: number }[]).find(
      (c) => c.dimension === 'governance',
    )!;
    expect(governance.regionAssessed).toBe(expectedCurrent(latest, counted).length);
  });
});
