import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OperationUnitsResponse } from '@cpc/domain';
import { csvOf } from './assessment-fixtures.js';
import { insertGrouping } from './factories.js';
import { NO_CHECKS, NO_SEIZURE, OPERATION_IMPORT_COLUMNS, type Row } from './operation-fixtures.js';
import { insertInstrument, unit } from './instrument-fixtures.js';
import {
  analyst,
  clientFor,
  createOperation,
  createResult,
  fieldsOf,
  newResult,
  setUp,
  t,
  UNKNOWN_ID,
  type Operation,
} from './operations.fixture.js';

/*
 * The register's joint units: FRA aircop CDG (cdg); FRA ccp_pcu FRLEH until 2023-12-31 (oldLeHavre) and from
 * 2024-01-01 (leHavre); DEU aircop at site "FRA", Frankfurt (frankfurt); ITA land_border Brenner (brenner);
 * NGA aircop LOS (lagos). Operation A ends 2024-03-31 (FRA, DEU, ITA, NGA), operation B 2024-06-30 (FRA).
 * Grouping "gu": R1 = FRA DEU ITA, R2 = NGA. The results, by hand:
 *   A FRA  cdg (by id)          arrests 3, 2 seizure cases
 *   A DEU  frankfurt ("fra")    arrests 1, 1 case
 *   A ITA  brenner (by id)      arrests 4, no seizure
 *   A NGA  lagos ("LOS")        arrests 5, no seizure
 *   B FRA  leHavre ("FRLEH")    arrests 0, 3 cases
 * 2024: R1 aircop 2 countries, 2 units, 2 results, 4 arrests, 3 cases; R1 ccp_pcu 1, 1, 1, 0, 3;
 *       R1 land_border 1, 1, 1, 4, 0; R2 aircop 1, 1, 1, 5, 0; ALL aircop 3, 3, 3, 9, 3; ALL ccp_pcu and
 *       land_border as R1's.
 */
const units: Record<string, string> = {};
let a: Operation;
let b: Operation;
const cocaine = (cases: number) => [{ commodity: 'cocaine' as const, cases, quantity: cases * 5, unit: 'kg' as const }];
const result = (country: string, arrests: number, cases: number, link: object) => ({
  ...newResult(country, { arrests, seizures: cases > 0 ? cocaine(cases) : [] }),
  ...link,
});

beforeAll(async () => {
  await setUp();
  await insertGrouping(t.db, 'gu', { R1: ['FRA', 'DEU', 'ITA'], R2: ['NGA'] });
  const add = (country: string, type: string, site: string, from: string, to: string | null = null) =>
    insertInstrument(t.db, { country, kind: 'joint_unit', from, to, details: unit(type, site) });
  units.cdg = await add('FRA', 'aircop_jaitf', 'CDG', '2020-01-01');
  units.oldLeHavre = await add('FRA', 'ccp_pcu', 'FRLEH', '2019-01-01', '2023-12-31');
  units.leHavre = await add('FRA', 'ccp_pcu', 'FRLEH', '2024-01-01');
  units.frankfurt = await add('DEU', 'aircop_jaitf', 'FRA', '2020-01-01');
  units.brenner = await add('ITA', 'land_border', 'Brenner', '2020-01-01');
  units.lagos = await add('NGA', 'aircop_jaitf', 'LOS', '2020-01-01');
  a = await createOperation({ countries: ['FRA', 'DEU', 'ITA', 'NGA'], endDate: '2024-03-31' });
  b = await createOperation({ countries: ['FRA'], startDate: '2024-06-01', endDate: '2024-06-30' });
});
afterAll(() => t.close());

describe('a result names its joint unit', () => {
  it('by id or by site code (any case), and reads it back with its site', async () => {
    const byId = await createResult(a.id, result('FRA', 3, 2, { unitId: units.cdg }));
    expect(byId).toMatchObject({ unitId: units.cdg, unitSite: 'CDG', unitName: null });
    const bySite = await createResult(a.id, result('DEU', 1, 1, { unitSite: 'fra' }));
    expect(bySite).toMatchObject({ unitId: units.frankfurt, unitSite: 'FRA' });
    await createResult(a.id, result('NGA', 5, 0, { unitSite: 'LOS' }));
  });

  it('takes the unit of the site in force on the operation’s end date', async () => {
    const res = await createResult(b.id, result('FRA', 0, 3, { unitSite: 'FRLEH' }));
    expect(res).toMatchObject({ unitId: units.leHavre });
  });

  it('refuses a unit of another country, an unknown id or site, or both references: 400 naming the field', async () => {
    const post = (body: object) => analyst.post(`/api/operations/${a.id}/results`).send(body);
    const other = await post(result('ITA', 4, 0, { unitId: units.cdg })).expect(400);
    expect(fieldsOf(other.body)).toEqual(['unitId']);
    expect(other.body.message).toContain(`belongs to FRA, not ITA`);
    expect(fieldsOf((await post(result('ITA', 4, 0, { unitSite: 'CDG' })).expect(400)).body)).toEqual(['unitSite']);
    expect(fieldsOf((await post(result('ITA', 4, 0, { unitId: UNKNOWN_ID })).expect(400)).body)).toEqual(['unitId']);
    const both = await post(result('ITA', 4, 0, { unitId: units.brenner, unitSite: 'Brenner' })).expect(400);
    expect(fieldsOf(both.body)).toEqual(['unitSite']);
    const ita = await createResult(a.id, result('ITA', 4, 0, { unitId: units.brenner }));
    expect(ita).toMatchObject({ unitId: units.brenner, unitSite: 'Brenner' });
  });

  it('is unlinked by unitId null, linked again by site, and kept on other edits', async () => {
    const [fra] = (await analyst.get(`/api/operations/${b.id}/results`).expect(200)).body.results;
    const path = `/api/operations/${b.id}/results/${fra.id}`;
    const unlinked = await analyst.patch(path).send({ unitId: null, unitName: 'Le Havre PCU' }).expect(200);
    expect(unlinked.body).toMatchObject({ unitName: 'Le Havre PCU' });
    expect(unlinked.body).not.toHaveProperty('unitId');
    expect(unlinked.body).not.toHaveProperty('unitSite');
    await analyst.patch(path).send({ unitSite: 'FRLEH' }).expect(200);
    const kept = await analyst.patch(path).send({ arrests: 0 }).expect(200);
    expect(kept.body).toMatchObject({ unitId: units.leHavre, unitSite: 'FRLEH' });
  });
});

describe('GET /api/analytics/operations/units', () => {
  const row = (region: string, unitType: string, figures: [number, number, number, number, number]) => {
    const [countries, unitCount, results, arrests, seizureCases] = figures;
    return { region, year: 2024, unitType, countries, units: unitCount, results, arrests, seizureCases };
  };

  it('breaks the results down by region, end year and unit type, with ALL', async () => {
    const res = await analyst.get('/api/analytics/operations/units?grouping=gu&from=2024&to=2024').expect(200);
    const body = res.body as OperationUnitsResponse;
    expect(body).toMatchObject({ grouping: 'gu', from: 2024, to: 2024, protected: false });
    expect(body.series.map(({ regionName: _n, suppressed: _s, ...rest }) => rest)).toEqual([
      row('R1', 'aircop_jaitf', [2, 2, 2, 4, 3]),
      row('R1', 'ccp_pcu', [1, 1, 1, 0, 3]),
      row('R1', 'land_border', [1, 1, 1, 4, 0]),
      row('R2', 'aircop_jaitf', [1, 1, 1, 5, 0]),
      row('ALL', 'aircop_jaitf', [3, 3, 3, 9, 3]),
      row('ALL', 'ccp_pcu', [1, 1, 1, 0, 3]),
      row('ALL', 'land_border', [1, 1, 1, 4, 0]),
    ]);
  });

  it('gives national users protected cells, withholding those of fewer than 3 reporting countries', async () => {
    const viewer = await clientFor({ role: 'viewer', country: 'FRA' });
    const res = await viewer.get('/api/analytics/operations/units?grouping=wco&from=2024&to=2024').expect(200);
    const body = res.body as OperationUnitsResponse;
    expect(body.protected).toBe(true);
    const cell = (region: string, unitType: string) =>
      body.series.find((p) => p.region === region && p.unitType === unitType)!;
    expect(cell('EUR', 'aircop_jaitf')).toMatchObject({ countries: null, results: null, suppressed: true });
    const all = cell('ALL', 'aircop_jaitf');
    expect(all.suppressed).toBe(false);
    // 3 results, one per country: the noise spans ±1.5, never below 1.
    expect(all.results).toBeGreaterThanOrEqual(2);
    expect(all.results).toBeLessThanOrEqual(5);
  });

  it('lists each unit’s outcomes; national users only their own country’s units', async () => {
    const path = '/api/analytics/operations/units/list?grouping=gu&from=2024&to=2024';
    const res = await analyst.get(path).expect(200);
    const item = (id: string, country: string, region: string, site: string, unitType: string, f: number[]) => {
      const [results, arrests, seizureCases] = f;
      return { unitId: id, country, region, site, unitType, results, arrests, seizureCases };
    };
    expect(res.body.items).toEqual([
      item(units.frankfurt!, 'DEU', 'R1', 'FRA', 'aircop_jaitf', [1, 1, 1]),
      item(units.cdg!, 'FRA', 'R1', 'CDG', 'aircop_jaitf', [1, 3, 2]),
      item(units.leHavre!, 'FRA', 'R1', 'FRLEH', 'ccp_pcu', [1, 0, 3]),
      item(units.brenner!, 'ITA', 'R1', 'Brenner', 'land_border', [1, 4, 0]),
      item(units.lagos!, 'NGA', 'R2', 'LOS', 'aircop_jaitf', [1, 5, 0]),
    ]);
    const viewer = await clientFor({ role: 'viewer', country: 'FRA' });
    const own = await viewer.get('/api/analytics/operations/units/list?grouping=wco&from=2024&to=2024').expect(200);
    expect(own.body.protected).toBe(true);
    expect(own.body.items.map((i: { site: string }) => i.site)).toEqual(['CDG', 'FRLEH']);
  });
});

describe('the units’ outcomes in files, and the link over imports and deletions', () => {
  it('exports as CSV with headers in the language', async () => {
    const res = await analyst.get('/api/analytics/operations/units?grouping=gu&from=2024&to=2024&format=csv&lang=en');
    expect(res.status).toBe(200);
    const [header, first] = res.text.split(/\r?\n/);
    expect(header).toContain('Joint unit type');
    expect(first).toBe('R1,R1,2024,aircop_jaitf,2,2,2,4,3,FALSE');
  });

  it('exports each result’s unit_site, and the export imports again unchanged, links kept', async () => {
    const exported = (await analyst.get('/api/exports/operation-results?part=import').expect(200)).text;
    const [header, ...lines] = Papa.parse<string[]>(exported, { skipEmptyLines: true }).data;
    const site = header!.indexOf('unit_site');
    expect(header![site - 1]).toBe('unit_name');
    const sites = lines.map((cells) => [cells[0], cells[header!.indexOf('country')], cells[site]]);
    expect(sites).toEqual([
      [a.code, 'DEU', 'FRA'],
      [a.code, 'FRA', 'CDG'],
      [a.code, 'ITA', 'Brenner'],
      [a.code, 'NGA', 'LOS'],
      [b.code, 'FRA', 'FRLEH'],
    ]);
    const res = await analyst.post('/api/operations/import').attach('file', Buffer.from(exported), 'raw.csv');
    expect(res.status).toBe(200);
    expect(res.body.results).toEqual({ created: 0, updated: 0, unchanged: 5 });
    const [fra] = (await analyst.get(`/api/operations/${b.id}/results`).expect(200)).body.results;
    expect(fra).toMatchObject({ unitId: units.leHavre, unitSite: 'FRLEH' });
  });

  it('re-imports a result linked by id to a unit no longer in force on the end date: its own unit stays', async () => {
    const [fra] = (await analyst.get(`/api/operations/${b.id}/results`).expect(200)).body.results;
    const path = `/api/operations/${b.id}/results/${fra.id}`;
    // Le Havre's old unit ended 2023-12-31; operation B ends 2024-06-30, when the new unit is in force.
    await analyst.patch(path).send({ unitId: units.oldLeHavre }).expect(200);
    const file = Buffer.from((await analyst.get('/api/exports/operation-results?part=import').expect(200)).text);
    const res = await analyst.post('/api/operations/import').attach('file', file, 'raw.csv').expect(200);
    expect(res.body.results).toEqual({ created: 0, updated: 0, unchanged: 5 });
    expect((await analyst.get(path).expect(200)).body).toMatchObject({ unitId: units.oldLeHavre });
    await analyst.patch(path).send({ unitId: units.leHavre }).expect(200);
  });

  it('an import names the unit by an optional unit_site column; an unknown site is a 422 naming row and column', async () => {
    const row = (country: string, site: string): Row => ({
      operation_code: 'UNITS-C',
      operation_name: 'Airport week',
      programme: 'aircop',
      lead: 'unodc',
      activities: 'interception',
      start_date: '2024-09-01',
      end_date: '2024-09-30',
      country,
      unit_type: 'airport_task_force',
      unit_name: '',
      unit_site: site,
      arrests: '1',
      investigations_opened: '0',
      controlled_deliveries: '0',
      persons_checked: '10',
      ...NO_CHECKS,
      ...NO_SEIZURE,
    });
    const upload = (rows: Row[]) =>
      analyst
        .post('/api/operations/import')
        .attach('file', csvOf([...OPERATION_IMPORT_COLUMNS, 'unit_site'], rows), 'units.csv');
    const refused = await upload([row('FRA', 'cdg'), row('DEU', 'XXX')]).expect(422);
    expect(refused.body.errors).toHaveLength(1);
    expect(refused.body.errors[0]).toMatchObject({
      row: 3,
      column: 'unit_site',
      message: 'unit_site: DEU has no joint unit at XXX in force on 2024-09-30',
    });
    // Nothing written: the valid FRA row of the refused file is not there.
    expect((await analyst.get('/api/operations?q=UNITS-C').expect(200)).body.operations).toEqual([]);
    await upload([row('FRA', 'cdg'), row('DEU', '')]).expect(200);
    const c = (await analyst.get('/api/operations?q=UNITS-C').expect(200)).body.operations[0] as { id: string };
    const results = (await analyst.get(`/api/operations/${c.id}/results`).expect(200)).body.results;
    expect(results.map((r: { country: string; unitId?: string }) => [r.country, r.unitId ?? null])).toEqual([
      ['DEU', null],
      ['FRA', units.cdg],
    ]);
  });

  it('keeps a result when its unit leaves the register, unlinked', async () => {
    await t.db.query(`DELETE FROM instruments WHERE id = $1`, [units.brenner]);
    const results = (await analyst.get(`/api/operations/${a.id}/results`).expect(200)).body.results as {
      country: string;
      unitId?: string;
    }[];
    expect(results.find((r) => r.country === 'ITA')).not.toHaveProperty('unitId');
  });
});
