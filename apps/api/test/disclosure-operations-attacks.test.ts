import { WCO_GROUPING, type OperationResult, type OperationsAnalyticsResponse } from '@cpc/domain';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attack, successRates, type AttackCell, type Statistic, type Target } from './disclosure-attacks.js';
import { prng } from './disclosure-world.js';
import { startTestApp, type TestApp } from './test-app.js';

/**
 * The attacks on operation results, as a national user of Angola (ESA). Every year, a few operations bring
 * together ESA administrations and West and Central African ones: one confidential WCA administration X
 * reports beside two WCA administrations that share their figures, so that the WCA cell holds one unknown
 * contributor and ALL differs from ESA by X and two known ones. The attacker knows its own and the shared
 * administrations' results.
 */

const YEARS = [2020, 2021, 2022, 2023, 2024, 2025];
const ESA = WCO_GROUPING.regions.find((r) => r.code === 'ESA')!.members.slice(0, 10);
const WCA = WCO_GROUPING.regions.find((r) => r.code === 'WCA')!.members.slice(0, 12);
const ATTACKER = ESA[0]!;
const SHARED = new Set([ESA[2]!, ESA[5]!, ESA[8]!, WCA[0]!, WCA[1]!]);
const ROTATIONS = 16;

interface CountryYear {
  id: string;
  country: string;
  year: number;
  arrests: number;
  seizureCases: number;
  queries: number;
  hits: number;
}

interface Plan {
  code: string;
  year: number;
  countries: string[];
}

let t: TestApp;
let viewer: string;
let analyst: string;
const truth = new Map<string, CountryYear>();
const plans: Plan[] = [];
const operationIds = new Map<string, string>();
const observations: Map<string, OperationsAnalyticsResponse['series'][number]>[] = [];

const as = (token: string) => ({ Authorization: `Bearer ${token}` });

function draw(): void {
  const random = prng(99);
  YEARS.forEach((year, y) => {
    const x = WCA[2 + (y % 10)]!;
    for (let k = 0; k < 3; k++) {
      const esa = ESA.filter((c, i) => i === 0 || random() < 0.55);
      const wca = k === 0 ? [x, WCA[0]!, WCA[1]!] : [];
      plans.push({ code: `ATT-${year}-${k}`, year, countries: [...esa, ...wca] });
    }
  });
}

function result(random: () => number, country: string) {
  const arrests = 5 + Math.floor(random() * 50);
  const cases = 1 + Math.floor(random() * 9);
  const queries = 100 + Math.floor(random() * 400);
  const hits = Math.floor(random() * 20);
  return {
    body: {
      country,
      unitType: 'customs',
      arrests,
      investigationsOpened: Math.floor(arrests / 3),
      controlledDeliveries: 0,
      personsChecked: 100 + Math.floor(random() * 900),
      databaseChecks: [{ database: 'sltd', queries, hits }],
      seizures: [{ commodity: 'cocaine', unit: 'kg', cases, quantity: 1 + Math.round(random() * 100) }],
    },
    arrests,
    cases,
    queries,
    hits,
  };
}

async function create(plan: Plan, random: () => number): Promise<void> {
  const server = t.app.getHttpServer();
  const { body } = await request(server)
    .post('/api/operations')
    .set(as(analyst))
    .send({
      code: plan.code,
      name: plan.code,
      programme: 'regional',
      lead: 'wco',
      activities: ['interception'],
      startDate: `${plan.year}-05-01`,
      endDate: `${plan.year}-05-20`,
      countries: plan.countries,
    })
    .expect(201);
  operationIds.set(plan.code, body.id as string);
  for (const country of plan.countries) {
    const r = result(random, country);
    await request(server).post(`/api/operations/${body.id}/results`).set(as(analyst)).send(r.body).expect(201);
    const key = `${country}:${plan.year}`;
    const sum = truth.get(key) ?? {
      id: key,
      country,
      year: plan.year,
      arrests: 0,
      seizureCases: 0,
      queries: 0,
      hits: 0,
    };
    truth.set(key, {
      ...sum,
      arrests: sum.arrests + r.arrests,
      seizureCases: sum.seizureCases + r.cases,
      queries: sum.queries + r.queries,
      hits: sum.hits + r.hits,
    });
  }
}

async function readSeries(): Promise<Map<string, OperationsAnalyticsResponse['series'][number]>> {
  const { body } = await request(t.app.getHttpServer())
    .get(`/api/analytics/operations?grouping=wco&from=${YEARS[0]}&to=${YEARS.at(-1)}`)
    .set(as(viewer))
    .expect(200);
  const answer = body as OperationsAnalyticsResponse;
  expect(answer.protected).toBe(true);
  return new Map(answer.series.map((p) => [`wco:${p.region}:${p.year}`, p]));
}

beforeAll(async () => {
  t = await startTestApp();
  analyst = await t.tokenFor('analyst');
  viewer = await t.tokenFor('viewer', ATTACKER);
  for (const country of SHARED)
    await t.db.query(
      `INSERT INTO country_disclosures (country_iso3, level, updated_at) VALUES ($1, 'members', now())`,
      [country],
    );
  draw();
  const random = prng(4242);
  for (const plan of plans) await create(plan, random);
  for (let i = 0; i < ROTATIONS; i++) {
    // Fixed secrets, so that the rates are the same at every run (see disclosure-attacks.test.ts).
    await t.db.query(`UPDATE disclosure_secret SET secret = md5($1) WHERE id = 1`, [`operations-attack:${i}`]);
    observations.push(await readSeries());
  }
}, 300_000);

afterAll(async () => {
  await t.close();
});

function cellsOf(): AttackCell<CountryYear>[] {
  const regions = WCO_GROUPING.regions.map((r) => ({ region: r.code, members: new Set(r.members) }));
  regions.push({ region: 'ALL', members: new Set(WCO_GROUPING.regions.flatMap((r) => r.members)) });
  return YEARS.flatMap((year) =>
    regions.map(({ region, members }) => ({
      grouping: 'wco',
      region,
      year,
      records: [...truth.values()].filter((r) => r.year === year && members.has(r.country)),
    })),
  );
}

type Metric = 'arrests' | 'seizureCases' | 'queries' | 'hits';

function stat(observed: Map<string, OperationsAnalyticsResponse['series'][number]>, metric: Metric) {
  return {
    name: metric,
    truth: (r: CountryYear) => r[metric],
    published: (cell: AttackCell<CountryYear>) => {
      const p = observed.get(`wco:${cell.region}:${cell.year}`);
      return p && !p.suppressed ? (p[metric] ?? null) : null;
    },
  } satisfies Statistic<CountryYear>;
}

const known = (r: { country: string }) => r.country === ATTACKER || SHARED.has(r.country);

describe('the attacker on operation results', () => {
  it('sees its own and shared administrations’ results in the operations it takes part in, no one else’s', async () => {
    for (const plan of plans.filter((p) => p.countries.includes(ATTACKER))) {
      const { body } = await request(t.app.getHttpServer())
        .get(`/api/operations/${operationIds.get(plan.code)}/results`)
        .set(as(viewer))
        .expect(200);
      const seen = (body.results as OperationResult[]).map((r) => r.country).sort();
      expect(seen).toEqual(plan.countries.filter((c) => known({ country: c })).sort());
    }
  });

  it('estimates arrests, seizure cases, queries or hits within ±10% in at most 10% of attempts', () => {
    const all = cellsOf();
    const metrics: Metric[] = ['arrests', 'seizureCases', 'queries', 'hits'];
    const targets: Map<string, Target>[] = observations.flatMap((o) =>
      metrics.map((m) => attack(known, all, stat(o, m))),
    );
    const within10 = (estimate: number, value: number) => Math.abs(estimate - value) <= 0.1 * value;
    const rates = successRates(targets, within10);
    console.info(`[disclosure] operations: ${JSON.stringify(rates)}`);
    expect(rates.single.attempts).toBeGreaterThanOrEqual(ROTATIONS * YEARS.length * metrics.length);
    expect(rates.single.rate).toBeLessThanOrEqual(0.1);
    expect(rates.averaged.rate).toBeLessThanOrEqual(0.1);
  });

  it('withholds the cells of fewer than 3 reporting countries, with no count beside them', () => {
    const all = cellsOf();
    for (const o of observations)
      for (const cell of all) {
        const p = o.get(`wco:${cell.region}:${cell.year}`)!;
        expect(p.suppressed).toBe(cell.records.length < 3);
        if (p.suppressed) expect([p.countries, p.arrests, p.operations]).toEqual([null, null, null]);
      }
  });

  it('keeps the figures of cells of 10 or more countries within ±10% (or ±2)', () => {
    const all = cellsOf().filter((c) => c.records.length >= 10);
    expect(all.length).toBeGreaterThan(0);
    for (const o of observations)
      for (const cell of all) {
        const p = o.get(`wco:${cell.region}:${cell.year}`)!;
        for (const metric of ['arrests', 'seizureCases'] as const) {
          const exact = cell.records.reduce((s, r) => s + r[metric], 0);
          expect(Math.abs(p[metric]! - exact)).toBeLessThanOrEqual(Math.max(2, 0.1 * exact) + 0.5);
        }
        expect(Math.abs(p.countries! - cell.records.length)).toBeLessThanOrEqual(2);
      }
  });

  it('cannot filter: programme, activity and commodity are for analysts', async () => {
    for (const [field, value] of [
      ['programme', 'regional'],
      ['activity', 'interception'],
      ['commodity', 'cocaine'],
    ]) {
      const res = await request(t.app.getHttpServer())
        .get(`/api/analytics/operations?grouping=wco&${field}=${value}`)
        .set(as(viewer))
        .expect(403);
      expect(res.body.message).toMatch(new RegExp(`^${field}: `));
    }
  });
});
