import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InstrumentsAnalyticsResponse, InstrumentsPoint } from '@cpc/domain';
import {
  agreement,
  committee,
  insertDatedGrouping,
  insertInstrument,
  interpol,
  liaison,
  training,
  unit,
} from './instrument-fixtures.js';
import { startTestApp, type TestApp } from './test-app.js';

/*
 * Grouping "gi", members at 31 December:
 *   R1: FRA, DEU, ITA; ESP from 2024-06-01      → 2023: FRA DEU ITA (3)      2024: FRA DEU ITA ESP (4)
 *   R2: NGA; GHA until 2024-12-30               → 2023: NGA GHA (2)          2024: NGA (1)
 * The register (MAR is in no region):
 *   agreements  FRA mou 2020–; DEU moa 2018-01-01–2023-12-31; ITA legislation 2024-12-31–; ESP mou 2015–; MAR mou
 *   committees  FRA 2019–2024-01-01; NGA 2023-06-01–
 *   liaison     DEU 2022 only; GHA 2023–; NGA 2024-03-01–
 *   joint units FRA aircop CDG 2021–; FRA ccp_pcu FRLEH 2023-05-01–2023-12-31; NGA aircop LOS 2022–;
 *               GHA land_border 2020–; ITA other 2025–
 *   trainings   FRA 2023-03-10 (10+5+1); DEU 2024-02-01–05 (4+6+0); NGA 2022-11-01–2023-01-15 (held 2022);
 *               GHA 2024-05-01 (7+3+0, no longer a member at the end of 2024)
 *   interpol    FRA 2023: 3 border points; FRA 2024: 0; NGA 2024: 2; GHA 2023: 1
 * By hand:
 *   2023 R1: members 3, agreement 2 (FRA, DEU), committee 1, liaison 0, units aircop 1 ccp 1, trainings 1 (16), interpol 1
 *   2023 R2: members 2, agreement 0, committee 1, liaison 1 (GHA), units aircop 1 land 1, trainings 0, interpol 1
 *   2023 ALL: members 5, agreement 2, committee 2, liaison 1, aircop 2 ccp 1 land 1, trainings 1 (16), interpol 2
 *   2024 R1: members 4, agreement 3 (FRA, ITA, ESP), committee 1, liaison 0, aircop 1, trainings 1 (10), interpol 0
 *   2024 R2: members 1, agreement 0, committee 1, liaison 1, aircop 1, trainings 0, interpol 1
 *   2024 ALL: members 5, agreement 3, committee 2, liaison 1, aircop 2, trainings 1 (10), interpol 1
 */
let t: TestApp;
const get = (path: string, token: string) =>
  request(t.app.getHttpServer()).get(path).set('Authorization', `Bearer ${token}`);

const units = (aircop_jaitf: number, ccp_pcu: number, land_border: number, other: number) => ({
  aircop_jaitf,
  ccp_pcu,
  land_border,
  other,
});
const row = (
  region: string,
  year: number,
  figures: [number, number, number, number, ReturnType<typeof units>, number, number, number],
) => {
  const [members, withAgreement, withCommittee, withLiaison, jointUnits, trainings, participants, interpolAt] = figures;
  return {
    region,
    year,
    members,
    withAgreement,
    withCommittee,
    withLiaison,
    jointUnits,
    trainings,
    trainingParticipants: participants,
    withInterpolAtBorders: interpolAt,
    suppressed: false,
  };
};

async function seed(): Promise<void> {
  await insertDatedGrouping(t.db, 'gi', {
    R1: [
      ['FRA', '2000-01-01', null],
      ['DEU', '2000-01-01', null],
      ['ITA', '2000-01-01', null],
      ['ESP', '2024-06-01', null],
    ],
    R2: [
      ['NGA', '2000-01-01', null],
      ['GHA', '2000-01-01', '2024-12-30'],
    ],
  });
  const add = (country: string, kind: string, from: string, to: string | null, details: object) =>
    insertInstrument(t.db, { country, kind, from, to, details: details as Record<string, unknown> });
  await add('FRA', 'agreement', '2020-01-01', null, agreement('mou'));
  await add('DEU', 'agreement', '2018-01-01', '2023-12-31', agreement('moa'));
  await add('ITA', 'agreement', '2024-12-31', null, agreement('legislation'));
  await add('ESP', 'agreement', '2015-01-01', null, agreement('mou'));
  await add('MAR', 'agreement', '2015-01-01', null, agreement('mou'));
  await add('FRA', 'committee', '2019-01-01', '2024-01-01', committee);
  await add('NGA', 'committee', '2023-06-01', null, committee);
  await add('DEU', 'liaison_officer', '2022-01-01', '2022-12-31', liaison);
  await add('GHA', 'liaison_officer', '2023-01-01', null, liaison);
  await add('NGA', 'liaison_officer', '2024-03-01', null, liaison);
  await add('FRA', 'joint_unit', '2021-01-01', null, unit('aircop_jaitf', 'CDG'));
  await add('FRA', 'joint_unit', '2023-05-01', '2023-12-31', unit('ccp_pcu', 'FRLEH'));
  await add('NGA', 'joint_unit', '2022-01-01', null, unit('aircop_jaitf', 'LOS'));
  await add('GHA', 'joint_unit', '2020-01-01', null, unit('land_border', 'Aflao'));
  await add('ITA', 'joint_unit', '2025-01-01', null, unit('other', 'Rome'));
  await add('FRA', 'training', '2023-03-10', '2023-03-10', training(10, 5, 1));
  await add('DEU', 'training', '2024-02-01', '2024-02-05', training(4, 6, 0));
  await add('NGA', 'training', '2022-11-01', '2023-01-15', training(3, 3, 3));
  await add('GHA', 'training', '2024-05-01', '2024-05-01', training(7, 3, 0));
  await add('FRA', 'interpol_access', '2023-01-01', '2023-12-31', interpol(2023, 3));
  await add('FRA', 'interpol_access', '2024-01-01', '2024-12-31', interpol(2024, 0));
  await add('NGA', 'interpol_access', '2024-01-01', '2024-12-31', interpol(2024, 2));
  await add('GHA', 'interpol_access', '2023-01-01', '2023-12-31', interpol(2023, 1));
}

beforeAll(async () => {
  t = await startTestApp();
  await seed();
});
afterAll(async () => {
  await t.close();
});

const strip = (series: InstrumentsPoint[]) => series.map(({ regionName: _name, ...rest }) => rest);

describe('GET /api/analytics/instruments', () => {
  it('counts per region and year, members at 31 December and instruments in force at the year edges, with ALL', async () => {
    const analyst = await t.tokenFor('analyst');
    const res = await get('/api/analytics/instruments?grouping=gi&from=2023&to=2024', analyst).expect(200);
    const body = res.body as InstrumentsAnalyticsResponse;
    expect(body).toMatchObject({ grouping: 'gi', from: 2023, to: 2024, protected: false, methodologyVersion: 'v1' });
    expect(strip(body.series)).toEqual([
      row('R1', 2023, [3, 2, 1, 0, units(1, 1, 0, 0), 1, 16, 1]),
      row('R1', 2024, [4, 3, 1, 0, units(1, 0, 0, 0), 1, 10, 0]),
      row('R2', 2023, [2, 0, 1, 1, units(1, 0, 1, 0), 0, 0, 1]),
      row('R2', 2024, [1, 0, 1, 1, units(1, 0, 0, 0), 0, 0, 1]),
      row('ALL', 2023, [5, 2, 2, 1, units(2, 1, 1, 0), 1, 16, 2]),
      row('ALL', 2024, [5, 3, 2, 1, units(2, 0, 0, 0), 1, 10, 1]),
    ]);
  });

  it('gives national users protected figures of the WCO regions, within the published bounds', async () => {
    const analyst = await t.tokenFor('analyst');
    const viewer = await t.tokenFor('viewer', 'FRA');
    const path = '/api/analytics/instruments?grouping=wco&from=2023&to=2023';
    const exact = (await get(path, analyst).expect(200)).body as InstrumentsAnalyticsResponse;
    const shown = (await get(path, viewer).expect(200)).body as InstrumentsAnalyticsResponse;
    expect(exact.protected).toBe(false);
    expect(shown.protected).toBe(true);
    const eur = exact.series.find((p) => p.region === 'EUR')!;
    const eurShown = shown.series.find((p) => p.region === 'EUR')!;
    // EUR 2023: FRA (mou), DEU (moa) and ESP (mou) have an agreement; FRA's training had 16 participants.
    expect(eur.withAgreement).toBe(3);
    expect(eur.trainingParticipants).toBe(16);
    expect(eurShown.members).toBe(eur.members);
    expect(Math.abs(eurShown.withAgreement! - 3)).toBeLessThanOrEqual(2);
    expect(Math.abs(eurShown.trainingParticipants! - 16)).toBeLessThanOrEqual(2);
    expect(shown.series.map((p) => p.region)).toEqual(exact.series.map((p) => p.region));
  });

  it('refuses another grouping to national users, naming the field', async () => {
    const viewer = await t.tokenFor('viewer', 'FRA');
    const res = await get('/api/analytics/instruments?grouping=gi', viewer).expect(403);
    expect(res.body).toMatchObject({ code: 'published_only', params: { field: 'grouping' } });
  });

  it('exports the series as CSV with headers in the language', async () => {
    const analyst = await t.tokenFor('analyst');
    const res = await get(
      '/api/analytics/instruments?grouping=gi&from=2024&to=2024&format=csv&lang=en',
      analyst,
    ).expect(200);
    const [header, first] = res.text.split(/\r?\n/);
    expect(header).toContain('Members with an agreement in force');
    expect(header).toContain('Joint airport task forces (AIRCOP JAITF)');
    expect(first).toBe('R1,R1,2024,4,3,1,0,1,0,0,0,1,10,0,FALSE');
  });
});
