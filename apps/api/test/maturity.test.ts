import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MaturityPoint } from '@cpc/domain';
import { insertAssessment, insertGrouping, type FixtureAssessment } from './factories.js';
import { startTestApp, type TestApp } from './test-app.js';

/*
 * Hand-computed fixture. Grouping "fixture": R1 = FRA DEU ITA ESP PRT, R2 = NGA GHA SEN KEN.
 * information_exchange is stored as half the overall index, governance equal to it.
 *
 * R1 2020: window 2018–2020 → FRA 2019 (40), DEU 2020 (20), ITA 2018 (90); ESP's returned 2020 and
 *          draft 2021 never count; PRT 2022 is later. [20, 40, 90]: mean 50, median 40,
 *          p25 = 20 + 0.5·20 = 30, p75 = 40 + 0.5·50 = 65.
 * R1 2021: window 2019–2021 → FRA 2021 (60) supersedes FRA 2019; DEU 20; ITA 2018 has left the window.
 *          [20, 60]: mean 40, median 40, p25 30, p75 50.
 * R1 2022: FRA 60, DEU 20, PRT 70 → [20, 60, 70]: mean 50, median 60, p25 40, p75 65.
 * R2 2020 and 2021: NGA 30 alone (KEN 2017 is outside both windows). R2 2022: [30, 50]: p25 35, p75 45.
 * ALL 2020: [20, 30, 40, 90]: mean 45, median 35, p25 = 20 + 0.75·10 = 27.5, p75 = 40 + 0.25·50 = 52.5.
 * ALL 2021: [20, 30, 60]: mean 36.6667, median 30, p25 25, p75 45.
 * ALL 2022: [20, 30, 50, 60, 70]: mean 46, median 50, p25 30, p75 60.
 */
const FIXTURE: FixtureAssessment[] = [
  { country: 'FRA', year: 2019, status: 'validated', overall: 40, level: 3, selfLevel: 3 },
  { country: 'FRA', year: 2021, status: 'submitted', overall: 60, level: 4, selfLevel: 5 },
  { country: 'DEU', year: 2020, status: 'validated', overall: 20, level: 2, selfLevel: 2 },
  { country: 'ITA', year: 2018, status: 'validated', overall: 90, level: 5, selfLevel: 4 },
  { country: 'ESP', year: 2020, status: 'returned', overall: 10, level: 1, selfLevel: 1 },
  { country: 'ESP', year: 2021, status: 'draft', overall: 99, level: 5, selfLevel: 5 },
  { country: 'PRT', year: 2022, status: 'validated', overall: 70, level: 4, selfLevel: 4 },
  { country: 'NGA', year: 2020, status: 'validated', overall: 30, level: 2, selfLevel: 3 },
  { country: 'GHA', year: 2022, status: 'submitted', overall: 50, level: 3, selfLevel: 3 },
  { country: 'KEN', year: 2017, status: 'validated', overall: 80, level: 5, selfLevel: 5 },
];

const zeroLevels = { '1': 0, '2': 0, '3': 0, '4': 0, '5': 0 };
const levels = (counts: Record<string, number>) => ({ ...zeroLevels, ...counts });

let t: TestApp;
let series: MaturityPoint[];
let token: string;
const get = (path: string) => request(t.app.getHttpServer()).get(path).set('Authorization', `Bearer ${token}`);

function point(region: string, year: number): MaturityPoint {
  const found = series.find((p) => p.region === region && p.year === year);
  if (!found) throw new Error(`no row for ${region} ${year}`);
  return found;
}

beforeAll(async () => {
  t = await startTestApp();
  token = await t.tokenFor('analyst');
  await insertGrouping(t.db, 'fixture', { R1: ['FRA', 'DEU', 'ITA', 'ESP', 'PRT'], R2: ['NGA', 'GHA', 'SEN', 'KEN'] });
  for (const a of FIXTURE) {
    await insertAssessment(t.db, { ...a, dimensions: { governance: a.overall, information_exchange: a.overall / 2 } });
  }
  const res = await get('/api/analytics/maturity?grouping=fixture&from=2020&to=2022').expect(200);
  series = res.body.series;
});

afterAll(() => t.close());

describe('GET /api/analytics/maturity on a hand-computed fixture', () => {
  it('has one row per region and year, plus ALL', () => {
    expect(series.map((p) => `${p.region}:${p.year}`)).toEqual([
      'R1:2020',
      'R1:2021',
      'R1:2022',
      'R2:2020',
      'R2:2021',
      'R2:2022',
      'ALL:2020',
      'ALL:2021',
      'ALL:2022',
    ]);
  });

  it.each([
    ['R1', 2020, 5, 3, { mean: 50, median: 40, p25: 30, p75: 65, min: 20, max: 90 }],
    ['R1', 2021, 5, 2, { mean: 40, median: 40, p25: 30, p75: 50, min: 20, max: 60 }],
    ['R1', 2022, 5, 3, { mean: 50, median: 60, p25: 40, p75: 65, min: 20, max: 70 }],
    ['R2', 2020, 4, 1, { mean: 30, median: 30, p25: 30, p75: 30, min: 30, max: 30 }],
    ['R2', 2021, 4, 1, { mean: 30, median: 30, p25: 30, p75: 30, min: 30, max: 30 }],
    ['R2', 2022, 4, 2, { mean: 40, median: 40, p25: 35, p75: 45, min: 30, max: 50 }],
    ['ALL', 2020, 9, 4, { mean: 45, median: 35, p25: 27.5, p75: 52.5, min: 20, max: 90 }],
    ['ALL', 2021, 9, 3, { mean: 36.6667, median: 30, p25: 25, p75: 45, min: 20, max: 60 }],
    ['ALL', 2022, 9, 5, { mean: 46, median: 50, p25: 30, p75: 60, min: 20, max: 70 }],
  ] as const)('%s %d: %d members, %d assessed, quartiles interpolated', (region, year, members, assessed, stats) => {
    const p = point(region, year);
    expect(p.members).toBe(members);
    expect(p.assessed).toBe(assessed);
    expect(p.coverage).toBeCloseTo(assessed / members, 4);
    expect({ mean: p.mean, median: p.median, p25: p.p25, p75: p.p75, min: p.min, max: p.max }).toEqual(stats);
  });

  it('counts computed and self-assessed levels', () => {
    expect(point('R1', 2020).levels).toEqual(levels({ '2': 1, '3': 1, '5': 1 }));
    expect(point('R1', 2020).selfLevels).toEqual(levels({ '2': 1, '3': 1, '4': 1 }));
    expect(point('R1', 2022).levels).toEqual(levels({ '2': 1, '4': 2 }));
    expect(point('R1', 2022).selfLevels).toEqual(levels({ '2': 1, '4': 1, '5': 1 }));
    expect(point('ALL', 2022).levels).toEqual(levels({ '2': 2, '3': 1, '4': 2 }));
  });

  it('averages each dimension, null where none is stored', () => {
    const dims = point('R1', 2020).dimensions!;
    expect(dims.governance).toBe(50);
    expect(dims.information_exchange).toBe(25); // (20 + 10 + 45) / 3
    expect(dims.training).toBeNull();
    expect(point('ALL', 2021).dimensions!.information_exchange).toBeCloseTo(55 / 3, 4); // (10 + 30 + 15) / 3
  });

  it('gives null statistics, not zeros, where nothing is assessed', async () => {
    const res = await get('/api/analytics/maturity?grouping=fixture&from=2015&to=2015').expect(200);
    const r2 = res.body.series.find((p: MaturityPoint) => p.region === 'R2');
    expect(r2).toMatchObject({
      assessed: 0,
      coverage: 0,
      mean: null,
      median: null,
      p25: null,
      p75: null,
      min: null,
      max: null,
    });
    expect(r2.levels).toEqual(zeroLevels);
    expect(r2.dimensions.governance).toBeNull();
  });

  it('reflects a new submission at once, whatever was computed before', async () => {
    const query = '/api/analytics/maturity?grouping=fixture&from=2022&to=2022';
    const before = await get(query).expect(200);
    expect(before.body.series.find((p: MaturityPoint) => p.region === 'R2').assessed).toBe(2);
    await insertAssessment(t.db, {
      country: 'SEN',
      year: 2022,
      status: 'validated',
      overall: 10,
      level: 1,
      selfLevel: 1,
    });
    const after = await get(query).expect(200);
    // R2 2022 becomes [10, 30, 50]: mean 30, median 30.
    expect(after.body.series.find((p: MaturityPoint) => p.region === 'R2')).toMatchObject({
      assessed: 3,
      mean: 30,
      median: 30,
    });
  });
});
