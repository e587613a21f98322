import request from 'supertest';
import type { OperationsPoint } from '@cpc/domain';
import { byCommodityAndUnit, type Figures } from './operations-analytics.expected.js';
import {
  MAIN,
  OUTCOMES_2023,
  REGION_CODES,
  REGIONS,
  type FixtureOperation,
  type FixtureResult,
} from './operations-analytics.fixture.js';
import { startTestApp, type TestApp } from './test-app.js';

/*
 * The app of one operational outcomes test file and the calls its tests make. Each test file calls `setUp` in
 * its own beforeAll (its own app and database, the custom grouping and the fixture's operations created
 * through the API) and closes `t` in its afterAll.
 */

export let t: TestApp;
export let analyst: string;
export let grouping: string;
/** Operation code → its id and its results' ids by country. */
export const stored = new Map<string, { id: string; results: Map<string, string> }>();

export const server = () => t.app.getHttpServer();
export const as = (token: string) => ({ Authorization: `Bearer ${token}` });
export const get = (path: string, token = analyst) => request(server()).get(path).set(as(token));

export function resultBody(r: FixtureResult) {
  return {
    country: r.country,
    unitType: 'customs',
    arrests: r.arrests,
    investigationsOpened: r.investigationsOpened,
    controlledDeliveries: r.controlledDeliveries,
    personsChecked: r.personsChecked,
    databaseChecks: r.checks.map(([database, queries, hits]) => ({ database, queries, hits })),
    seizures: r.seizures.map(([commodity, unit, cases, quantity]) => ({ commodity, unit, cases, quantity })),
  };
}

export async function createOperation(o: FixtureOperation): Promise<void> {
  const { body } = await request(server())
    .post('/api/operations')
    .set(as(analyst))
    .send({
      code: o.code,
      name: `Operation ${o.code}`,
      programme: o.programme,
      lead: 'unodc',
      activities: o.activities,
      startDate: o.startDate,
      endDate: o.endDate,
      countries: o.countries,
    })
    .expect(201);
  const results = new Map<string, string>();
  for (const r of o.results) {
    const created = await request(server())
      .post(`/api/operations/${body.id}/results`)
      .set(as(analyst))
      .send(resultBody(r))
      .expect(201);
    results.set(r.country, created.body.id);
  }
  stored.set(o.code, { id: body.id, results });
}

/** The response's figures, quantities in a fixed order so that they compare with the literals. */
export function figures(p: OperationsPoint): Figures {
  const { regionName: _, ...rest } = p;
  return { ...rest, quantities: p.quantities ? [...p.quantities].sort(byCommodityAndUnit) : null };
}

export async function series(query: string, token = analyst, groupingId = grouping): Promise<Figures[]> {
  const { body } = await get(`/api/analytics/operations?grouping=${groupingId}&${query}`, token).expect(200);
  return (body.series as OperationsPoint[]).map(figures);
}

/** Sets a country's disclosure preference as an admin. */
export async function setDisclosure(iso3: string, level: 'members' | 'confidential'): Promise<void> {
  await request(server())
    .put(`/api/countries/${iso3}/disclosure`)
    .set(as(await t.tokenFor('admin')))
    .send({ level })
    .expect(200);
}

export function row(list: Figures[], region: string, year: number): Figures {
  const found = list.find((p) => p.region === region && p.year === year);
  if (!found) throw new Error(`no row for ${region} ${year}`);
  return found;
}

/** Starts the app, creates the custom grouping R1–R3 and the operations of MAIN and OUTCOMES_2023. */
export async function setUp(): Promise<void> {
  t = await startTestApp();
  analyst = await t.tokenFor('analyst');
  const created = await request(server())
    .post('/api/groupings')
    .set(as(analyst))
    .send({
      name: 'Operations fixture',
      regions: REGION_CODES.map((code) => ({ code, name: `Region ${code}`, members: REGIONS[code] })),
    })
    .expect(201);
  grouping = created.body.id;
  for (const o of [...MAIN, ...OUTCOMES_2023]) await createOperation(o);
}
