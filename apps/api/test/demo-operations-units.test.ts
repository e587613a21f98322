import { INTEGER_UNITS, type CreateInstrumentRequest } from '@cpc/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDemoInstruments } from '../src/demo/demo-instruments-plan.js';
import { buildDemoOperations } from '../src/demo/demo-operations-plan.js';
import { buildDemoPlan } from '../src/demo/demo-plan.js';
import { startTestApp, type TestApp } from './test-app.js';

/**
 * The demo operations (issues #16 and #18): quantities in pieces and heads are whole numbers, and about three
 * in four AIRCOP and CCP results name their country's joint unit, one the demo register holds in force on the
 * operation's end date. The same seed gives the same data.
 */

const plan = buildDemoPlan();
const operations = buildDemoOperations(plan);
const instruments = buildDemoInstruments(plan, operations);
const results = operations.flatMap((o) => o.results.map((r) => ({ ...r, operation: o })));

const unitIn = (country: string, site: string, date: string): CreateInstrumentRequest | undefined =>
  instruments.find(
    (i) =>
      i.kind === 'joint_unit' &&
      i.country === country &&
      i.site === site &&
      i.from <= date &&
      (i.to === null || i.to >= date),
  );

describe('the demo operations’ plan', () => {
  it('is the same on every build', () => {
    expect(buildDemoOperations(plan)).toEqual(operations);
  });

  it('counts pieces and heads in whole numbers, and still has some', () => {
    const counted = results.flatMap((r) => r.seizures.filter((s) => INTEGER_UNITS.includes(s.unit)));
    expect(counted.length).toBeGreaterThan(100);
    expect(counted.filter((s) => !Number.isInteger(s.quantity))).toEqual([]);
  });

  it('links about three in four AIRCOP and CCP results to a unit, and no other result', () => {
    const ofUnits = results.filter((r) => r.operation.programme === 'aircop' || r.operation.programme === 'ccp');
    const linked = ofUnits.filter((r) => r.unitSite !== undefined);
    expect(linked.length / ofUnits.length).toBeGreaterThan(0.65);
    expect(linked.length / ofUnits.length).toBeLessThan(0.85);
    expect(results.filter((r) => r.unitSite !== undefined && !ofUnits.includes(r))).toEqual([]);
    // A linked result says its unit by the register, not by free text.
    expect(linked.filter((r) => r.unitName !== null)).toEqual([]);
  });

  it('names only units the demo register holds for that country, in force on the end date', () => {
    const linked = results.filter((r) => r.unitSite !== undefined);
    const missing = linked.filter((r) => !unitIn(r.country, r.unitSite ?? '', r.operation.endDate));
    expect(missing.map((r) => `${r.operation.code} ${r.country}`)).toEqual([]);
  });
});

describe('a demo start', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ demoData: true });
  }, 120_000);
  afterAll(() => t.close());

  it('stores each planned link to the unit of the planned site and country', async () => {
    const { rows } = await t.db.query<{ operation: string; country: string; site: string }>(
      `SELECT o.code AS operation, r.country_iso3 AS country, u.details->>'site' AS site
       FROM operation_results r JOIN operations o ON o.id = r.operation_id
       JOIN instruments u ON u.id = r.joint_unit_id AND u.country_iso3 = r.country_iso3
       ORDER BY 1, 2`,
    );
    const planned = results
      .filter((r) => r.unitSite !== undefined)
      .map((r) => ({ operation: r.operation.code, country: r.country, site: r.unitSite }))
      .sort((a, b) => a.operation.localeCompare(b.operation) || a.country.localeCompare(b.country));
    expect(rows).toEqual(planned);
  });
});
