import request from 'supertest';
import type { MigrationInterface } from 'typeorm';
import { OPERATIONS_IMPORT_COLUMNS, type OperationUnitsPoint } from '@cpc/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ActivitySetRollups1795791000000 } from '../src/db/migrations/1795791000000-activity-set-rollups.js';
import { DropSeizureFilterRollup1795802000000 } from '../src/db/migrations/1795802000000-drop-seizure-filter-rollup.js';
import { NarrowResultFilterRollup1795803000000 } from '../src/db/migrations/1795803000000-narrow-result-filter-rollup.js';
import { DropResultFilterRollup1795804000000 } from '../src/db/migrations/1795804000000-drop-result-filter-rollup.js';
import { MaturityCellsInstaller } from '../src/analytics/maturity-cells.installer.js';
import { insertInstrument, unit } from './instrument-fixtures.js';
import {
  analyst,
  as,
  createOperation,
  get,
  grouping,
  series,
  server,
  setUp,
  stored,
  t,
} from './operations-analytics.api.js';
import { expectedSeries } from './operations-analytics.expected.js';
import { res, seized } from './operations-analytics.fixture.js';
import { rollupDrift, rollupSizes } from './operation-filter-rollups.drift.js';
import {
  expectedParticipation,
  expectedUnitCells,
  expectedUnitOutcomes,
  filterCombinations,
  type UnitInfo,
  type UnitOperation,
} from './operation-filter-rollups.expected.js';
import { runMigrations } from './migration-steps.js';

/*
 * The filtered rollups (issue #19) through every kind of write, 2017–2019 (the other fixture stories are
 * 2020–2025): after each step, every rollup equals its fresh GROUP BY over the base tables
 * (operation-filter-rollups.drift.ts), and every operations view, under every filter, gives the figures the
 * fixture literals give (operations-analytics.expected.ts, operation-filter-rollups.expected.ts).
 */

beforeAll(setUp);
afterAll(() => t.close());

const units: UnitInfo[] = [];
const unitOf = (country: string) => units.find((u) => u.country === country)!.id;

const state: UnitOperation[] = [
  {
    code: 'OF1',
    programme: 'interpol',
    activities: ['interception', 'investigation'],
    startDate: '2018-03-01',
    endDate: '2018-03-10',
    countries: ['FRA', 'DEU', 'SEN', 'KEN'],
    results: [
      res('FRA', [2, 1, 0, 20], { sltd: [10, 1] }, { 'cocaine kg': [2, 5] }),
      res('DEU', [1, 0, 0, 5], {}, { 'cocaine kg': [1, 1.5], 'currency eur': [1, 700] }),
      res('SEN', [3, 0, 1, 9], { notices: [6, 3] }, { 'cannabis kg': [1, 8] }),
    ],
  },
  {
    code: 'OF2',
    programme: 'wco',
    activities: ['interception'],
    startDate: '2018-06-01',
    endDate: '2018-06-05',
    countries: ['FRA', 'GHA'],
    results: [
      res('FRA', [1, 0, 0, 4], {}, { 'heroin kg': [1, 0.5], 'cocaine kg': [1, 2] }),
      res('GHA', [0, 0, 0, 3], { sltd: [4, 1] }, {}),
    ],
  },
  {
    code: 'OF3',
    programme: 'wco',
    activities: ['operational', 'investigation'],
    startDate: '2019-02-01',
    endDate: '2019-02-03',
    countries: ['ITA', 'NGA'],
    results: [
      res('ITA', [4, 0, 0, 6], {}, { 'wildlife heads': [2, 3] }),
      res('NGA', [1, 1, 0, 2], {}, { 'cocaine kg': [3, 9] }),
    ],
  },
];
const op = (code: string) => state.find((o) => o.code === code)!;
const resultId = (code: string, country: string) => stored.get(code)!.results.get(country)!;

async function patch(path: string, body: object): Promise<void> {
  await request(server()).patch(path).set(as(analyst)).send(body).expect(200);
}

async function link(code: string, country: string): Promise<void> {
  await patch(`/api/operations/${stored.get(code)!.id}/results/${resultId(code, country)}`, {
    unitId: unitOf(country),
  });
  op(code).units = { ...op(code).units, [country]: unitOf(country) };
}

async function expectEveryView(step: string): Promise<void> {
  expect(await rollupDrift(t.db), step).toEqual({
    operation_reporting_rollup: 0,
    operation_participation_rollup: 0,
    operation_unit_rollup: 0,
  });
  for (const filter of filterCombinations('wco', 'investigation', 'cocaine')) {
    const query = new URLSearchParams({ from: '2017', to: '2019', ...filter }).toString();
    expect(await series(query), `${step}: ${query}`).toEqual(
      expectedSeries(state, { from: 2017, to: 2019, ...filter }),
    );
    if (filter.commodity) continue;
    const { body } = await get(`/api/analytics/operations/participation?grouping=${grouping}&${query}`).expect(200);
    expect(body.items, `${step}: participation ${query}`).toEqual(
      expectedParticipation(state, { from: 2017, to: 2019, ...filter }),
    );
  }
  const list = await get(`/api/analytics/operations/units/list?grouping=${grouping}&from=2017&to=2019`).expect(200);
  expect(list.body.items, `${step}: units list`).toEqual(expectedUnitOutcomes(state, units, 2017, 2019));
  for (const year of [2017, 2018, 2019]) {
    const cells = await get(`/api/analytics/operations/units?grouping=${grouping}&from=${year}&to=${year}`).expect(200);
    const got = (cells.body.series as OperationUnitsPoint[])
      .map(({ regionName: _, suppressed: __, ...p }) => p)
      .sort((a, b) => `${a.region} ${a.unitType}`.localeCompare(`${b.region} ${b.unitType}`));
    expect(got, `${step}: units ${year}`).toEqual(expectedUnitCells(state, units, year));
  }
}

/** OF2 re-dated into 2017 with FRA's seizures rewritten; OF4 created in 2019 with ITA's cocaine. */
function importFile(): string {
  const cells = (values: Record<string, string | number>) =>
    OPERATIONS_IMPORT_COLUMNS.map((c) => String(values[c] ?? '')).join(',');
  const result = { unit_type: 'customs', investigations_opened: 0, controlled_deliveries: 0 };
  return [
    OPERATIONS_IMPORT_COLUMNS.join(','),
    cells({
      ...result,
      operation_code: 'OF2',
      operation_name: 'Operation OF2',
      programme: 'ccp',
      lead: 'unodc',
      activities: 'investigation',
      start_date: '2017-06-01',
      end_date: '2017-06-05',
      country: 'FRA',
      arrests: 1,
      persons_checked: 4,
      commodity: 'cocaine',
      cases: 4,
      quantity: '12',
      unit: 'kg',
    }),
    cells({
      ...result,
      operation_code: 'OF4',
      operation_name: 'Operation OF4',
      programme: 'wco',
      lead: 'wco',
      activities: 'investigation;interception',
      start_date: '2019-05-01',
      end_date: '2019-05-03',
      country: 'ITA',
      arrests: 2,
      persons_checked: 7,
      commodity: 'cocaine',
      cases: 1,
      quantity: '3',
      unit: 'kg',
    }),
  ].join('\n');
}

/** The migrations after the activity sets' that reshape the filtered rollups, latest first. */
const laterMigrations = () => [
  new DropResultFilterRollup1795804000000(),
  new NarrowResultFilterRollup1795803000000(),
  new DropSeizureFilterRollup1795802000000(),
];

describe('the filtered rollups and every operations view, through every kind of write', () => {
  it('stay equal to the base tables summed afresh, and every view to the fixture', async () => {
    const add = async (country: string, type: string, site: string) => {
      const id = await insertInstrument(t.db, {
        country,
        kind: 'joint_unit',
        from: '2010-01-01',
        details: unit(type, site),
      });
      units.push({ id, country, site, unitType: type });
    };
    await add('FRA', 'aircop_jaitf', 'CDG');
    await add('DEU', 'aircop_jaitf', 'FRA');
    await add('SEN', 'ccp_pcu', 'DKR');
    for (const o of state) await createOperation(o);
    await link('OF1', 'FRA');
    await link('OF1', 'DEU');
    await link('OF1', 'SEN');
    await link('OF2', 'FRA');
    await expectEveryView('created and linked');
    // By hand: cocaine in 2018 = OF1 FRA, DEU and OF2 FRA; R1 2 countries, 2 operations, 4 cases, 8.5 kg.
    const cocaine = await series('from=2018&to=2018&commodity=cocaine');
    expect(cocaine.find((p) => p.region === 'R1')).toMatchObject({
      countries: 2,
      operations: 2,
      arrests: 4,
      seizureCases: 4,
      quantities: [{ commodity: 'cocaine', unit: 'kg', quantity: 8.5, cases: 4 }],
    });

    // A result's commodity changes: FRA's cocaine in OF1 becomes heroin.
    await patch(`/api/operations/${stored.get('OF1')!.id}/results/${resultId('OF1', 'FRA')}`, {
      seizures: [{ commodity: 'heroin', unit: 'kg', cases: 2, quantity: 5 }],
    });
    op('OF1').results[0]!.seizures = seized({ 'heroin kg': [2, 5] });
    await expectEveryView('commodity changed');

    // The operation is re-dated into 2019; then OF2's programme and activities change.
    await patch(`/api/operations/${stored.get('OF1')!.id}`, { endDate: '2019-01-15' });
    op('OF1').endDate = '2019-01-15';
    await expectEveryView('re-dated');
    await patch(`/api/operations/${stored.get('OF2')!.id}`, { programme: 'ccp', activities: ['investigation'] });
    Object.assign(op('OF2'), { programme: 'ccp', activities: ['investigation'] });
    await expectEveryView('programme and activities changed');

    // A participant joins OF3; SEN's joint unit leaves the register (its result is unlinked).
    await patch(`/api/operations/${stored.get('OF3')!.id}`, { countries: ['ITA', 'NGA', 'ESP'] });
    op('OF3').countries.push('ESP');
    await t.db.query('DELETE FROM instruments WHERE id = $1', [unitOf('SEN')]);
    units.splice(
      units.findIndex((u) => u.country === 'SEN'),
      1,
    );
    delete op('OF1').units!.SEN;
    await expectEveryView('participant added, unit deleted');

    // A result, then a whole operation, are deleted.
    await request(server())
      .delete(`/api/operations/${stored.get('OF2')!.id}/results/${resultId('OF2', 'GHA')}`)
      .set(as(analyst))
      .expect(204);
    op('OF2').results.splice(1, 1);
    await expectEveryView('result deleted');
    await request(server())
      .delete(`/api/operations/${stored.get('OF3')!.id}`)
      .set(as(analyst))
      .expect(204);
    state.splice(state.indexOf(op('OF3')), 1);
    await expectEveryView('operation deleted');

    await request(server())
      .post('/api/operations/import')
      .set(as(analyst))
      .attach('file', Buffer.from(`${importFile()}\n`), 'operations.csv')
      .expect(200);
    Object.assign(op('OF2'), { startDate: '2017-06-01', endDate: '2017-06-05' });
    op('OF2').results[0]!.seizures = seized({ 'cocaine kg': [4, 12] });
    state.push({
      code: 'OF4',
      programme: 'wco',
      activities: ['investigation', 'interception'],
      startDate: '2019-05-01',
      endDate: '2019-05-03',
      countries: ['ITA'],
      results: [res('ITA', [2, 0, 0, 7], {}, { 'cocaine kg': [1, 3] })],
    });
    await expectEveryView('imported');
  });

  it('are filled by the migrations from the rows as they stand', async () => {
    const before = await rollupSizes(t.db);
    expect(Object.values(before).every((n) => n > 0)).toBe(true);
    // The later migrations' shapes come back (filled) for the earlier one to rebuild them.
    const later = laterMigrations();
    const migration = new ActivitySetRollups1795791000000();
    await runMigrations(t.app, [
      ...later.map((m): [MigrationInterface, 'down'] => [m, 'down']),
      [migration, 'down'],
      [migration, 'up'],
      ...later.reverse().map((m): [MigrationInterface, 'up'] => [m, 'up']),
    ]);
    expect(await rollupSizes(t.db)).toEqual(before);
    // The migrations leave a stub refresh function; the app's, installed again, sums every region from scratch.
    await t.app.get(MaturityCellsInstaller).run();
    await expectEveryView('refilled by the migrations');
  });
});
